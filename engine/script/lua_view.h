#ifndef REDLINE_LUA_VIEW_H
#define REDLINE_LUA_VIEW_H

#include "../core/game.h"
#include "sandbox.h"

/* Register the view's metatables and one view per actor in the sandbox. */
void view_open(lua_State *L);
/* The orders phase of g's turn begins: refresh what every actor sees. */
void view_begin(Sandbox *sb, const Game *g);
/* Push actor a's read-only view of the game the sandbox is playing. */
void view_push(Sandbox *sb, Actor a);
/* The actor deciding now (an error if none is: a view kept past its call). */
Actor view_deciding(lua_State *L);
/* Whether the value at idx is the deciding actor's view. */
bool view_is_current(lua_State *L, int idx);
/* view.last[action] as the viewer sees it: the actor who took the action
 * last turn, or -1. */
int view_last_actor(const Game *g, int viewer, int action);
/* Whether view.last[action] is not nil: for an action everyone sees, whether
 * anyone took it (the turn's record says, without walking its orders). */
bool view_saw_last(const Game *g, int viewer, int action);
/* The catalogue index of the action id at idx, or -1 (once a game began). */
int view_action_index(lua_State *L, int idx);

#endif
