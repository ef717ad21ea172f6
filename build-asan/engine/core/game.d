build-asan/engine/core/game.o: engine/core/game.c engine/core/dynamics.h \
 engine/core/game.h engine/core/model.h engine/core/vars.def \
 engine/core/params.def engine/core/rng.h
engine/core/dynamics.h:
engine/core/game.h:
engine/core/model.h:
engine/core/vars.def:
engine/core/params.def:
engine/core/rng.h:
