/* Mods: folders with a manifest (mod.lua) that add to or stand in for the
 * game's scripts. A mod's scenarios/, actors/ and lib/ files stand in for the
 * game's files of the same name; its actions.lua, rules/ and events/ add to
 * the game's. Mods are found in ROOT/mods and in the user's data folder and
 * loaded in an explicit order: each after those its manifest names in
 * load_after, otherwise by name. */
#ifndef REDLINE_MODS_H
#define REDLINE_MODS_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/error.h"
#include "../core/game.h"

/* The API version this game provides; see docs/modding.md, "Compatibility". */
#define REDLINE_API 1

#define MAX_MODS 32
#define MOD_AFTER 8
#define MOD_NOTES 24

typedef struct Mod {
    char name[ID_LEN], version[24], author[80], licence[60], description[240];
    int api;
    char dir[400];              /* "mods/NAME" under the root, or an absolute path */
    int nafter;
    char after[MOD_AFTER][ID_LEN];
} Mod;

typedef struct ModSet {
    int count;
    Mod mod[MAX_MODS];          /* in load order */
    int nnotes;
    char notes[MOD_NOTES][400]; /* mods left out, conflicts: shown as warnings */
} ModSet;

/* Whether a mod whose manifest was read is to be used (its dir tells where
 * it was found: "mods/NAME" under the root, or an absolute path). */
typedef bool ModWanted(const Mod *m, void *ctx);

/* Find the mods in ROOT/mods and in user_dir (NULL: none), read their
 * manifests, keep those wanted (NULL: all) and put them in load order. A
 * broken mod is left out with a note naming it; this never fails. */
void mods_discover(ModSet *set, const char *root, const char *user_dir, ModWanted *wanted, void *ctx);

/* Add the mod in dir (its manifest read through sb) to the set; -1 and err
 * if the manifest is broken. Call mods_order after the last one. */
struct Sandbox;
int mods_add(ModSet *set, struct Sandbox *sb, const char *dir, Error *err);
void mods_order(ModSet *set);
/* mods_order, then a note for every file two mods both stand in for. */
void mods_finish(ModSet *set, const char *root);
void mods_note(ModSet *set, const char *fmt, ...) __attribute__((format(printf, 2, 3)));


/* The mod file standing in for relpath ("scripts/scenarios/x.lua"), if any. */
bool mods_resolve(const ModSet *set, const char *root, const char *relpath, char *out, size_t size);

/* The names (without .lua) of the .lua files in a mod's sub-folder, sorted. */
int mods_list(const char *root, const char *dir, const char *sub, char names[][ID_LEN], int max);

/* Whether file, if it is in a mod's folder (as the sandbox names files:
 * under root, or absolute), stays inside that folder once links are
 * followed; file_path is where its reader opens it. A file of no mod is
 * not for this to judge: true. */
bool mods_file_inside(const ModSet *set, const char *root, const char *file, const char *file_path);
/* "FILE is a link to a file outside its mod's folder ...", in English (N_): _() it to show it. */
const char *mods_outside_english(void);

/* The index of the mod whose folder a message names, or -1. */
int mods_named_in(const ModSet *set, const char *text);
void mods_remove(ModSet *set, int index);

/* The scenarios: the game's and the installed mods', sorted by id (at most
 * max; how many). */
int session_list_scenarios(const char *root, const ModSet *mods, char ids[][ID_LEN], int max);

#endif
