-- attack: an event's when (which may only read) writes into a table nested in its state, and walks it with pairs to write
-- expect: this table is read-only (tried to set 'count')
-- check: this table is read-only (tried to set 'count')
return { name = "state_when_writes", version = "1.0", api = 1, author = "a hostile student", licence = "CC0-1.0" }
