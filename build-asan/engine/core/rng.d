build-asan/engine/core/rng.o: engine/core/rng.c engine/core/rng.h
engine/core/rng.h:
