/* What the loaders share (loader_source.c): a data file run and its table
 * read in one guarded call, every problem placed at file:line (and listed in
 * sb->problems when the sandbox has a list), and the readers of a table's
 * fields. Internal to engine/script's loaders. */
#ifndef REDLINE_LOADER_SOURCE_H
#define REDLINE_LOADER_SOURCE_H

#include <lua.h>
#include <stdbool.h>
#include <stddef.h>

#include "loader.h"
#include "suggest.h"

/* A data file being read. */
typedef struct Source {
    Sandbox *sb;
    char path[600];             /* the file actually read (a mod's, perhaps) */
    char name[600];             /* the path it was asked for */
    char *text;
    Error *err;
    int failed;
    const char *anchor;         /* the item being read: lines are searched from it */
} Source;

/* What a loader does with the table a file returned (at t). */
typedef int (*LoadBody)(Source *src, int t, void *ctx);

/* How a condition reads, for actions' requires and rules' and events' when. */
/* How a condition is written, in the player's language (for "expected ..."). */
const char *src_condition_form(void);

/* Run path and read the table it returns with body, all in one guarded
 * call; on success body's nresults values are left on the stack. */
int src_load(Sandbox *sb, const char *path, LoadBody body, void *ctx, int nresults, Error *err);
/* A file's text (for placing problems; its path as a mod may provide it),
 * the file run with its table left on the stack, and the text freed. */
int source_text(Source *src, Sandbox *sb, const char *path, Error *err);
int source_run(Source *src);
void source_close(Source *src);
/* A problem of the file at the first line that mentions needle: -1. */
int src_fail(Source *src, const char *needle, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Readers of the table at t; each returns 0, or -1 after src_fail. */
int src_fields(Source *src, int t, const FieldDoc *fields, const char *where);
int src_string(Source *src, int t, const char *key, char *out, size_t size, bool required, const char *where);
int src_number(Source *src, int t, const char *key, double *out, double lo, double hi, const char *where);
int src_join(Source *src, int t, const char *key, char *out, size_t size, bool required, const char *where);
int src_mask(Source *src, int t, const char *key, unsigned *mask, int (*find)(const char *), NameAt names,
             const char *where, const char *kind);
int src_values(Source *src, int t, const char *key, double *out, int (*find)(const char *), NameAt names,
               double (*lo)(int), double (*hi)(int), const char *where);
double src_var_lo(int i);
double src_var_hi(int i);
double src_param_lo(int i);
double src_param_hi(int i);

/* A list of clauses under key, each read by parse into out (item_size each). */
typedef bool (*ClauseParser)(const char *text, void *out);
int src_clauses(Source *src, int t, const char *key, void *out, size_t item_size, int max, int *count,
                ClauseParser parse, const char *where, const char *expected);
bool src_effect_clause(const char *text, void *out);
bool src_prereq_clause(const char *text, void *out);
/* A when that is a list of conditions: each must read as one. */
int src_conditions(Source *src, int t, const char *where);
/* Why a clause did not read, when it names something the registries lack. */
const char *clause_hint(const char *text, char *out, size_t size);

bool src_is_string_list(lua_State *L, int idx);
int src_check_event(Source *src, int ev, int index, bool in_mod);
int src_check_event_list(Source *src, int list, const char *key, bool in_mod);
int src_compare_strings(const void *a, const void *b);

#endif
