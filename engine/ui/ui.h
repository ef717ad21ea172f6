#ifndef REDLINE_UI_H
#define REDLINE_UI_H

#include "../redline.h"

/* Where the window reads the game and keeps the player's files. */
typedef struct UiPlaces {
    const char *root;           /* the folder holding scripts/ and assets/ */
    const ModSet *mods;         /* the mods games are played with */
    const char *saves;          /* saves, autosaves, class reports */
    const char *settings;       /* the settings file; "" keeps them for this run only */
} UiPlaces;

/* The game window. `redline` with no arguments and `redline play ...` come
 * here; argv[0] is "play" for the latter. Returns the process exit code. */
int ui_main(int argc, char **argv, const UiPlaces *places);

#endif
