/* What the files of the after-action report share; not for other modules. */
#ifndef REDLINE_PAGE_H
#define REDLINE_PAGE_H

#include <stdbool.h>
#include <stdio.h>

#include "../script/texts.h"
#include "report.h"

/* text, escaped for HTML */
void html(FILE *f, const char *text);
/* A message formatted (printf) and escaped for HTML: the page's own words go
 * through gettext with no markup in them, the markup stays in the code. */
void htmlf(FILE *f, const char *format, ...) __attribute__((format(printf, 2, 3)));
/* A number, a date or a change ("4.2 → 7.4 (+3.2)") kept left to right
 * inside a right-to-left sentence: wrapped in Unicode's left-to-right
 * isolate when the page is right to left (else as it is); returns out. */
const char *ltr(const char *text, char *out, size_t size);
/* open, then text escaped, then close: "<h2>", _("Timeline"), "</h2>\n" */
void html_in(FILE *f, const char *open, const char *text, const char *close);
/* A table's row of column headings, each escaped: "<tr><th>who</th>...</tr>" */
void html_head_row(FILE *f, const char *const *headings, int n);

/* sources.c: the summaries of scripts/sources.lua (script/texts.h); each
 * cited on the page is listed at its foot. */
typedef struct Sources {
    SourceNotes notes;          /* sorted by tag */
    bool *cited;                /* one for each note */
} Sources;
#define SOURCE_LIST_MAX 400     /* at most this many listed at the foot */

/* None when the file is missing or broken: the tags then stand alone. */
void sources_load(const Session *s, Sources *out);
void sources_free(Sources *src);
/* A list of tags ("A39-A41, B3; Kuran 1991"), each known one a link to its
 * summary, and marked cited. */
void html_cited(FILE *f, Sources *src, const char *list);
/* Text with its source tags in brackets ("... new cities (A19).") linked. */
void html_linked(FILE *f, Sources *src, const char *text);
/* The summaries of the tags cited, in tag order. */
void html_sources(FILE *f, const Sources *src);

/* charts.c: one indicator over the weeks as inline SVG, on its own range
 * and in the units a player reads; a tick each week; a marker at each week
 * an event fired or the facilitator stepped in (from the ledger); with a
 * branch, both on one scale. */
void chart_svg(FILE *f, const Session *s, const Session *other, Var v, const char *label);

/* The value of v after turn t (t = 0: the start). */
double value_at(const Session *s, int t, Var v);

/* report.c */
typedef struct Report {
    const Session *game, *branch;
    const char *branch_name;
    int odds_runs;                  /* 0: no odds */
    double odds[MAX_TURNS + 1];     /* with odds_runs: the share of replays after each week that ended as the game did */
    Sources *sources;
} Report;

/* The indicators charted, in the order a debrief reads them. */
typedef struct Charted {
    Var var;
    const char *label;
} Charted;
extern const Charted report_charted[];
extern const int report_ncharted;

/* "Iran", or "Iran (Team Blue)" when a team the teacher named played it. */
void actor_html(FILE *f, const Session *s, int a);

/* timeline.c */
void turning_html(FILE *f, const Report *r);
void timeline_html(FILE *f, const Report *r);

#endif
