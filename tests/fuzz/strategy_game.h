/* What the strategy harnesses share: the fuzz input becomes a strategy
 * script for the US, played for a few turns of the tutorial against the
 * game's own actors. Whatever the script does, the engine must not crash or
 * hang, and every problem it reports must name the script's file (a script
 * cannot hide where it failed). Run from the repository root. */
#ifndef FUZZ_STRATEGY_GAME_H
#define FUZZ_STRATEGY_GAME_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../engine/script/session.h"

#define FUZZ_TURNS 2

static char script_file[64];

static void remove_script(void) { unlink(script_file); }

/* The script's path, one per process (libFuzzer's workers are processes),
 * removed when the process ends. */
static const char *strategy_path(void)
{
    if (!script_file[0]) {
        snprintf(script_file, sizeof script_file, "/tmp/redline-fuzz-strategy-%d.lua", (int)getpid());
        atexit(remove_script);
    }
    return script_file;
}

static void must_name_script(const char *msg)
{
    if (!strstr(msg, strategy_path())) {
        fprintf(stderr, "a message does not name the script %s:\n%s\n", strategy_path(), msg);
        abort();
    }
}

/* Plays the script at strategy_path(); the caller has written it. */
static void play_strategy(void)
{
    SessionConfig cfg = { .root = ".", .scenario = "tutorial", .seed = 1 };
    cfg.script[US] = strategy_path();
    Error err = { 0 };
    Session *s = session_open(&cfg, &err);
    if (!s) {
        must_name_script(err.msg);
        return;
    }
    for (int t = 0; t < FUZZ_TURNS && !session_over(s); t++)
        session_step(s);
    for (int i = 0; i < s->nwarnings; i++)
        must_name_script(s->warnings[i]);
    session_free(s);
}

#endif
