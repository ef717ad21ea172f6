/* The picture of a sweep (redline sweep --chart): outcome shares and the
 * US's and Iran's mean scores across one parameter's range, as SVG. */
#ifndef REDLINE_SWEEP_CHART_H
#define REDLINE_SWEEP_CHART_H

#include <stdio.h>

#include "cli.h"

#define SWEEP_MAX_STEPS 21

/* One value of the parameter and what its games came to. */
typedef struct SweepRow {
    double value;
    long games;
    double share[OUTCOME_COUNT];    /* per cent */
    double turns;
    double mean[ACTOR_COUNT], margin[ACTOR_COUNT];  /* score, half its 95% interval */
} SweepRow;

typedef struct SweepChart {
    const char *scenario;
    Param param;
    double own;                 /* the scenario's value, marked on the axis */
    const SweepRow *rows;
    int steps;
} SweepChart;

void sweep_chart_svg(FILE *f, const SweepChart *c);

#endif
