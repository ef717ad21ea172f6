#include <string.h>

#include "game.h"

uint64_t fnv1a(uint64_t h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

static uint64_t hash_u64(uint64_t h, uint64_t x)
{
    unsigned char b[8];
    for (int i = 0; i < 8; i++)
        b[i] = (unsigned char)(x >> (8 * i));   /* little-endian on every host */
    return fnv1a(h, b, sizeof b);
}

static uint64_t hash_double(uint64_t h, double d)
{
    uint64_t bits;
    if (d == 0)
        d = 0;      /* -0.0 and 0.0 are the same state */
    memcpy(&bits, &d, sizeof bits);
    return hash_u64(h, bits);
}

/* A canonical serialisation of everything that decides the future. */
uint64_t world_hash(const World *w)
{
    uint64_t h = FNV_OFFSET;
    h = hash_u64(h, (uint64_t)w->turn);
    h = hash_u64(h, (uint64_t)w->outcome);
    for (int v = 0; v < VAR_COUNT; v++)
        h = hash_double(h, w->v[v]);
    for (int a = 0; a < ACTOR_COUNT; a++)
        for (int v = 0; v < VAR_COUNT; v++)
            h = hash_double(h, w->intel[a][v]);
    for (int e = 0; e < MAX_EVENTS; e++)
        h = hash_u64(h, w->event_count[e]);
    h = hash_u64(h, w->rng.state);
    return hash_u64(h, w->rng.inc);
}
