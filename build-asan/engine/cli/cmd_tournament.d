build-asan/engine/cli/cmd_tournament.o: engine/cli/cmd_tournament.c \
 engine/cli/cli.h engine/cli/../script/session.h \
 engine/cli/../script/../core/error.h engine/cli/../script/../core/game.h \
 engine/cli/../script/../core/model.h \
 engine/cli/../script/../core/vars.def \
 engine/cli/../script/../core/params.def \
 engine/cli/../script/../core/rng.h engine/cli/../script/mods.h \
 engine/cli/../script/sandbox.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h engine/cli/../script/../core/rng.h
engine/cli/cli.h:
engine/cli/../script/session.h:
engine/cli/../script/../core/error.h:
engine/cli/../script/../core/game.h:
engine/cli/../script/../core/model.h:
engine/cli/../script/../core/vars.def:
engine/cli/../script/../core/params.def:
engine/cli/../script/../core/rng.h:
engine/cli/../script/mods.h:
engine/cli/../script/sandbox.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
engine/cli/../script/../core/rng.h:
