# Red Line: make builds ./redline, make run plays, make test tests.
CC       ?= cc
PKGS     := lua5.4 libcjson
UI_PKGS  := sdl2 SDL2_ttf
TEST_PKGS := cmocka
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -D_XOPEN_SOURCE=700
OPT      ?= -O2 -g
CFLAGS   += $(OPT) $(SANITIZE) -std=c11 -Wall -Wextra $(if $(CI),-Werror) $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS   += $(shell pkg-config --libs $(PKGS) $(UI_PKGS) 2>/dev/null) -lm -pthread
UI_CFLAGS := $(shell pkg-config --cflags $(UI_PKGS) 2>/dev/null)
BUILD    ?= build

CORE_SRC   := $(wildcard engine/core/*.c)
SCRIPT_SRC := $(wildcard engine/script/*.c)
SAVE_SRC   := $(wildcard engine/save/*.c)
CLI_SRC    := $(wildcard engine/cli/*.c)
UI_SRC     := $(wildcard engine/ui/*.c)
ENGINE_OBJ := $(patsubst %.c,$(BUILD)/%.o,$(CORE_SRC) $(SCRIPT_SRC) $(SAVE_SRC))
CLI_OBJ    := $(patsubst %.c,$(BUILD)/%.o,$(CLI_SRC))

UI_OBJ     := $(patsubst %.c,$(BUILD)/%.o,$(UI_SRC))

TEST_SRC   := $(wildcard tests/unit/test_*.c tests/facts/test_*.c)
TEST_BIN   := $(patsubst tests/%.c,$(BUILD)/tests/%,$(TEST_SRC))
UI_TEST_SRC := $(wildcard tests/ui/test_*.c)
UI_TEST_BIN := $(patsubst tests/ui/%.c,$(BUILD)/tests/ui/%,$(UI_TEST_SRC))

.PHONY: all run test deps check-deps clean asan valgrind
all: redline

redline: $(ENGINE_OBJ) $(UI_OBJ) $(CLI_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

$(UI_OBJ): CFLAGS += $(UI_CFLAGS)

$(BUILD)/tests/ui/%: tests/ui/%.c $(ENGINE_OBJ) $(UI_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(UI_CFLAGS) $(shell pkg-config --cflags $(TEST_PKGS)) -o $@ $< $(ENGINE_OBJ) \
		$(UI_OBJ) $(LDLIBS) $(shell pkg-config --libs $(TEST_PKGS))

$(BUILD)/tests/%: tests/%.c $(ENGINE_OBJ) tests/unit/support.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(shell pkg-config --cflags $(TEST_PKGS)) -o $@ $< $(ENGINE_OBJ) \
		$(LDLIBS) $(shell pkg-config --libs $(TEST_PKGS))

# Install what is missing (Debian/Ubuntu), or say what to install elsewhere.
deps:
	@tools/deps.sh

check-deps:
	@pkg-config --exists $(PKGS) $(UI_PKGS) $(TEST_PKGS) || tools/deps.sh

run: check-deps
	@$(MAKE) --no-print-directory redline
	./redline

test: check-deps
	@$(MAKE) --no-print-directory redline $(TEST_BIN) $(UI_TEST_BIN)
	@tests/run.sh $(TEST_BIN) $(UI_TEST_BIN)

# The whole suite under AddressSanitizer + UBSan, and under valgrind.
# (./redline is relinked by the next plain make: the sanitized one is removed.)
asan: check-deps
	@rm -f redline; $(MAKE) --no-print-directory BUILD=build-asan OPT="-O1 -g -fno-omit-frame-pointer" \
		SANITIZE="-fsanitize=address,undefined -fno-sanitize-recover=undefined" test; \
		status=$$?; rm -f redline; exit $$status

valgrind: check-deps
	@$(MAKE) --no-print-directory redline $(TEST_BIN)
	@VALGRIND="valgrind -q --error-exitcode=9 --leak-check=full --errors-for-leak-kinds=definite" tests/run.sh $(TEST_BIN)

clean:
	rm -rf $(BUILD) build-asan redline

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
