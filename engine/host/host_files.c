/* The team page's files: every regular file directly in assets/web/, read
 * into memory when the host starts. A request is answered from that table
 * or not at all, so nothing outside assets/web can be served whatever the
 * path asks (`..`, %2e%2e, a symlink: a symlink is never read in the first
 * place). A file's name is letters, digits, '-', '_' and '.', not starting
 * with a dot. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "host_impl.h"

#define MAX_FILES 32
#define MAX_FILE_BYTES (512 * 1024)

static const struct { const char *ext, *mime; } mimes[] = {
    { ".html", "text/html; charset=utf-8" }, { ".css", "text/css; charset=utf-8" },
    { ".js", "text/javascript; charset=utf-8" }, { ".svg", "image/svg+xml" }, { ".png", "image/png" },
    { ".ico", "image/x-icon" }, { ".txt", "text/plain; charset=utf-8" }, { ".json", "application/json" },
};

static const char *mime_of(const char *name)
{
    const char *dot = strrchr(name, '.');
    for (size_t i = 0; dot && i < sizeof mimes / sizeof *mimes; i++)
        if (strcmp(dot, mimes[i].ext) == 0)
            return mimes[i].mime;
    return NULL;
}

static bool name_ok(const char *name)
{
    size_t n = strlen(name);
    return n > 0 && n < 60 && name[0] != '.' &&
           strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.") == n && mime_of(name);
}

/* One file, opened without following a symlink, read whole. */
static int load_one(int dirfd, const char *name, StaticFile *f)
{
    int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > MAX_FILE_BYTES) {
        if (fd >= 0)
            close(fd);
        return -1;
    }
    f->data = malloc(LWS_PRE + (size_t)st.st_size + 1);
    ssize_t got = f->data ? read(fd, f->data + LWS_PRE, (size_t)st.st_size) : -1;
    close(fd);
    if (got != st.st_size) {
        free(f->data);
        f->data = NULL;
        return -1;
    }
    f->len = (size_t)got;
    snprintf(f->path, sizeof f->path, "/%s", name);
    f->mime = mime_of(name);
    return 0;
}

int files_load(Host *h, Error *err)
{
    char path[4200];
    if (h->cfg.web)
        snprintf(path, sizeof path, "%s", h->cfg.web);
    else
        snprintf(path, sizeof path, "%s/assets/web", h->root);
    int dirfd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR *dir = dirfd >= 0 ? fdopendir(dirfd) : NULL;
    if (!dir) {
        if (dirfd >= 0)
            close(dirfd);
        return error_set(err, ERR_DATA, _("%s: cannot read the team page's folder: %s"), path, strerror(errno)), -1;
    }
    h->files = calloc(MAX_FILES, sizeof *h->files);
    struct dirent *e;
    while (h->files && h->nfiles < MAX_FILES && (e = readdir(dir)))
        if (name_ok(e->d_name) && load_one(dirfd, e->d_name, &h->files[h->nfiles]) == 0)
            h->nfiles++;
    closedir(dir);
    if (!files_find(h, "/"))
        return error_set(err, ERR_DATA, _("%s/index.html: missing (the team page)"), path), -1;
    return 0;
}

const StaticFile *files_find(const Host *h, const char *uri)
{
    if (strcmp(uri, "/") == 0)
        uri = "/index.html";
    for (int i = 0; i < h->nfiles; i++)
        if (strcmp(h->files[i].path, uri) == 0)
            return &h->files[i];
    return NULL;
}

void files_free(Host *h)
{
    for (int i = 0; i < h->nfiles; i++)
        free(h->files[i].data);
    free(h->files);
    h->files = NULL;
    h->nfiles = 0;
}
