build-asan/engine/cli/cmd_run.o: engine/cli/cmd_run.c \
 engine/cli/../report/report.h engine/cli/../report/../core/error.h \
 engine/cli/../report/../script/session.h \
 engine/cli/../report/../script/../core/error.h \
 engine/cli/../report/../script/../core/game.h \
 engine/cli/../report/../script/../core/model.h \
 engine/cli/../report/../script/../core/vars.def \
 engine/cli/../report/../script/../core/params.def \
 engine/cli/../report/../script/../core/rng.h \
 engine/cli/../report/../script/mods.h \
 engine/cli/../report/../script/sandbox.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h \
 engine/cli/../report/../script/../core/rng.h engine/cli/../save/save.h \
 engine/cli/../save/../core/error.h \
 engine/cli/../save/../script/session.h engine/cli/cli.h \
 engine/cli/../script/session.h
engine/cli/../report/report.h:
engine/cli/../report/../core/error.h:
engine/cli/../report/../script/session.h:
engine/cli/../report/../script/../core/error.h:
engine/cli/../report/../script/../core/game.h:
engine/cli/../report/../script/../core/model.h:
engine/cli/../report/../script/../core/vars.def:
engine/cli/../report/../script/../core/params.def:
engine/cli/../report/../script/../core/rng.h:
engine/cli/../report/../script/mods.h:
engine/cli/../report/../script/sandbox.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
engine/cli/../report/../script/../core/rng.h:
engine/cli/../save/save.h:
engine/cli/../save/../core/error.h:
engine/cli/../save/../script/session.h:
engine/cli/cli.h:
engine/cli/../script/session.h:
