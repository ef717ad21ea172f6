/* A save on disk: written whole or not at all, read only if it is what the
 * writer would write.
 *
 * Writing: the text goes to a temporary file of its own in the target's
 * folder, created with O_EXCL (a name planted there, a symlink above all,
 * is never followed or overwritten), flushed to disk, renamed over the
 * target, and the folder flushed too. Two saves to one path at once each
 * write their own temporary and the last rename wins, whole. A temporary
 * left by a process that was killed is removed by the next save there. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "save_parts.h"

/* A temporary of a killed writer older than this is removed even if its
 * process id has been given to another process since. */
#define STALE_S (24 * 3600)

static void split_path(const char *path, char *dir, size_t dsize, const char **base)
{
    const char *slash = strrchr(path, '/');
    if (!slash) {
        snprintf(dir, dsize, ".");
        *base = path;
    } else {
        snprintf(dir, dsize, "%.*s", slash == path ? 1 : (int)(slash - path), path);
        *base = slash + 1;
    }
}

/* ".BASE.PID.N.tmp": hidden, so save lists never show it; the process id
 * says whose it is. */
static bool temporary_of(const char *name, const char *base, long *pid)
{
    size_t n = strlen(base);
    if (name[0] != '.' || strncmp(name + 1, base, n) != 0 || name[n + 1] != '.')
        return false;
    char *end;
    *pid = strtol(name + n + 2, &end, 10);
    size_t len = strlen(name);
    return end != name + n + 2 && *end == '.' && len > 4 && strcmp(name + len - 4, ".tmp") == 0;
}

/* Remove the temporaries for base in dir whose writer is gone. */
static void remove_stale(const char *dir, const char *base)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        long pid;
        if (!temporary_of(e->d_name, base, &pid))
            continue;
        char path[2200];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(path, &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        bool dead = pid <= 0 || (kill((pid_t)pid, 0) != 0 && errno == ESRCH);
        if (dead || time(NULL) - st.st_mtime > STALE_S)
            unlink(path);
    }
    closedir(d);
}

/* Create a temporary of our own beside base in dir; its name in out. */
static int create_temporary(const char *dir, const char *base, char *out, size_t size)
{
    static unsigned counter;
    for (int attempt = 0; attempt < 100; attempt++) {
        unsigned n = __atomic_add_fetch(&counter, 1, __ATOMIC_RELAXED);
        snprintf(out, size, "%s/.%s.%ld.%u.tmp", dir, base, (long)getpid(), n);
        int fd = open(out, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    errno = EEXIST;
    return -1;
}

static bool write_all(int fd, const char *text, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, text, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        text += n;
        len -= (size_t)n;
    }
    return true;
}

int save_file_write(const char *path, const char *text, Error *err)
{
    size_t len = strlen(text);
    char dir[1100], tmp[2200];
    const char *base;
    split_path(path, dir, sizeof dir, &base);
    remove_stale(dir, base);
    int fd = create_temporary(dir, base, tmp, sizeof tmp);
    if (fd < 0)
        return error_set(err, ERR_DATA, _("%s: cannot write the save (%s)"), path, strerror(errno)), -1;
    bool ok = write_all(fd, text, len) && write_all(fd, "\n", 1) && fsync(fd) == 0;
    int why = errno;
    ok = close(fd) == 0 && ok;
    if (!ok || rename(tmp, path) != 0) {
        why = ok ? errno : why;
        unlink(tmp);
        return error_set(err, ERR_DATA, _("%s: cannot write the save (%s); the previous one is as it was"), path,
                         strerror(why)), -1;
    }
    /* the rename itself is on disk once the folder is */
    int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
    return 0;
}

char *save_file_read(const char *path, Error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return error_set(err, ERR_DATA, _("%s: cannot open the save"), path), NULL;
    struct stat st;
    bool fits = fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size < SAVE_MAX_BYTES;
    char *text = fits ? malloc((size_t)st.st_size + 1) : NULL;
    size_t size = text ? fread(text, 1, (size_t)st.st_size, f) : 0;
    fclose(f);
    if (!text || size != (size_t)st.st_size) {
        free(text);
        return error_set(err, ERR_DATA, fits ? _("%s: cannot read the save")
                         : _("%s: cannot read the save (not a file, or larger than a save may be)"), path), NULL;
    }
    text[size] = '\0';
    if (strlen(text) != size || !sandbox_utf8_valid(text, size)) {
        free(text);
        return error_set(err, ERR_DATA, _("%s: not a valid save (not UTF-8 text)"), path), NULL;
    }
    return text;
}
