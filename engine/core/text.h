/* Text into fixed buffers, saying whether it fitted: a path cut short names
 * another file, so a caller refuses it with a message rather than opening it. */
#ifndef REDLINE_TEXT_H
#define REDLINE_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* printf into out; false (with out cut short but terminated) when it did not fit. */
bool text_format(char *out, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
