build-asan/engine/core/model.o: engine/core/model.c engine/core/model.h \
 engine/core/vars.def engine/core/params.def
engine/core/model.h:
engine/core/vars.def:
engine/core/params.def:
