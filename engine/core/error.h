/* Errors that travel up to the command line or the window: an exit code and
 * a message that names the file, the line and what was expected. */
#ifndef REDLINE_ERROR_H
#define REDLINE_ERROR_H

enum { ERR_OK = 0, ERR_INTERNAL = 1, ERR_USAGE = 2, ERR_DATA = 3 };

typedef struct Error {
    int code;
    char msg[1024];
} Error;

int error_set(Error *err, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
