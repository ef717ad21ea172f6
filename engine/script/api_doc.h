/* What `redline api` documents besides the registries it reads directly
 * (vars.def, params.def, the catalogue, the loaders' field lists, the world
 * module's table): the fields of the view, kept beside the view's own list
 * by test_mods, which reads every one of them from a real view. */
#ifndef REDLINE_API_DOC_H
#define REDLINE_API_DOC_H

#include "lua_world.h"

/* The view's fields other than the variables: name, type (in signature), doc. */
extern const ApiDoc view_api[];

#endif
