#ifndef REDLINE_LUA_VIEW_H
#define REDLINE_LUA_VIEW_H

#include "../core/game.h"
#include "sandbox.h"

/* Register the view's metatables and one view per actor in the sandbox. */
void view_open(lua_State *L);
/* Push actor a's read-only view of the game the sandbox is playing. */
void view_push(Sandbox *sb, Actor a);

#endif
