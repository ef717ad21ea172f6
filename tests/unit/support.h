/* Shared by the C unit tests: cmocka, the engine's headers, and a session
 * opened on the repository's own scripts. */
#ifndef REDLINE_TEST_SUPPORT_H
#define REDLINE_TEST_SUPPORT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../../engine/core/dynamics.h"
#include "../../engine/core/game.h"
#include "../../engine/save/save.h"
#include "../../engine/script/sandbox.h"
#include "../../engine/script/session.h"

/* Tests run from the repository root (tests/run.sh makes sure of it). */
static inline Session *test_session(const char *scenario, uint64_t seed)
{
    SessionConfig cfg = { .root = ".", .scenario = scenario, .seed = seed };
    Error err = { 0 };
    Session *s = session_open(&cfg, &err);
    if (!s)
        fail_msg("cannot open %s: %s", scenario, err.msg);
    return s;
}

#endif
