/* Reading the Lua data files into the core's structures. Every problem is
 * reported as path:line: what was expected. With a Problems list attached to
 * the sandbox (sb->problems), the loaders go on past a bad item and list
 * every problem they find; the Error holds the first. */
#ifndef REDLINE_LOADER_H
#define REDLINE_LOADER_H

#include <stdbool.h>

#include "../core/error.h"
#include "../core/game.h"
#include "sandbox.h"

#define MAX_PROBLEMS 64
#define PROBLEM_LEN 512

typedef struct Problems {
    int count, dropped;                 /* dropped: found past MAX_PROBLEMS */
    char msg[MAX_PROBLEMS][PROBLEM_LEN];
} Problems;

void problems_add(Problems *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The fields a data table may have: the loaders refuse any other name (with
 * a suggestion), and `redline api` documents them from the same lists. */
typedef struct FieldDoc {
    const char *name, *type;
    bool required;
    const char *doc;
} FieldDoc;

/* The name of fields[i] (a FieldDoc list), or NULL past its end: a NameAt
 * for suggestions. */
const char *field_name_at(int i, const void *fields);

extern const FieldDoc scenario_fields[], objective_fields[], objective_change_fields[], event_fields[], action_fields[], rule_fields[],
    manifest_fields[], inject_fields[];

/* A mod's manifest (mod.lua) into m; the API version is checked. */
struct Mod;
int load_manifest(Sandbox *sb, const char *path, struct Mod *m, Error *err);

/* One effect clause ("hormuz_flow -= 2"), as actions and injects write them. */
bool effect_parse(const char *text, Effect *e);
/* One condition ("posture < 5"), as actions' requires and rules' when write them. */
bool prereq_parse(const char *text, Prereq *p);
/* The when list at idx (rules' and events') into out, at most MAX_PREREQS;
 * returns how many. One that does not read is left out: the loader has
 * refused it, with its place, before anything runs. */
int conditions_read(lua_State *L, int idx, Prereq *out);

int load_catalogue(Sandbox *sb, const char *path, Catalogue *c, Error *err);
/* A mod's actions: new ids are added, known ones replaced. owner[i] names who
 * last defined action i ("" for the game); a mod redefining another mod's
 * action is noted in notes (the later one is used). */
int load_catalogue_patch(Sandbox *sb, const char *path, Catalogue *c, char owner[][ID_LEN], const char *mod,
                         Problems *notes, Error *err);
/* Leaves a registry reference to the scenario table in *ref. */
int load_scenario(Sandbox *sb, const char *path, const Catalogue *c, Scenario *s, int *ref, Error *err);
/* Loads an actor script, registers its rules; *ref holds the script's table. */
int load_actor(Sandbox *sb, const char *path, Actor a, const Catalogue *c, Rulebook *r, int *ref, Error *err);
/* A mod's rules for an actor already loaded (actor_ref): registered, and
 * appended to the actor's `rules` list. Rules whose `scenarios` list leaves
 * out `scenario` are skipped. */
int load_rules(Sandbox *sb, const char *path, Actor a, const Catalogue *c, Rulebook *r, int actor_ref,
               const char *scenario, Error *err);
/* A file of events; on success the list (a table) is on the stack. */
int load_events(Sandbox *sb, const char *path, Error *err);
/* Whether the event table at idx applies to the scenario (its `scenarios`). */
bool event_applies(lua_State *L, int idx, const char *scenario);

#endif
