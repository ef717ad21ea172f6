/* Reports of a game: the JSON record, and the after-action report a
 * teacher reads after a class. Used by the command line and the window. */
#ifndef REDLINE_REPORT_H
#define REDLINE_REPORT_H

#include <cjson/cJSON.h>

#include "../core/error.h"
#include "../script/session.h"

/* The document `redline run --json` prints. */
cJSON *game_to_json(const Session *s);
/* The full record (record.json): the same plus the interventions and the
 * debrief questions. */
cJSON *record_to_json(const Session *s);
/* report.html, indicators.csv and record.json in dir (created if need be);
 * with a branch of the same game, the page sets the two side by side. */
int report_write(const Session *s, const Session *branch, const char *branch_name, const char *dir, Error *err);

#endif
