-- An error that is a plain table: the message must still say something.
error({ code = 42 })
