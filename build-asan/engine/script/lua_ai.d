build-asan/engine/script/lua_ai.o: engine/script/lua_ai.c \
 /usr/include/lua5.4/lauxlib.h /usr/include/lua5.4/luaconf.h \
 /usr/include/lua5.4/lua.h engine/script/../core/game.h \
 engine/script/../core/model.h engine/script/../core/vars.def \
 engine/script/../core/params.def engine/script/../core/rng.h \
 engine/script/loader.h engine/script/../core/error.h \
 engine/script/sandbox.h /usr/include/lua5.4/lua.h \
 engine/script/../core/rng.h engine/script/lua_ai.h \
 engine/script/lua_world.h engine/script/suggest.h
/usr/include/lua5.4/lauxlib.h:
/usr/include/lua5.4/luaconf.h:
/usr/include/lua5.4/lua.h:
engine/script/../core/game.h:
engine/script/../core/model.h:
engine/script/../core/vars.def:
engine/script/../core/params.def:
engine/script/../core/rng.h:
engine/script/loader.h:
engine/script/../core/error.h:
engine/script/sandbox.h:
/usr/include/lua5.4/lua.h:
engine/script/../core/rng.h:
engine/script/lua_ai.h:
engine/script/lua_world.h:
engine/script/suggest.h:
