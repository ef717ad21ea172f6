# Red Line: make builds ./redline, make run plays, make test tests; make install and make deb: dist/dist.mk.
CC       ?= cc
PKGS     := lua5.4 libcjson libxxhash libcrypt
UI_PKGS  := sdl2 SDL2_ttf fribidi
TEST_PKGS := cmocka
UI_TEST_PKGS := cmocka libpng
# The classroom host (engine/host), in the executable: HTTP and WebSocket, the QR codes to join.
HOST_PKGS := libwebsockets libqrencode
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -D_XOPEN_SOURCE=700
OPT      ?= -O2 -g
CFLAGS   += $(OPT) $(SANITIZE) -std=c11 -Wall -Wextra $(if $(CI),-Werror)
# The engine sees Lua and cJSON; the faces (ui/, cli/) see only engine/redline.h:
# they are built without Lua's include path, so a stray lua_* call is an error.
ENGINE_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS   += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm -pthread
HOST_CFLAGS := $(shell pkg-config --cflags $(HOST_PKGS) libcjson 2>/dev/null)
HOST_LDLIBS := $(shell pkg-config --libs $(HOST_PKGS) 2>/dev/null)
# The window is a library of its own (redline-window.so), which ./redline
# loads only to open a window: the headless commands never load SDL. It
# calls the engine in the executable, which exports its symbols for it.
UI_CFLAGS := $(shell pkg-config --cflags $(UI_PKGS) 2>/dev/null) -fPIC
UI_LDLIBS := $(shell pkg-config --libs $(UI_PKGS) 2>/dev/null)
WINDOW   := redline-window.so
BUILD    ?= build
# From git (git describe), or the VERSION file outside git: tools/version.sh.
VERSION  := $(shell tools/version.sh)

CORE_SRC   := $(wildcard engine/core/*.c)
SCRIPT_SRC := $(wildcard engine/script/*.c)
SAVE_SRC   := $(wildcard engine/save/*.c engine/report/*.c engine/api/*.c)
CLI_SRC    := $(wildcard engine/cli/*.c)
UI_SRC     := $(wildcard engine/ui/*.c)
HOST_SRC   := $(wildcard engine/host/*.c)
ENGINE_OBJ := $(patsubst %.c,$(BUILD)/%.o,$(CORE_SRC) $(SCRIPT_SRC) $(SAVE_SRC))
# the host is in the executable: the command line's `host` and the window's projector screen both use it
HOST_OBJ   := $(patsubst %.c,$(BUILD)/%.o,$(HOST_SRC))
CLI_OBJ    := $(patsubst %.c,$(BUILD)/%.o,$(CLI_SRC)) $(HOST_OBJ)

# position-independent, for the window's library: built apart from the rest
UI_OBJ     := $(patsubst %.c,$(BUILD)/window/%.o,$(UI_SRC))

TEST_SRC   := $(wildcard tests/unit/test_*.c tests/facts/test_*.c)
TEST_BIN   := $(patsubst tests/%.c,$(BUILD)/tests/%,$(TEST_SRC))
FUZZ_SRC   := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BIN   := $(patsubst tests/fuzz/%.c,$(BUILD)/fuzz/%,$(FUZZ_SRC))
REPLAY_BIN := $(patsubst tests/fuzz/%.c,$(BUILD)/tests/fuzz/%,$(FUZZ_SRC))
FUZZ_HEADERS := $(wildcard tests/fuzz/*.h)
LIB_CLI_OBJ := $(filter-out %/main.o,$(CLI_OBJ))
# A harness's inputs: its corpus, its kept crashers, and seeds used where they
# are (no copies): the game's own scenarios, the hostile and the real strategies.
FUZZ_SEEDS_fuzz_scenario := scripts/scenarios
FUZZ_SEEDS_fuzz_strategy := tests/data/hostile/strategies scripts/strategies
comma := ,
space := $(subst ,, )
# A strategy may take its whole budget every turn: seconds under ASan, a minute on a
# busy machine (only a hang, which never ends, is a finding).
FUZZ_TIMEOUT_fuzz_strategy := 300
FUZZ_TIMEOUT_fuzz_orders := 300
fuzz_inputs = tests/fuzz/corpus/$(1) tests/fuzz/regressions/$(1) $(FUZZ_SEEDS_$(1))
FUZZ_SECONDS ?= 600
UI_TEST_SRC := $(wildcard tests/ui/test_*.c)
UI_TEST_BIN := $(patsubst tests/ui/%.c,$(BUILD)/tests/ui/%,$(UI_TEST_SRC))

.PHONY: all run test deps check-deps check-test-deps clean asan valgrind fuzz fuzz-run soak bench balance FORCE
all: redline

redline: $(ENGINE_OBJ) $(CLI_OBJ) | $(BUILD)/layout.ok $(WINDOW)
	$(CC) $(CFLAGS) $(LDFLAGS) -rdynamic -o $@ $^ $(LDLIBS) $(HOST_LDLIBS)

$(WINDOW): $(UI_OBJ) | $(BUILD)/layout.ok
	$(CC) $(CFLAGS) $(LDFLAGS) -shared -Wl,-z,now -o $@ $^ $(UI_LDLIBS) -lm

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/window/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

$(ENGINE_OBJ): CFLAGS += $(ENGINE_CFLAGS)
$(UI_OBJ): CFLAGS += $(UI_CFLAGS)
$(HOST_OBJ): CFLAGS += $(HOST_CFLAGS)

# redline --version: the header changes only when the version does.
$(BUILD)/version.h: FORCE
	@mkdir -p $(@D)
	@printf '#define REDLINE_VERSION "%s"\n' '$(VERSION)' >$@.new
	@if cmp -s $@.new $@; then rm $@.new; else mv $@.new $@; fi
$(BUILD)/engine/cli/commands.o: $(BUILD)/version.h
$(BUILD)/engine/cli/commands.o: CPPFLAGS += -I$(BUILD)
FORCE:

# The faces talk to the engine only through engine/redline.h; no file over 700
# lines, no function over 120 (tools/check_layout.sh says where).
$(BUILD)/layout.ok: tools/check_layout.sh $(CORE_SRC) $(SCRIPT_SRC) $(SAVE_SRC) $(CLI_SRC) $(UI_SRC) $(HOST_SRC) $(wildcard engine/*.h engine/*/*.h)
	@mkdir -p $(dir $@)
	@tools/check_layout.sh
	@touch $@

# The window's tests play the game's own content (scripts/), less the league's
# strategies and the scenarios they do not play, copied afresh when it changes;
# their golden images are PNG (libpng).
UI_FIXTURE := $(BUILD)/tests/ui/fixture
UI_FIXTURE_SCENARIOS := jan2026 letter2025 tutorial
$(UI_FIXTURE)/scripts.ok: $(shell find scripts 2>/dev/null)
	@rm -rf $(UI_FIXTURE) && mkdir -p $(UI_FIXTURE)
	@cp -R scripts $(UI_FIXTURE)/scripts && rm -rf $(UI_FIXTURE)/scripts/strategies
	@for f in $(UI_FIXTURE)/scripts/scenarios/*.lua; do \
		case " $(UI_FIXTURE_SCENARIOS) " in *" $$(basename $$f .lua) "*) ;; *) rm "$$f" ;; esac; done
	@touch $@

$(BUILD)/tests/ui/%: tests/ui/%.c tests/ui/support.h $(ENGINE_OBJ) $(UI_OBJ) $(HOST_OBJ) $(UI_FIXTURE)/scripts.ok
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -DUI_FIXTURE='"$(UI_FIXTURE)"' $(CFLAGS) $(ENGINE_CFLAGS) $(UI_CFLAGS) \
		$(shell pkg-config --cflags $(UI_TEST_PKGS)) -o $@ $< $(ENGINE_OBJ) $(UI_OBJ) $(HOST_OBJ) $(LDLIBS) $(UI_LDLIBS) \
		$(HOST_LDLIBS) $(shell pkg-config --libs $(UI_TEST_PKGS))

# Fuzz harnesses: under libFuzzer for make fuzz, and with a plain driver that
# replays their corpus and kept crashers in make test.
$(BUILD)/tests/fuzz/%: tests/fuzz/%.c tests/fuzz/standalone.c $(FUZZ_HEADERS) $(ENGINE_OBJ) $(LIB_CLI_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(ENGINE_CFLAGS) -o $@ $< tests/fuzz/standalone.c $(ENGINE_OBJ) $(LIB_CLI_OBJ) $(LDLIBS) \
		$(HOST_LDLIBS)

$(BUILD)/fuzz/%: tests/fuzz/%.c $(FUZZ_HEADERS) $(ENGINE_OBJ) $(LIB_CLI_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(ENGINE_CFLAGS) -fsanitize=fuzzer -o $@ $< $(ENGINE_OBJ) $(LIB_CLI_OBJ) $(LDLIBS) \
		$(HOST_LDLIBS)

$(BUILD)/tests/%: tests/%.c $(ENGINE_OBJ) tests/unit/support.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(ENGINE_CFLAGS) $(shell pkg-config --cflags $(TEST_PKGS)) -o $@ $< $(ENGINE_OBJ) \
		$(LDLIBS) $(shell pkg-config --libs $(TEST_PKGS))

# Install what is missing (Debian/Ubuntu), or say what to install elsewhere.
deps:
	@tools/deps.sh test

check-deps:
	@tools/deps.sh

check-test-deps:
	@tools/deps.sh test

run: check-deps
	@$(MAKE) --no-print-directory redline translations
	./redline

test: check-test-deps
	@$(MAKE) --no-print-directory redline translations $(TEST_BIN) $(UI_TEST_BIN) $(REPLAY_BIN)
	@FUZZ_REPLAY="$(foreach h,$(REPLAY_BIN),$(h):$(subst $(space),$(comma),$(strip $(call fuzz_inputs,$(notdir $(h))))))" \
		tests/run.sh $(TEST_BIN) $(UI_TEST_BIN)

# The whole suite under AddressSanitizer + UBSan, and under valgrind.
# (./redline and redline-window.so are relinked by the next plain make: the
# sanitized ones are removed.
# Warnings are errors in the normal build; at -O1 with the sanitizers GCC's
# guesses about string truncation differ, so here they stay warnings.)
asan: check-test-deps
	@rm -f redline $(WINDOW); $(MAKE) --no-print-directory BUILD=build-asan CI= OPT="-O1 -g -fno-omit-frame-pointer" \
		SANITIZE="-fsanitize=address,undefined -fno-sanitize-recover=undefined" test; \
		status=$$?; rm -f redline $(WINDOW); exit $$status

valgrind: check-test-deps
	@$(MAKE) --no-print-directory redline $(TEST_BIN)
	@VALGRIND="valgrind -q --error-exitcode=9 --leak-check=full --errors-for-leak-kinds=definite" tests/run.sh $(TEST_BIN)

# Each harness under libFuzzer (clang) for FUZZ_SECONDS; crashes land in
# tests/fuzz/crashes/ to be fixed and kept under tests/fuzz/regressions/.
fuzz:
	@tools/deps.sh fuzz
	@$(MAKE) --no-print-directory BUILD=build-fuzz CC=clang OPT="-O1 -g" \
		SANITIZE="-fsanitize=address,undefined -fsanitize=fuzzer-no-link" fuzz-run

fuzz-run: $(FUZZ_BIN)
	@mkdir -p tests/fuzz/crashes
	@$(foreach h,$(FUZZ_BIN),mkdir -p $(BUILD)/corpus/$(notdir $(h)) && echo "== $(notdir $(h)) for $(FUZZ_SECONDS) s" && \
		$(h) -max_total_time=$(FUZZ_SECONDS) -timeout=$(or $(FUZZ_TIMEOUT_$(notdir $(h))),10) -rss_limit_mb=1024 -close_fd_mask=3 \
			-artifact_prefix=tests/fuzz/crashes/$(notdir $(h))- $(BUILD)/corpus/$(notdir $(h)) \
			$(call fuzz_inputs,$(notdir $(h))) 2>&1 | tail -n 3 &&) true

# Speed and memory figures (printed, and written to docs/performance.md).
bench: check-deps
	@$(MAKE) --no-print-directory redline $(BUILD)/bench/bench $(BUILD)/bench/bench_ui
	@tools/bench.sh

$(BUILD)/bench/bench_ui: tests/bench/bench_ui.c $(ENGINE_OBJ) $(UI_OBJ) $(HOST_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(ENGINE_CFLAGS) $(UI_CFLAGS) -o $@ $< $(ENGINE_OBJ) $(UI_OBJ) $(HOST_OBJ) $(LDLIBS) \
		$(UI_LDLIBS) $(HOST_LDLIBS)

$(BUILD)/bench/bench: tests/bench/bench.c $(ENGINE_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(ENGINE_CFLAGS) -o $@ $< $(ENGINE_OBJ) $(LDLIBS)

# The standard league at full size: every side's strategies against the
# built-in AI over 1,000 seeds, checked against the balance targets (the US
# and Iran, then each other actor a class may hand to a team).
balance: redline
	@status=0; for side in "" israel protesters irgc proxies europe china gulf; do \
		REDLINE_NO_MODS=1 ./redline league $${side:+--side $$side} --runs 1000 --jobs 2 --check || status=1; done; exit $$status

# 10,000 games in one process: peak memory must not grow with the count.
soak: redline
	@tests/soak.sh

clean:
	rm -rf $(BUILD) build-asan build-fuzz redline $(WINDOW) locale

# make install, make uninstall, make deb
include dist/dist.mk
# make update-po, and the compiled translations in locale/
include po/po.mk

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
