build-asan/engine/script/mods.o: engine/script/mods.c \
 engine/script/mods.h engine/script/../core/error.h \
 engine/script/../core/game.h engine/script/../core/model.h \
 engine/script/../core/vars.def engine/script/../core/params.def \
 engine/script/../core/rng.h engine/script/loader.h \
 engine/script/sandbox.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h engine/script/../core/rng.h
engine/script/mods.h:
engine/script/../core/error.h:
engine/script/../core/game.h:
engine/script/../core/model.h:
engine/script/../core/vars.def:
engine/script/../core/params.def:
engine/script/../core/rng.h:
engine/script/loader.h:
engine/script/sandbox.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
engine/script/../core/rng.h:
