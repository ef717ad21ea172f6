/* Errors that travel up to the command line or the window: an exit code and
 * a message that names the file, the line and what was expected. */
#ifndef REDLINE_ERROR_H
#define REDLINE_ERROR_H

#include <libintl.h>

/* An error is read by a player or a modder, in the window and on the command
 * line: its format is a whole sentence marked _() (ngettext where a number is
 * counted), translated as it is made; file:line prefixes and ids (a variable,
 * an action, a scenario) stay as they are inside it (docs/translating.md).
 * The core keeps its game text English (N_(), model.h): only errors and the
 * loaders' problems are made in the player's language. */
#ifndef _
#define _(msgid) gettext(msgid)
#endif

enum { ERR_OK = 0, ERR_INTERNAL = 1, ERR_USAGE = 2, ERR_DATA = 3 };

typedef struct Error {
    int code;
    char msg[1024];
} Error;

int error_set(Error *err, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
