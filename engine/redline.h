/* The front door to the engine: the only header the faces include (the window
 * in ui/, the command line in cli/, the classroom host in host/). Like lua.h
 * against lauxlib.c, it is small and says nothing of how the engine works:
 * no Lua, no save format, no struct a face could write into. What it hands
 * out is the model's plain data (core/game.h: actors, variables, actions,
 * rules, news) and answers to questions asked on behalf of a viewer, so that
 * a side's screen shows that side's estimates and nothing it cannot see.
 *
 * Conventions: functions return 0 (or a pointer) on success and -1 (or NULL)
 * with `err` set on failure; err->code is the exit code the command line
 * uses (ERR_USAGE 2, ERR_DATA 3, ERR_INTERNAL 1) and err->msg names the file,
 * line and what was expected. Pointers into a game stay valid until the next
 * call that changes it (rl_step, rl_submit, a facilitator's act). */
#ifndef REDLINE_H
#define REDLINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <libintl.h>

#include "core/error.h"
#include "core/game.h"
#include "core/ledger.h"

/* Text a player reads goes through GNU gettext (po/, docs/translating.md):
 * _() in C, whole sentences with their placeholders, ngettext for counts;
 * N_() marks a string translated later, where it is shown. */
#define _(msgid) gettext(msgid)
#define N_(msgid) msgid

/* A game in progress: scenario, scripts and world (opaque). */
typedef struct Session Session;
/* The mods a game is played with, in load order (opaque). */
typedef struct ModSet ModSet;
/* A Monte Carlo run of many games (opaque). */
typedef struct Spread Spread;

#define TEAM_LEN 40             /* a team's name as typed, with its terminator */

/* Viewers: an actor sees what that actor sees; these two are not actors. */
enum {
    VIEW_PUBLIC = NOBODY,       /* what everyone sees: public values, public news */
    VIEW_TRUTH = NOBODY + 1,    /* the facilitator, or anyone once the game is over */
};

/* ---- the language ------------------------------------------------------------ */

/* Find the catalogues in localedir (Places' locale); the language is then
 * the system's (LANGUAGE, LC_MESSAGES, LANG). */
void rl_language_init(const char *localedir);
/* Speak `code` ("fa", "de", "qps" the pseudo-language of the tests) from
 * now on; "" or NULL: the system's again. -1 if code is not a language code. */
int rl_language_set(const char *code);
/* The language the game speaks ("en" without a catalogue), and whether it is
 * written right to left. */
const char *rl_language(void);
bool rl_language_rtl(void);
/* The scripts' text (an action's name, a rule's reason, an event, a
 * briefing, an objective, a debrief question) in the game's language: the
 * engine keeps the English, a face shows rl_text of it. */
const char *rl_text(const char *english);
/* A source as a citation names it in the game's language: a key of
 * scripts/sources.lua ("June 2025 record") translated (the template's
 * msgctxt "source"), an article's paragraph (A39), a range (A39-A41) or a
 * key with no translation (a mod's) as it is. */
const char *rl_source_name(const char *key);
/* A list of sources as the scripts give it ("A39, A41; 2021-2024 record") in
 * the game's language: each source by rl_source_name, the commas and
 * semicolons between them the language's; returns out. What programs read
 * (JSON, CSV, redline api) keeps the list as the scripts give it. */
const char *rl_sources_text(const char *list, char *out, size_t cap);
/* The language's separator for ',' or ';' in a list of sources (", ", "; "). */
const char *rl_sources_separator(char sep);
/* A date of the engine (YYYY-MM-DD, game_date) as the language writes it:
 * its calendar, order and digits ("22 Dey 1404" in Persian); returns out. */
const char *rl_date_text(const char *iso, char *out, size_t cap);
/* s's numbers in the language's own digits and decimal separator (Persian:
 * ۷۴٫۲), in place; a number inside [brackets], joined to a Latin word or
 * after one (a source tag A12, IAEA 2025, an id stockpile_60, jan2026) is
 * left as it is. */
void rl_digits_text(char *s, size_t cap);
/* A variable's label as a player reads it ("Oil price (Brent)", not its id
 * oil_price), and an outcome's name ("Agreement", not agreement), in the
 * game's language: every face names them so (engine/api/words.c). */
const char *rl_var_label(Var v);
const char *rl_outcome_title(Outcome o);
const char *rl_intervention_title(InterventionKind k);
/* What an intervention did, as a player reads it (a value set names the
 * variable's label and its value as shown); returns out. */
const char *rl_intervention_text(const Intervention *iv, char *out, size_t cap);
/* A news line (rl_news) in the game's language, in out; returns out. */
const char *rl_news_text(const Session *s, const News *n, char *out, size_t cap);

/* ---- content: mods, scenarios, sources ------------------------------------ */

typedef struct ModInfo {
    char name[ID_LEN], version[24], author[80], licence[60], description[240];
    char dir[400];              /* "mods/NAME" under the root, or an absolute path */
    bool bundled;               /* it came with the game (under the root's mods/) */
    int api;
} ModInfo;

/* The mods found under root/mods and in user_dir (NULL: none) that `wanted`
 * keeps (NULL: all), in load order; a broken mod is left out with a note.
 * Never NULL unless out of memory. */
ModSet *rl_mods_discover(const char *root, const char *user_dir, bool (*wanted)(const ModInfo *m, void *ctx),
                         void *ctx);
/* No mods at all: the game's own content only. */
ModSet *rl_mods_none(void);
void rl_mods_free(ModSet *m);
int rl_mods_count(const ModSet *m);
void rl_mod_info(const ModSet *m, int i, ModInfo *out);
/* Notes about mods left out or in conflict, shown as warnings. */
int rl_mods_notes(const ModSet *m, const char **out, int max);
/* The scenario ids mod i brings; how many. */
int rl_mod_scenarios(const char *root, const ModSet *m, int i, char ids[][ID_LEN], int max);

/* " (did you mean 'x'?)" when word is a likely typo of one of names (a NULL-
 * terminated list), else "". */
const char *rl_hint(const char *word, const char *const *names, char *out, size_t cap);

/* The scenario ids (the game's and the mods'), sorted; how many. */
int rl_scenarios(const char *root, const ModSet *mods, char ids[][ID_LEN], int max);

#define BRIEFING_LEN 4000
#define SOURCE_TAG_LEN 40     /* "A12", "Rivera et al. 2024", "US intelligence 2025" */
#define MAX_SCENARIO_SOURCES 40

/* What a player reads before choosing a scenario. */
typedef struct ScenarioInfo {
    char id[ID_LEN], name[80], start[16], path[600];
    int turns, days_per_turn;
    char briefing[BRIEFING_LEN];
    int nsources;
    char sources[MAX_SCENARIO_SOURCES][SOURCE_TAG_LEN];
    int nobjectives[ACTOR_COUNT];
    Objective objectives[ACTOR_COUNT][MAX_OBJECTIVES];
} ScenarioInfo;
int rl_scenario_info(const char *root, const ModSet *mods, const char *id, ScenarioInfo *out, Error *err);

/* Check a mod folder or one content file (scenario, actor or strategy
 * script, rules, events, actions, manifest) the way the game loads it, then
 * play what it adds for a few seeds. Every problem is written to out as
 * file:line: what is wrong, then a verdict line. Returns 0 (no problems),
 * ERR_DATA (problems), or -1 with err set (a bad path: ERR_USAGE). */
int rl_check(const char *root, const ModSet *mods, const char *path, FILE *out, Error *err);

/* The scripting API reference (Markdown, as in docs/modding.md) or, with
 * lua_stubs, annotation stubs for the Lua language server, written to out
 * from the engine's own registries. */
int rl_api_reference(const char *root, bool lua_stubs, FILE *out, Error *err);

/* ---- a game: open, load, save, branch ------------------------------------- */

typedef struct SessionConfig {
    const char *root;                       /* the folder holding scripts/ */
    const ModSet *mods;                     /* NULL: no mods */
    const char *scenario;                   /* scenario id */
    uint64_t seed;
    int turns;                              /* 0: the scenario's own length */
    const char *script[ACTOR_COUNT];        /* a user's strategy script for the actor, or NULL */
    bool human[ACTOR_COUNT];                /* orders come from rl_submit */
    const char *team[ACTOR_COUNT];          /* a human role's team name as typed, or NULL */
} SessionConfig;

Session *rl_open(const SessionConfig *cfg, Error *err);
void rl_close(Session *s);

/* A saved game, replayed from its orders (and refused unless the replay
 * reaches the state it recorded), stopped at the end of `turn` (-1: where the
 * save ends), with the game's content under root and these mods. roles, if
 * given, says who plays what instead of the save (humans, scripts, teams). */
Session *rl_load(const char *path, const char *root, const ModSet *mods, const SessionConfig *roles, int turn,
                 Error *err);
int rl_save(const Session *s, const char *path, Error *err);
/* dir/autosave.json, the nine before it kept as autosave-1..9.json. */
int rl_autosave(const Session *s, const char *dir, Error *err);

/* What the Load screen shows of a save without replaying it. */
typedef struct SaveSummary {
    char scenario[ID_LEN];
    int turn, turns;
    bool human[ACTOR_COUNT];
    char team[ACTOR_COUNT][TEAM_LEN];
} SaveSummary;
int rl_save_summary(const char *path, SaveSummary *out, Error *err);

/* The game as it stood at the end of `turn`, to play on another way (extra:
 * who plays what from there; NULL: as in s). */
Session *rl_branch(const Session *s, int turn, const SessionConfig *extra, Error *err);
/* The game as it stood at the start of `turn`, the rewind itself logged;
 * s is left as it was, for the caller to free. */
Session *rl_rewind(const Session *s, int turn, Error *err);

/* ---- what a viewer sees ---------------------------------------------------- */

const Scenario *rl_scenario(const Session *s);
const Catalogue *rl_catalogue(const Session *s);
const Rule *rl_rule(const Session *s, int index);     /* NULL past the end */
/* The scenario's briefing, as running prose, and the source tags it rests on. */
const char *rl_briefing(const Session *s);
int rl_scenario_sources(const Session *s, const char **out, int max);
/* The summary of a source paragraph ("A12"), or NULL. */
const char *rl_source_note(const Session *s, const char *tag);
uint64_t rl_seed(const Session *s);

int rl_turn(const Session *s);                        /* turns resolved so far */
int rl_length(const Session *s);                      /* the game's last turn */
bool rl_over(const Session *s);
Outcome rl_outcome(const Session *s);
uint64_t rl_state_hash(const Session *s);

/* Whether viewer sees v's true value (VIEW_TRUTH sees everything). */
bool rl_sees(int viewer, Var v);
/* v at the end of `turn` (0: the start; rl_turn(s): now) as viewer knows it:
 * the true value if viewer sees it (*sd = 0), else viewer's estimate with its
 * standard error, or NAN for VIEW_PUBLIC. */
double rl_value(const Session *s, int viewer, int turn, Var v, double *sd);

/* The news of `turn` (1..rl_turn; rl_turn + 1: the week in progress, which
 * holds the facilitator's news) that viewer may read: pointers into the
 * game's record; how many. */
int rl_news(const Session *s, int viewer, int turn, const News **out, int max);
/* The orders carried out in `turn` that viewer may know of (a secret order
 * only by its actor); how many. */
int rl_orders(const Session *s, int viewer, int turn, const Order **out, int max);
/* The facilitator's interventions so far. */
int rl_interventions(const Session *s, const Intervention **out, int max);
/* Scripts that failed this game (the game went on): messages with file:line. */
int rl_warnings(const Session *s, const char **out, int max);

/* A side's score, 0-100, with each objective's part (nobjectives entries). */
double rl_score(const Session *s, Actor a, double *parts);

bool rl_human(const Session *s, Actor a);
const char *rl_team(const Session *s, Actor a);       /* "" for none */

/* ---- orders ------------------------------------------------------------------ */

int rl_capital(const Session *s, Actor a);            /* political capital a turn */
/* Why a may not add `action` to the orders already chosen (NULL: it may). */
const char *rl_blocker(const Session *s, Actor a, int action, const int *chosen, int nchosen);
/* This turn's orders for a human-played actor (catalogue indices, or ids);
 * checked as the engine checks every order: err says which and why. */
int rl_submit(Session *s, Actor a, const int *actions, int n, Error *err);
/* Play one turn: every actor's orders, effects, dynamics, events, the end. */
Outcome rl_step(Session *s);
/* The same, with the computer standing in this turn for the human roles
 * marked in stand_in (a team that sent nothing when the time ran out): their
 * scripts choose, and the record names the rules that chose. The roles stay
 * human for the turns after. */
Outcome rl_step_standing_in(Session *s, const bool stand_in[ACTOR_COUNT]);

/* ---- why things changed: the causal ledger --------------------------------------- */

/* One part of a variable's change in a turn, as a viewer may know it. */
typedef struct CauseInfo {
    CauseKind kind;             /* an order, an event, a step of the model, the facilitator, ... */
    int index;                  /* an event's number (rl_event), a Dynamic, an intervention's number */
    double amount;              /* the parts of a change add up to it */
    char label[200];            /* as a player reads it: "Israel: Strike the nuclear sites" */
    const Order *order;         /* for an order: who gave it and the rules that chose it; else NULL */
    char sources[80];           /* an event's sources, a step of the model's, or "" */
} CauseInfo;

/* What moved v in `turn` (1..rl_turn), as viewer may know it: one part per
 * cause, the causes viewer cannot see summed into one CAUSE_UNSEEN part;
 * none if viewer does not see v. Returns the number of parts. */
int rl_causes(const Session *s, int viewer, int turn, Var v, CauseInfo *out, int max);
/* The same, each part rounded as rl_format shows v, so that they add up to
 * the change of the values as shown ("60 → 57, −3: ... −2, ... −1"); parts
 * that round to nothing are left out. */
int rl_causes_shown(const Session *s, int viewer, int turn, Var v, CauseInfo *out, int max);

/* How much order o of `turn` moved what players see: its largest move as a
 * share of the variable's range, 0-1. LEDGER_SIGNIFICANT or more makes it one
 * of the game's significant moves (a strike, a snapback, talks offered or
 * cut off), which the end of game lists for every side. */
double rl_order_weight(const Session *s, int turn, const Order *o);

/* A scenario's or a mod's event, as Why? tells it. */
typedef struct EventInfo {
    char id[ID_LEN], text[NEWS_LEN], sources[64];
    int nconditions;            /* its condition as a list ("talks >= 1"), or -1: its script decides */
    Prereq condition[MAX_PREREQS];
    char on[ID_LEN];            /* the event it answers, or "" */
    double chance;              /* each time its condition holds (1: always) */
    bool once;
} EventInfo;
/* Event number `index` (CauseInfo.index, a News's cause); -1 if none. */
int rl_event(const Session *s, int index, EventInfo *out);

/* One of a side's objectives as viewer knows it now. An outcome objective
 * (an agreement) is watched through the variable that leads to it (the
 * talks' progress), and met only when the game ends that way. */
typedef struct ObjectiveStatus {
    const Objective *objective;
    int var;                    /* what to watch: the objective's variable or the outcome's, or -1 */
    int want;                   /* +1: more of var is better for the objective, -1: less */
    double value, sd;           /* var now, as viewer knows it (sd > 0: an estimate; NAN: unknown) */
    double before;              /* var a week before (NAN in the first week) */
    double met, met_before;     /* how far it is met now and a week before, 0-100 (NAN: not known) */
} ObjectiveStatus;
int rl_objective(const Session *s, int viewer, Actor side, int i, ObjectiveStatus *out);

/* The ladder's expected move (0-10 scale) from side a's chosen actions this
 * turn, against the world as it stands, without the other sides' orders;
 * *drift (may be NULL) gets where it would go with no orders at all. */
double rl_ladder_move(const Session *s, Actor a, const int *actions, int n, double *drift);
/* Pairs among side a's chosen actions that work against each other (one
 * undoes what the other does, or breaks what it needs); how many. */
int rl_conflicts(const Session *s, Actor a, const int *actions, int n, Conflict *out, int max);

/* ---- numbers and words as players read them ------------------------------- */

/* The story's and the report's way of writing v: "42.2%", "$72.0",
 * "1.45M rial/$", "yes"; a change "−3.4 pts". A change beside two values
 * should be that of rl_shown(after) − rl_shown(before), so that the numbers
 * agree. */
void rl_format(Var v, double x, char *out, size_t cap);
void rl_format_delta(Var v, double d, char *out, size_t cap);
double rl_shown(Var v, double x);      /* x rounded as rl_format shows it, in v's units */
const char *rl_unit(Var v);            /* "%", "dollars a barrel", "points, 0 to 100" */
/* Which part of the model parameter p belongs to ("the economy", "protest"),
 * for the Assumptions screen; param_info has its value, range, unit and
 * sources, and rl_scenario(s)->params the scenario's value. */
const char *rl_param_group(Param p);

/* ---- the classroom ------------------------------------------------------------ */

int rl_inject(Session *s, int index, const char *reason, Error *err);
int rl_inject_new(Session *s, const char *text, const char *const *effects, int n, const char *reason, Error *err);
int rl_set_var(Session *s, const char *var, double value, const char *reason, Error *err);
/* " (did you mean 'x'?)" for a misspelt variable's name, or "". */
const char *rl_var_hint(const char *name, char *out, size_t cap);
int rl_pause(Session *s, const char *text, const char *reason, Error *err);
/* Each team's time at the screen in seconds (0: no timer), kept in saves. */
int rl_timer(const Session *s);
int rl_set_timer(Session *s, int seconds, Error *err);
/* The facilitator's PIN, kept only hashed (crypt(3), a fresh salt). */
bool rl_has_pin(const Session *s);
int rl_set_pin(Session *s, const char *pin, Error *err);
bool rl_pin_matches(const Session *s, const char *pin);
/* A random secret kept only hashed, as the PIN is (crypt(3), a fresh salt
 * from the system's random source; SHA-512 crypt, fast: the secret itself is
 * long and random): the classroom host's team tokens. */
#define SECRET_HASH_LEN 128
int rl_hash_secret(const char *secret, char out[SECRET_HASH_LEN], Error *err);
bool rl_secret_matches(const char *secret, const char *hash);

/* ---- the classroom host's messages (docs/network.md) ------------------------ */

/* What a team's page may send, read and validated here (JSON in, a checked
 * struct out) so that the host, a face, parses no JSON itself. Every message
 * is an object {"v": NET_VERSION, "type": ..., ...} with exactly the fields
 * its type allows; docs/network.schema.json says the same. */
#define NET_VERSION 1
#define NET_MAX_MESSAGE 4096        /* bytes of one message, a hand-in aside */
#define NET_MAX_SCRIPT 65536        /* bytes of a handed-in strategy script */
#define NET_MAX_FRAME (NET_MAX_SCRIPT * 2 + 1024)   /* a hand-in as JSON, escapes and all */
#define NET_ROOM_LEN 6              /* letters and digits of a room code */
#define NET_TOKEN_LEN 16            /* letters and digits of a team's join code */
#define NET_CODE_ALPHABET "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"   /* no 0/O, 1/I */

typedef enum NetKind {
    NET_HELLO,      /* room: which teams there are (the lobby) */
    NET_JOIN,       /* room, actor, token ("": claim a team nobody has claimed) */
    NET_DRAFT,      /* orders: the team's draft, kept for every device of the team */
    NET_SEND,       /* orders: the team's orders for the week */
    NET_WHY,        /* var, turn: what moved it, as the team may know it */
    NET_HANDIN,     /* name, script: a strategy for the class's tournament */
    NET_KINDS
} NetKind;

typedef struct NetMessage {
    NetKind kind;
    long seq;                               /* the page's number for it, echoed in the answer (0: none) */
    char room[NET_ROOM_LEN + 1];
    int actor;                              /* join: an Actor */
    char token[NET_TOKEN_LEN + 1];          /* join: upper case, or "" */
    int norders;                            /* draft, send: action ids, not yet checked against a game */
    char orders[MAX_ORDERS][ID_LEN];
    int var, turn;                          /* why */
    char name[33];                          /* handin: [A-Za-z0-9_-], no extension */
    char *script;                           /* handin: its text (owned; rl_message_free) */
    size_t script_len;
} NetMessage;

const char *rl_net_kind_name(NetKind k);    /* "hello", "join", ... */
/* Read one message of len bytes; 0, or -1 with err naming the field and
 * what was expected (nothing to free then). */
int rl_message_parse(const char *text, size_t len, NetMessage *out, Error *err);
void rl_message_free(NetMessage *m);

/* ---- records and reports ------------------------------------------------------ */

typedef enum RecordKind {
    RECORD_GAME,                /* what `redline run --json` prints */
    RECORD_FULL,                /* record.json: the same, with interventions and debrief */
} RecordKind;
/* The game as one JSON document, written to out. */
int rl_write_record(const Session *s, RecordKind kind, FILE *out, Error *err);
/* The game told as a story, turn by turn (what `redline run` prints): who
 * did what and why, what moved the ladder, the turning points. */
void rl_write_story(const Session *s, FILE *out);
/* The after-action report in dir (created if need be): report.html,
 * indicators.csv, record.json; with a branch of the same game (and its
 * name), the two side by side. */
int rl_report(const Session *s, const Session *branch, const char *branch_name, const char *dir, Error *err);
/* The same; with odds_runs > 0, the turning points also give the weeks that
 * moved the odds of the way the game ended most: odds_runs replays from the
 * end of each week (the Monte Carlo runner below, seeds 1..odds_runs, the
 * computer playing every side). Seconds for a long game. */
int rl_report_odds(const Session *s, const Session *branch, const char *branch_name, int odds_runs, const char *dir,
                   Error *err);

/* ---- many games: the one Monte Carlo runner ------------------------------------ */

/* One game's end, as batch, tournament and "how likely?" read it. */
typedef struct GameResult {
    long index;                 /* 0, 1, ... in run order */
    uint64_t seed;
    Outcome outcome;
    int turns;
    double final[VAR_COUNT];
    uint64_t state_hash;        /* of the final state, as `redline run` prints it */
    bool scored[ACTOR_COUNT];
    double score[ACTOR_COUNT];
    int warnings;
    int failures[ACTOR_COUNT];  /* turns a strategy script (SpreadConfig.script) was stopped */
} GameResult;

#define MAX_SETTINGS 4

/* A parameter played at another value than the scenario's (a sweep). */
typedef struct Setting {
    Param param;
    double value;
} Setting;

typedef struct SpreadConfig {
    const char *root;
    const ModSet *mods;
    const char *scenario;       /* fresh games of this scenario; or */
    const Session *from;        /* this game as it stood at the end of `turn`, played on */
    int turn;
    const char *script[ACTOR_COUNT];    /* strategies standing in for the built-in actors */
    int nsettings;
    Setting settings[MAX_SETTINGS];
    uint64_t seed;              /* games use seed, seed+1, ... */
    long runs;
    int jobs;                   /* threads for rl_spread_run (1: this one) */
    /* every game's result, in run order whatever the threads' timing */
    void (*each)(void *ctx, const GameResult *r);
    void *ctx;
} SpreadConfig;

typedef struct SpreadSummary {
    long count, outcomes[OUTCOME_COUNT];
    double mean_turns;
    double mean[VAR_COUNT], sd[VAR_COUNT];
    long scored[ACTOR_COUNT];
    double score_mean[ACTOR_COUNT], score_sd[ACTOR_COUNT];
} SpreadSummary;

Spread *rl_spread_new(const SpreadConfig *cfg, Error *err);
/* Play up to `games` more games on this thread (a window between frames);
 * returns how many remain, or -1 with err set. */
long rl_spread_step(Spread *sp, long games, Error *err);
/* Play every remaining game on cfg->jobs threads; 0 or -1 with err set. */
int rl_spread_run(Spread *sp, Error *err);
void rl_spread_summary(const Spread *sp, SpreadSummary *out);
void rl_spread_free(Spread *sp);

#endif
