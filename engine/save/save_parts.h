/* Inside the save code: the file on disk (save_file.c) and the mods' state
 * (save_state.c). */
#ifndef REDLINE_SAVE_PARTS_H
#define REDLINE_SAVE_PARTS_H

#include <cjson/cJSON.h>
#include <stdbool.h>

#include "save.h"

/* No save is written, or read, at this size or more. */
#define SAVE_MAX_BYTES (64 << 20)
/* At most this many facilitator's interventions a turn in a save's log. */
#define SAVE_INTERVENTIONS_A_TURN 100
/* At most this many values in the mods' world.state() tables. */
#define SAVE_STATE_VALUES 100000

/* Write text to path whole or not at all (see save_file.c): on failure the
 * previous save stays as it was. (The caller refuses, before, a text the
 * reader would refuse: too large, not UTF-8.) */
int save_file_write(const char *path, const char *text, Error *err);
/* The text of the save at path, or NULL and err: a file that is larger than
 * a save may be, or not UTF-8, is refused. */
char *save_file_read(const char *path, Error *err);

/* The mods' world.state() tables as JSON. strict (a save on disk): a number
 * JSON cannot hold (nan, inf), a table in itself or deeper than JSON keeps,
 * or more than SAVE_STATE_VALUES values, is refused (NULL and err); without
 * it they are left out. Strings are made valid UTF-8 (U+FFFD for a bad
 * byte). Only raw reads: no metamethod of a script runs. */
cJSON *save_state_to_json(const Session *s, bool strict, Error *err);

/* The script a save names for actor a, refused (-1 and err) unless it is a
 * .lua file inside the game's folders (root, the mods in play). */
int save_check_script(const char *root, const ModSet *mods, const char *script, Actor a, const char *path,
                      Error *err);
/* The save's hashes and interventions: only for the turns played. */
int save_check_log(cJSON *doc, int played, const char *path, Error *err);
/* After replaying a whole save: its state and mods' state are the replay's. */
int save_check_snapshots(const Session *s, cJSON *doc, const char *path, Error *err);

#endif
