build-asan/engine/core/turn.o: engine/core/turn.c engine/core/dynamics.h \
 engine/core/game.h engine/core/model.h engine/core/vars.def \
 engine/core/params.def engine/core/rng.h
engine/core/dynamics.h:
engine/core/game.h:
engine/core/model.h:
engine/core/vars.def:
engine/core/params.def:
engine/core/rng.h:
