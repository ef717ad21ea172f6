/* Save files: JSON (cJSON) with the format version, scenario id and version,
 * seed, the log of every order, a snapshot of the state and a checksum. A save
 * is loaded by replaying its orders from the seed, and refused unless the
 * replay reaches the same state hash. */
#ifndef REDLINE_SAVE_H
#define REDLINE_SAVE_H

#include "../core/error.h"
#include "../script/session.h"

#define SAVE_FORMAT 1

#define AUTOSAVES 10

int save_write(const Session *s, const char *path, Error *err);
/* dir/autosave.json, the previous nine kept as dir/autosave-1.json (newest)
 * .. autosave-9.json; at every moment autosave.json is a whole save. */
int save_autosave(const Session *s, const char *dir, Error *err);
/* Open the saved game under root; extra overrides (humans, scripts) may be NULL. */
Session *save_load(const char *path, const char *root, const SessionConfig *extra, Error *err);
/* The same, stopped at the end of `turn` (0: the start; -1 or past the end:
 * wherever the save ends), ready to play on from there. */
Session *save_load_at(const char *path, const char *root, const ModSet *mods, const SessionConfig *extra, int turn,
                      Error *err);
/* The game as it stood at the end of `turn`, replayed from s's own record,
 * to play on another way (what if...?, how likely...?); extra, if given,
 * says who plays what from there (default: as in s). */
Session *save_branch(const Session *s, int turn, const SessionConfig *extra, Error *err);
/* The game's record frozen for many branches (threads may share it). */
typedef struct SaveImage SaveImage;
SaveImage *save_image(const Session *s);
Session *save_image_branch(const SaveImage *im, int turn, const SessionConfig *extra, Error *err);
void save_image_free(SaveImage *im);
/* The game as it stood at the start of `turn`, replayed from s's own record
 * (orders and interventions), with the rewind itself logged; s is left as it
 * was, for the caller to free. */
Session *save_rewind(const Session *s, int turn, Error *err);
/* What a save holds, read without replaying it (checksum checked). */
int save_summary(const char *path, SaveSummary *out, Error *err);

#endif
