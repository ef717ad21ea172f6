/* Inside the session: its events (session_events.c). */
#ifndef REDLINE_SESSION_EVENTS_H
#define REDLINE_SESSION_EVENTS_H

#include "session.h"

/* The events of the scenario whose table is at scenario_ref (read from
 * path), then the mods': read once, protected, into events; *ref gets the
 * list of their functions. */
int events_build(Session *s, int scenario_ref, const char *scenario, const char *path, int *ref,
                 SessionEvent *events, int *count, Error *err);
/* The turn's events: the hook the core calls after the orders. */
void events_react(void *ctx, Game *g);

/* A problem to show the player; the game goes on. */
void session_warn(Session *s, const char *msg);

#endif
