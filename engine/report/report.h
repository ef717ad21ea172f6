/* Reports of a game: the JSON record, and the after-action report a
 * teacher reads after a class. Used by the command line and the window. */
#ifndef REDLINE_REPORT_H
#define REDLINE_REPORT_H

#include <cjson/cJSON.h>

#include "../core/error.h"
#include "../redline.h"
#include "../script/session.h"

/* The record's numbers carry 4 decimals; a turn's causes are rounded so
 * that they add up to the change of the rounded indicators. */
#define RECORD_DECIMALS 4

/* The document `redline run --json` prints. */
cJSON *game_to_json(const Session *s);
/* The full record (record.json): the same plus the interventions and the
 * debrief questions. */
cJSON *record_to_json(const Session *s);
/* The one or the other (kind) printed to out as cJSON_Print prints it, made
 * and printed a turn at a time; 0, or -1 if it could not all be written. */
int record_write(const Session *s, RecordKind kind, FILE *out);
/* report.html, indicators.csv and record.json in dir (created if need be);
 * with a branch of the same game, the page sets the two side by side. */
/* causes.c: the ledger (core/ledger.h) as the record and the report read it.
 * A cause as a player reads it ("Israel: Strike the nuclear sites"). */
void cause_label(const Session *s, int turn, Cause c, char *out, size_t size);
/* The parts of v's change in turn as viewer may know them (ledger_parts),
 * rounded to `decimals` so that they add up to the change of the rounded
 * values; parts that round to nothing are left out. */
int causes_rounded(const Session *s, int turn, Var v, int viewer, int decimals, CausePart *out, int max);
/* A turn's causes: for every variable that changed (but "this turn"
 * signals), its parts with their amounts and what caused them. */
cJSON *causes_json(const Session *s, int turn);

/* The parts of v's change in turn as one line, largest first, at most
 * `most` of them named and the rest summed ("Israel: Strike the nuclear
 * sites +4.3, the ladder settling back −0.1, 2 more +0.1"), amounts as
 * the player reads v. */
void causes_line(const Session *s, int turn, Var v, int viewer, int most, char *out, size_t size);
/* What makes two orders conflict, in words ("Cut off all talks breaks what
 * Hold direct talks needs (talks)"). */
void conflict_text(const Session *s, const Order *orders, const Conflict *c, char *out, size_t size);

/* units.c: numbers as a player reads them. */
typedef struct Display {
    double scale;               /* shown = value * scale (fractions as percentages, the rial in millions) */
    int decimals;               /* of the shown number */
    const char *prefix, *suffix, *delta_suffix;
} Display;
Display var_display(Var v);
/* The decimals of the raw value that the display keeps (for causes_rounded). */
int var_raw_decimals(Var v);
void var_format(Var v, double x, char *out, size_t size);            /* "42.2%" */
void var_format_delta(Var v, double delta, char *out, size_t size);  /* "−3.4 pts" */
/* Whether v's value as shown differs after from before. */
bool var_changed_shown(Var v, double before, double after);
/* "42.2% → 38.8% (−3.4 pts)": the change is that of the values as shown. */
void var_format_change(Var v, double before, double after, char *out, size_t size);
/* x rounded as var_format shows it, in v's own units. */
double var_shown(Var v, double x);
/* The unit as a player reads it: "%", "dollars a barrel", "points, 0 to 100". */
const char *var_unit_text(Var v);

/* turning.c: the weeks that decided the game. */
/* The turns in which the ladder moved most, largest move first, at most
 * max; moves under half a rung are left out. */
int ladder_turning_points(const Session *s, int *turns, int max);
/* odds[t], t = 0..turns played, being the share of replays from the end of
 * turn t that ended as the game did: the turns in which those odds moved
 * most, largest first, at most max; moves under 10 points left out. */
int odds_turning_points(const Session *s, const double *odds, int *turns, int max);

/* story.c: the plain story `redline run` prints. */
void story_write(FILE *out, const Session *s);

int report_write(const Session *s, const Session *branch, const char *branch_name, const char *dir, Error *err);
/* The same; with odds (odds[t] for t = 0..turns played, from `runs`
 * replays after each week), the turning points also give the weeks that
 * moved the odds of the way the game ended most. */
int report_write_odds(const Session *s, const Session *branch, const char *branch_name, const double *odds,
                      int runs, const char *dir, Error *err);

#endif
