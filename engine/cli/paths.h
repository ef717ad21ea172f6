/* Where the game's data are and where the player's files go.
 *
 * The data (scripts/, assets/, mods/) are looked for in $REDLINE_ROOT, then
 * beside the executable (the source tree, or a copy of it), then in
 * ../share/redline and ../share/games/redline from it (an install; the second
 * is Debian's place for games). A game folder with a saves/ folder of its own
 * (the source tree) keeps the saves and autosaves there; an installed game
 * keeps them in $XDG_DATA_HOME/redline/saves, the player's own mods in
 * $XDG_DATA_HOME/redline/mods, and the settings and the mods switched on in
 * $XDG_CONFIG_HOME/redline; without those variables, ~/.local/share and
 * ~/.config. The translations are in locale/ in the game's folder (make
 * builds them there), else in ../share/locale from the executable (an
 * install). Nothing is created here: the commands that write make the folders
 * they need (places_make_dir). docs/building.md, "Where the files go". */
#ifndef REDLINE_PATHS_H
#define REDLINE_PATHS_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct Places {
    char root[PATH_MAX];        /* the folder holding scripts/ */
    char saves[PATH_MAX];       /* saves, autosaves, class reports */
    char config[PATH_MAX];      /* settings.txt, mods.txt; "" without a home folder */
    char user_mods[PATH_MAX];   /* the player's own mods; "" without a home folder */
    char locale[PATH_MAX];      /* the compiled translations: LANG/LC_MESSAGES/redline.mo */
} Places;

/* Fill p. -1 if no folder holding the game's scripts was found: root is then
 * "." and the other places are set as for an installed game. */
int places_find(Places *p);

/* The game window is a library of its own, loaded only when a window is
 * opened, so that the headless commands never load SDL: beside the
 * executable (the source tree), or in ../lib/redline or ../lib/games/redline
 * from it (an install; the second is Debian's). True and its path in out if
 * it is there; false and the first place looked at if not. */
#define WINDOW_LIBRARY "redline-window.so"
bool places_window(char *out, size_t size);

/* Create path and whichever of its parents are missing (mode 0700, as the
 * XDG spec asks); 0, or -1 with errno set. */
int places_make_dir(const char *path);

#endif
