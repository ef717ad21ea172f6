build-asan/engine/report/record.o: engine/report/record.c \
 engine/report/report.h engine/report/../core/error.h \
 engine/report/../script/session.h \
 engine/report/../script/../core/error.h \
 engine/report/../script/../core/game.h \
 engine/report/../script/../core/model.h \
 engine/report/../script/../core/vars.def \
 engine/report/../script/../core/params.def \
 engine/report/../script/../core/rng.h engine/report/../script/mods.h \
 engine/report/../script/sandbox.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h engine/report/../script/../core/rng.h
engine/report/report.h:
engine/report/../core/error.h:
engine/report/../script/session.h:
engine/report/../script/../core/error.h:
engine/report/../script/../core/game.h:
engine/report/../script/../core/model.h:
engine/report/../script/../core/vars.def:
engine/report/../script/../core/params.def:
engine/report/../script/../core/rng.h:
engine/report/../script/mods.h:
engine/report/../script/sandbox.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
engine/report/../script/../core/rng.h:
