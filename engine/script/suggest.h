/* "Did you mean ...?": the registry name nearest to a misspelt one. */
#ifndef REDLINE_SUGGEST_H
#define REDLINE_SUGGEST_H

#include <stddef.h>

/* The name at index i of some registry, or NULL past its end. */
typedef const char *(*NameAt)(int i, const void *ctx);

/* The nearest of the registry's names to word, or NULL when none is close
 * enough to be a likely typo. */
const char *suggest_nearest(const char *word, NameAt name_at, const void *ctx);

/* " (did you mean 'x'?)" or "" -- ready to append to a message. */
const char *suggest_hint(const char *word, NameAt name_at, const void *ctx, char *out, size_t size);

/* Registries the messages draw on. */
const char *suggest_var(int i, const void *ctx);
const char *suggest_param(int i, const void *ctx);
const char *suggest_actor(int i, const void *ctx);
const char *suggest_faction(int i, const void *ctx);
const char *suggest_outcome(int i, const void *ctx);
const char *suggest_action(int i, const void *catalogue);
/* A NULL-terminated list of strings given as ctx. */
const char *suggest_list(int i, const void *list);

#endif
