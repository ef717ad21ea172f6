/* Reading the Lua data files into the core's structures. Every problem is
 * reported as path:line: what was expected. */
#ifndef REDLINE_LOADER_H
#define REDLINE_LOADER_H

#include "../core/error.h"
#include "../core/game.h"
#include "sandbox.h"

int load_catalogue(Sandbox *sb, const char *path, Catalogue *c, Error *err);
/* Leaves a registry reference to the scenario table in *ref. */
int load_scenario(Sandbox *sb, const char *path, const Catalogue *c, Scenario *s, int *ref, Error *err);
/* Loads an actor script, registers its rules; *ref holds the script's table. */
int load_actor(Sandbox *sb, const char *path, Actor a, const Catalogue *c, Rulebook *r, int *ref, Error *err);

#endif
