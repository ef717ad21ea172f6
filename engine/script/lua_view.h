#ifndef REDLINE_LUA_VIEW_H
#define REDLINE_LUA_VIEW_H

#include "../core/game.h"
#include "sandbox.h"

/* Push actor a's read-only view of g; estimates draw from rng. */
void view_push(Sandbox *sb, const Game *g, Actor a, Pcg32 *rng);

#endif
