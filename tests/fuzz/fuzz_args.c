/* The command line against arbitrary argument vectors: the input is split
 * on NUL bytes into arguments. Inputs that would open the window, write a
 * file or play thousands of games are skipped: they test nothing about
 * parsing and would only slow the fuzzer down or touch the disk. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../engine/cli/cli.h"

static bool harmful(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "play") == 0)
        return true;
    for (int i = 1; i < argc; i++)
        if (strstr(argv[i], "save") || strstr(argv[i], "out") || strstr(argv[i], "runs") ||
            strstr(argv[i], "turns") || strstr(argv[i], "jobs"))
            return true;
    return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    char *text = malloc(size + 1);
    char *argv[64] = { "redline" };
    int argc = 1;
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    for (size_t i = 0, start = 0; i <= size && argc < 63; i++)
        if (i == size || text[i] == '\0') {
            argv[argc++] = text + start;
            start = i + 1;
        }
    argv[argc] = NULL;
    if (!harmful(argc, argv)) {
        FILE *out = freopen("/dev/null", "w", stdout);
        (void)out;
        cli_main(argc, argv);
    }
    free(text);
    return 0;
}
