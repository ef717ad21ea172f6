/* The front door: a game's life -- open, restart, load, save, branch, rewind. */
#include <stdio.h>
#include <string.h>

#include "../redline.h"
#include "../save/save.h"
#include "../script/session.h"

Session *rl_open(const SessionConfig *cfg, Error *err)
{
    return session_open(cfg, err);
}

void rl_close(Session *s)
{
    session_free(s);
}

Session *rl_load(const char *path, const char *root, const ModSet *mods, const SessionConfig *roles, int turn,
                 Error *err)
{
    return save_load_at(path, root, mods, roles, turn, err);
}

int rl_save(const Session *s, const char *path, Error *err)
{
    return save_write(s, path, err);
}

int rl_autosave(const Session *s, const char *dir, Error *err)
{
    return save_autosave(s, dir, err);
}

int rl_save_summary(const char *path, SaveSummary *out, Error *err)
{
    return save_summary(path, out, err);
}

Session *rl_branch(const Session *s, int turn, const SessionConfig *extra, Error *err)
{
    return save_branch(s, turn, extra, err);
}

Session *rl_rewind(const Session *s, int turn, Error *err)
{
    return save_rewind(s, turn, err);
}
