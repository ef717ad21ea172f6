/* The scenario loader against arbitrary text: the input becomes a scenario
 * file beside the real catalogue and actors, and a game is opened on it and
 * played for a few turns. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../engine/script/session.h"

static char root[256];

static void make_root(void)
{
    char cwd[512], path[400];
    if (root[0] || !getcwd(cwd, sizeof cwd))
        return;
    snprintf(root, sizeof root, "/tmp/redline-fuzz-root-%d", (int)getpid());
    snprintf(path, sizeof path, "%s/scripts/scenarios", root);
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "mkdir -p %s && ln -sfn %s/scripts/actions.lua %s/scripts/actions.lua && "
             "ln -sfn %s/scripts/lib %s/scripts/lib && ln -sfn %s/scripts/actors %s/scripts/actors",
             path, cwd, root, cwd, root, cwd, root);
    if (system(cmd) != 0)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    make_root();
    char path[400];
    snprintf(path, sizeof path, "%s/scripts/scenarios/fuzz.lua", root);
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    SessionConfig cfg = { .root = root, .scenario = "fuzz", .seed = 1 };
    Error err = { 0 };
    Session *s = session_open(&cfg, &err);
    if (s) {
        for (int t = 0; t < 3 && !session_over(s); t++)
            session_step(s);
        session_free(s);
    }
    return 0;
}
