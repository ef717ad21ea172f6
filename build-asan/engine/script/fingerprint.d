build-asan/engine/script/fingerprint.o: engine/script/fingerprint.c \
 engine/script/fingerprint.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h /usr/include/lua5.4/lauxlib.h \
 /usr/include/lua5.4/lua.h engine/script/../core/game.h \
 engine/script/../core/model.h engine/script/../core/vars.def \
 engine/script/../core/params.def engine/script/../core/rng.h
engine/script/fingerprint.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
/usr/include/lua5.4/lauxlib.h:
/usr/include/lua5.4/lua.h:
engine/script/../core/game.h:
engine/script/../core/model.h:
engine/script/../core/vars.def:
engine/script/../core/params.def:
engine/script/../core/rng.h:
