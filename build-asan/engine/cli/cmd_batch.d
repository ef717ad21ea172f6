build-asan/engine/cli/cmd_batch.o: engine/cli/cmd_batch.c \
 engine/cli/../save/save.h engine/cli/../save/../core/error.h \
 engine/cli/../save/../script/session.h \
 engine/cli/../save/../script/../core/error.h \
 engine/cli/../save/../script/../core/game.h \
 engine/cli/../save/../script/../core/model.h \
 engine/cli/../save/../script/../core/vars.def \
 engine/cli/../save/../script/../core/params.def \
 engine/cli/../save/../script/../core/rng.h \
 engine/cli/../save/../script/mods.h \
 engine/cli/../save/../script/sandbox.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h engine/cli/../save/../script/../core/rng.h \
 engine/cli/cli.h engine/cli/../script/session.h
engine/cli/../save/save.h:
engine/cli/../save/../core/error.h:
engine/cli/../save/../script/session.h:
engine/cli/../save/../script/../core/error.h:
engine/cli/../save/../script/../core/game.h:
engine/cli/../save/../script/../core/model.h:
engine/cli/../save/../script/../core/vars.def:
engine/cli/../save/../script/../core/params.def:
engine/cli/../save/../script/../core/rng.h:
engine/cli/../save/../script/mods.h:
engine/cli/../save/../script/sandbox.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
engine/cli/../save/../script/../core/rng.h:
engine/cli/cli.h:
engine/cli/../script/session.h:
