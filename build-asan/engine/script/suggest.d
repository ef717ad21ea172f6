build-asan/engine/script/suggest.o: engine/script/suggest.c \
 engine/script/suggest.h engine/script/../core/game.h \
 engine/script/../core/model.h engine/script/../core/vars.def \
 engine/script/../core/params.def engine/script/../core/rng.h
engine/script/suggest.h:
engine/script/../core/game.h:
engine/script/../core/model.h:
engine/script/../core/vars.def:
engine/script/../core/params.def:
engine/script/../core/rng.h:
