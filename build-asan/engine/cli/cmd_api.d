build-asan/engine/cli/cmd_api.o: engine/cli/cmd_api.c \
 /usr/include/lua5.4/lauxlib.h /usr/include/lua5.4/luaconf.h \
 /usr/include/lua5.4/lua.h engine/cli/../script/api_doc.h \
 engine/cli/../script/lua_world.h /usr/include/lua5.4/lua.h \
 engine/cli/../script/loader.h engine/cli/../script/../core/error.h \
 engine/cli/../script/../core/game.h engine/cli/../script/../core/model.h \
 engine/cli/../script/../core/vars.def \
 engine/cli/../script/../core/params.def \
 engine/cli/../script/../core/rng.h engine/cli/../script/sandbox.h \
 engine/cli/../script/../core/rng.h engine/cli/../script/lua_ai.h \
 engine/cli/../script/loader.h engine/cli/../script/mods.h \
 engine/cli/../script/suggest.h engine/cli/cli.h \
 engine/cli/../script/session.h engine/cli/../script/mods.h
/usr/include/lua5.4/lauxlib.h:
/usr/include/lua5.4/luaconf.h:
/usr/include/lua5.4/lua.h:
engine/cli/../script/api_doc.h:
engine/cli/../script/lua_world.h:
/usr/include/lua5.4/lua.h:
engine/cli/../script/loader.h:
engine/cli/../script/../core/error.h:
engine/cli/../script/../core/game.h:
engine/cli/../script/../core/model.h:
engine/cli/../script/../core/vars.def:
engine/cli/../script/../core/params.def:
engine/cli/../script/../core/rng.h:
engine/cli/../script/sandbox.h:
engine/cli/../script/../core/rng.h:
engine/cli/../script/lua_ai.h:
engine/cli/../script/loader.h:
engine/cli/../script/mods.h:
engine/cli/../script/suggest.h:
engine/cli/cli.h:
engine/cli/../script/session.h:
engine/cli/../script/mods.h:
