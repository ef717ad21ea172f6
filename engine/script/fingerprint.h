#ifndef REDLINE_FINGERPRINT_H
#define REDLINE_FINGERPRINT_H

#include <lua.h>
#include <stdint.h>

#define FINGERPRINT_UNKNOWN 0

/* A hash of everything reachable from the registry references refs[0..n),
 * or FINGERPRINT_UNKNOWN when some of it cannot be looked into. */
uint64_t fingerprint(lua_State *L, const int *refs, int nrefs);

#endif
