/* PCG32 (O'Neill 2014): the game's only source of randomness. */
#ifndef REDLINE_RNG_H
#define REDLINE_RNG_H
#include <stdint.h>

typedef struct Pcg32 {
    uint64_t state;
    uint64_t inc;
} Pcg32;

void     pcg32_seed(Pcg32 *rng, uint64_t seed, uint64_t stream);
uint32_t pcg32_next(Pcg32 *rng);
uint32_t pcg32_below(Pcg32 *rng, uint32_t bound);  /* uniform in [0, bound), unbiased */
double   pcg32_unit(Pcg32 *rng);                    /* uniform in [0, 1) */
double   pcg32_normal(Pcg32 *rng);                  /* standard normal */

#endif
