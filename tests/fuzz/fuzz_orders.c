/* Arbitrary values as the orders a strategy returns: the input is embedded
 * in a strategy script whose decide turns its bytes into a value with
 * tests/fuzz/fuzz_orders.lua -- lists and tables of junk, metatables with
 * metamethods that error, loop or return junk, functions, the view's own
 * proxies, deep nesting, tables kept from one turn to the next -- and
 * returns it, for the engine to read. */
#include "strategy_game.h"

#define BUILDER "tests/fuzz/fuzz_orders.lua"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *builder = fopen(BUILDER, "rb");
    if (!builder) {
        fprintf(stderr, "%s: cannot open (run from the repository root)\n", BUILDER);
        abort();
    }
    FILE *f = fopen(strategy_path(), "wb");
    if (!f)
        return fclose(builder), 0;
    /* The input as a Lua string of decimal escapes: any byte is safe. */
    fputs("local input = \"", f);
    for (size_t i = 0; i < size; i++)
        fprintf(f, "\\%u", (unsigned)data[i]);
    fputs("\"\n", f);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, builder)) > 0)
        fwrite(chunk, 1, n, f);
    fclose(builder);
    fclose(f);
    play_strategy();
    return 0;
}
