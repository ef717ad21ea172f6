/* Inside the session: asking the actors for their orders (session_decide.c). */
#ifndef REDLINE_SESSION_DECIDE_H
#define REDLINE_SESSION_DECIDE_H

#include "session.h"

/* Actor a's orders this turn, into out (at most max): a human's as given or
 * replayed, a script's from its decide (in C when it can be); how many. The
 * hook the core calls for each actor. */
int session_decide(void *ctx, const Game *g, Actor a, Order *out, int max);
/* The turn's orders begin: the hook the core calls first. */
void session_orders(void *ctx, const Game *g);

#endif
