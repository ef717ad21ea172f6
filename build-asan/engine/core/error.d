build-asan/engine/core/error.o: engine/core/error.c engine/core/error.h
engine/core/error.h:
