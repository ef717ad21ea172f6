build-asan/engine/script/lua_world.o: engine/script/lua_world.c \
 /usr/include/lua5.4/lauxlib.h /usr/include/lua5.4/luaconf.h \
 /usr/include/lua5.4/lua.h engine/script/../core/game.h \
 engine/script/../core/model.h engine/script/../core/vars.def \
 engine/script/../core/params.def engine/script/../core/rng.h \
 engine/script/lua_view.h engine/script/sandbox.h \
 /usr/include/lua5.4/lua.h engine/script/../core/error.h \
 engine/script/../core/rng.h engine/script/lua_world.h
/usr/include/lua5.4/lauxlib.h:
/usr/include/lua5.4/luaconf.h:
/usr/include/lua5.4/lua.h:
engine/script/../core/game.h:
engine/script/../core/model.h:
engine/script/../core/vars.def:
engine/script/../core/params.def:
engine/script/../core/rng.h:
engine/script/lua_view.h:
engine/script/sandbox.h:
/usr/include/lua5.4/lua.h:
engine/script/../core/error.h:
engine/script/../core/rng.h:
engine/script/lua_world.h:
