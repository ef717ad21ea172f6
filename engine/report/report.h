/* Reports of a game: the JSON record, and the after-action report a
 * teacher reads after a class. Used by the command line and the window. */
#ifndef REDLINE_REPORT_H
#define REDLINE_REPORT_H

#include <cjson/cJSON.h>

#include "../core/error.h"
#include "../script/session.h"

/* The record's numbers carry 4 decimals; a turn's causes are rounded so
 * that they add up to the change of the rounded indicators. */
#define RECORD_DECIMALS 4

/* The document `redline run --json` prints. */
cJSON *game_to_json(const Session *s);
/* The full record (record.json): the same plus the interventions and the
 * debrief questions. */
cJSON *record_to_json(const Session *s);
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

int report_write(const Session *s, const Session *branch, const char *branch_name, const char *dir, Error *err);

#endif
