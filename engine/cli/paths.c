#include "paths.h"

#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool holds_game(const char *dir)
{
    char path[PATH_MAX];
    return snprintf(path, sizeof path, "%s/scripts/actions.lua", dir) < (int)sizeof path && access(path, R_OK) == 0;
}

/* The executable's folder, resolved through symbolic links (a link in
 * /usr/local/bin to a source tree still finds the tree). */
static bool exe_dir(char *out, size_t size)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return false;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash)
        return false;
    *slash = '\0';
    snprintf(out, size, "%s", exe);
    return true;
}

static bool find_root(char *root, size_t size)
{
    const char *env = getenv("REDLINE_ROOT");
    if (env && *env) {
        snprintf(root, size, "%s", env);
        return holds_game(root);
    }
    char dir[PATH_MAX];
    if (exe_dir(dir, sizeof dir)) {
        static const char *const beside[] = { "", "/../share/redline", "/../share/games/redline" };
        for (size_t i = 0; i < sizeof beside / sizeof *beside; i++) {
            char candidate[PATH_MAX + 32];
            snprintf(candidate, sizeof candidate, "%s%s", dir, beside[i]);
            if (holds_game(candidate) && realpath(candidate, root))
                return true;
        }
    }
    snprintf(root, size, ".");
    return holds_game(root);
}

bool places_window(char *out, size_t size)
{
    char dir[PATH_MAX];
    if (!exe_dir(dir, sizeof dir))
        return false;
    static const char *const beside[] = { "", "/../lib/redline", "/../lib/games/redline" };
    for (size_t i = 0; i < sizeof beside / sizeof *beside; i++)
        if (snprintf(out, size, "%s%s/" WINDOW_LIBRARY, dir, beside[i]) < (int)size && access(out, R_OK) == 0)
            return true;
    snprintf(out, size, "%s/" WINDOW_LIBRARY, dir);
    return false;
}

static const char *home_dir(void)
{
    const char *home = getenv("HOME");
    if (home && *home)
        return home;
    const struct passwd *pw = getpwuid(getuid());
    return pw && pw->pw_dir && *pw->pw_dir ? pw->pw_dir : NULL;
}

/* $VAR/redline/sub, or ~/fallback/redline/sub; the spec ignores a relative $VAR. */
static void xdg_place(char *out, size_t size, const char *var, const char *fallback, const char *sub)
{
    const char *base = getenv(var), *home = home_dir();
    if (base && base[0] == '/')
        snprintf(out, size, "%s/redline%s", base, sub);
    else if (home)
        snprintf(out, size, "%s/%s/redline%s", home, fallback, sub);
    else
        out[0] = '\0';
}

static void find_locale(char *out, size_t size, const char *root)
{
    char dir[PATH_MAX - 32];
    if (snprintf(out, size, "%s/locale", root) < (int)size && is_dir(out))
        return;
    if (exe_dir(dir, sizeof dir))
        snprintf(out, size, "%s/../share/locale", dir);
}

int places_find(Places *p)
{
    bool found = find_root(p->root, sizeof p->root);
    find_locale(p->locale, sizeof p->locale, p->root);
    int n = snprintf(p->saves, sizeof p->saves, "%s/saves", p->root);
    if (!found || n >= (int)sizeof p->saves || !is_dir(p->saves))
        xdg_place(p->saves, sizeof p->saves, "XDG_DATA_HOME", ".local/share", "/saves");
    xdg_place(p->config, sizeof p->config, "XDG_CONFIG_HOME", ".config", "");
    xdg_place(p->user_mods, sizeof p->user_mods, "XDG_DATA_HOME", ".local/share", "/mods");
    return found ? 0 : -1;
}

int places_make_dir(const char *path)
{
    char part[PATH_MAX];
    if (!*path || snprintf(part, sizeof part, "%s", path) >= (int)sizeof part)
        return errno = ENAMETOOLONG, -1;
    for (char *slash = strchr(part + 1, '/');; slash = strchr(slash + 1, '/')) {
        if (slash)
            *slash = '\0';
        if (mkdir(part, 0700) != 0 && errno != EEXIST)
            return -1;
        if (!slash)
            return is_dir(part) ? 0 : (errno = ENOTDIR, -1);
        *slash = '/';
    }
}
