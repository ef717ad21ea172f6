build-asan/engine/script/api_doc.o: engine/script/api_doc.c \
 engine/script/api_doc.h engine/script/lua_world.h \
 /usr/include/lua5.4/lua.h /usr/include/lua5.4/luaconf.h
engine/script/api_doc.h:
engine/script/lua_world.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
