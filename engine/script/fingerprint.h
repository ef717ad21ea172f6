#ifndef REDLINE_FINGERPRINT_H
#define REDLINE_FINGERPRINT_H

#include <lua.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What scripts can reach from some registry references, as one walk saw it
 * (see fingerprint.c): a batch starts the next game without loading the
 * scripts again only if a walk finds all of it as recorded. */
enum { MEMORY_MAX_ROOTS = 16 };

typedef struct ScriptMemory {
    uint64_t *record;           /* what the walk saw, in walk order */
    size_t n;
    size_t start[MEMORY_MAX_ROOTS + 1];     /* where each root's record starts */
    int nroots;
    int anchor_ref;             /* registry: every object the record names, kept alive */
    bool known;                 /* false: something could not be looked into */
} ScriptMemory;

/* Record everything reachable from refs[0..nrefs) (at most
 * MEMORY_MAX_ROOTS) into m (empty, or released), each root's on its own;
 * false if some of it cannot be looked into. */
bool memory_record(lua_State *L, const int *refs, int nrefs, ScriptMemory *m);

/* Whether everything reachable from the roots walk[i] names (NULL: all) is
 * as m recorded it. A root none of whose code ran, and which no code that
 * ran can reach, cannot have changed: the caller may leave it out. */
bool memory_unchanged(lua_State *L, const int *refs, int nrefs, const ScriptMemory *m, const bool *walk);

/* Let go of m's record and of what it kept alive (m is then empty). */
void memory_release(lua_State *L, ScriptMemory *m);

/* The userdata at idx will not change again (the engine wrote it while
 * loading, and nothing writes it later): walks know it by its identity,
 * not its bytes. */
void memory_freeze(lua_State *L, int idx);

#endif
