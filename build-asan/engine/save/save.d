build-asan/engine/save/save.o: engine/save/save.c engine/save/save.h \
 engine/save/../core/error.h engine/save/../script/session.h \
 engine/save/../script/../core/error.h \
 engine/save/../script/../core/game.h \
 engine/save/../script/../core/model.h \
 engine/save/../script/../core/vars.def \
 engine/save/../script/../core/params.def \
 engine/save/../script/../core/rng.h engine/save/../script/mods.h \
 engine/save/../script/sandbox.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h engine/save/../script/../core/rng.h \
 /usr/include/lua5.4/lauxlib.h /usr/include/lua5.4/lua.h
engine/save/save.h:
engine/save/../core/error.h:
engine/save/../script/session.h:
engine/save/../script/../core/error.h:
engine/save/../script/../core/game.h:
engine/save/../script/../core/model.h:
engine/save/../script/../core/vars.def:
engine/save/../script/../core/params.def:
engine/save/../script/../core/rng.h:
engine/save/../script/mods.h:
engine/save/../script/sandbox.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
engine/save/../script/../core/rng.h:
/usr/include/lua5.4/lauxlib.h:
/usr/include/lua5.4/lua.h:
