build-asan/engine/script/sandbox.o: engine/script/sandbox.c \
 engine/script/sandbox.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h engine/script/../core/error.h \
 engine/script/../core/rng.h engine/script/../core/game.h \
 engine/script/../core/model.h engine/script/../core/vars.def \
 engine/script/../core/params.def engine/script/../core/rng.h \
 /usr/include/lua5.4/lauxlib.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/lualib.h engine/script/lua_ai.h \
 engine/script/loader.h engine/script/lua_world.h engine/script/mods.h
engine/script/sandbox.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
engine/script/../core/error.h:
engine/script/../core/rng.h:
engine/script/../core/game.h:
engine/script/../core/model.h:
engine/script/../core/vars.def:
engine/script/../core/params.def:
engine/script/../core/rng.h:
/usr/include/lua5.4/lauxlib.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/lualib.h:
engine/script/lua_ai.h:
engine/script/loader.h:
engine/script/lua_world.h:
engine/script/mods.h:
