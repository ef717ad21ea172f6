/* Arbitrary Lua source as a student's strategy script: loaded into the
 * sandbox and played (see strategy_game.h). The seed corpus is the hostile
 * strategies of tests/data/hostile/strategies. */
#include "strategy_game.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *f = fopen(strategy_path(), "wb");
    if (!f)
        return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    play_strategy();
    return 0;
}
