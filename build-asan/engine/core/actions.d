build-asan/engine/core/actions.o: engine/core/actions.c \
 engine/core/game.h engine/core/model.h engine/core/vars.def \
 engine/core/params.def engine/core/rng.h
engine/core/game.h:
engine/core/model.h:
engine/core/vars.def:
engine/core/params.def:
engine/core/rng.h:
