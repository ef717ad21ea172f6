#include <string.h>
#include <xxhash.h>

#include "game.h"

uint64_t hash_bytes(uint64_t seed, const void *data, size_t n)
{
    return XXH3_64bits_withSeed(data, n, seed);
}

/* Little-endian on every host, so a hash means the same everywhere. */
static unsigned char *put_u64(unsigned char *p, uint64_t x)
{
#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
    x = __builtin_bswap64(x);
#endif
    memcpy(p, &x, sizeof x);
    return p + 8;
}

static unsigned char *put_double(unsigned char *p, double d)
{
    uint64_t bits;
    if (d == 0)
        d = 0;      /* -0.0 and 0.0 are the same state */
    memcpy(&bits, &d, sizeof bits);
    return put_u64(p, bits);
}

/* A canonical serialisation of everything that decides the future, hashed
 * in one pass. */
uint64_t world_hash(const World *w)
{
    unsigned char buf[8 * (4 + VAR_COUNT * (1 + ACTOR_COUNT) + MAX_EVENTS)];
    unsigned char *p = put_u64(buf, (uint64_t)w->turn);
    p = put_u64(p, (uint64_t)w->outcome);
    for (int v = 0; v < VAR_COUNT; v++)
        p = put_double(p, w->v[v]);
    for (int a = 0; a < ACTOR_COUNT; a++)
        for (int v = 0; v < VAR_COUNT; v++)
            p = put_double(p, w->intel[a][v]);
    for (int e = 0; e < MAX_EVENTS; e++)
        p = put_u64(p, w->event_count[e]);
    p = put_u64(p, w->rng.state);
    p = put_u64(p, w->rng.inc);
    return hash_bytes(0, buf, (size_t)(p - buf));
}
