#include <stdio.h>

#include "ui.h"

int ui_main(int argc, char **argv, const char *root)
{
    (void)argc;
    (void)argv;
    (void)root;
    fputs("redline: the game window is not built yet; play headless with "
          "'redline run --scenario jan2026' (see 'redline --help')\n", stderr);
    return 1;
}
