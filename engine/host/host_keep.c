/* Keeping the class on the disk: the class (the room code, each team's
 * token as crypt(3) hashed it, this week's drafts and orders sent, the timer
 * and what silent teams do) is written after every change, so a host
 * brought back with --load finds every team as it was. Every snapshot goes
 * to class.live, two slots of a file made once, each overwritten in place
 * and flushed with fdatasync (a few milliseconds; a new file renamed into
 * place took up to 60 here): a snapshot is its generation, length and
 * checksum on one line, then the text, and the newest slot that checks is
 * the class. class.txt, the same text for people to read, is written (and
 * renamed into place) at the week's end, the facilitator's commands, start
 * and stop.
 *
 * A group commit, off the host's thread: the changes of one turn of the
 * host's loop (many pages' messages) are put into one snapshot, which a
 * writer thread writes and flushes to the disk while the loop goes on. No
 * page hears of a change (its acknowledgement, a state that shows it)
 * before the snapshot holding it is on the disk: each page's output waits
 * for the generation it needs (Conn.hold). A team's "sent" is never
 * acknowledged and then lost. */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "host_impl.h"

static void write_ids(FILE *f, const char *what, Actor a, char ids[][ID_LEN], int n)
{
    fprintf(f, "%s %s", what, actor_name(a));
    for (int i = 0; i < n; i++)
        fprintf(f, " %s", ids[i]);
    fputc('\n', f);
}

/* The class as class.txt holds it (class_read reads it back). */
static char *class_text(const Host *h)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f)
        return NULL;
    fprintf(f, "%s\nroom %s\nsilent %s\nweek %d\ntimer-left %d\n", CLASS_MAGIC, h->room,
            h->silent == SILENT_AI ? "ai" : "pass", h->s ? rl_turn(h->s) + 1 : 1, week_seconds_left(h));
    for (int a = 0; a < ACTOR_COUNT; a++) {
        const Team *t = &h->team[a];
        if (!t->plays && !t->claimed)
            continue;
        fprintf(f, "team %s %s\n", actor_name((Actor)a), t->claimed ? t->hash : "-");
        write_ids(f, "draft", (Actor)a, (char (*)[ID_LEN])t->draft, t->ndraft);
        if (t->has_sent)
            write_ids(f, "sent", (Actor)a, (char (*)[ID_LEN])t->sent, t->nsent);
    }
    fclose(f);
    return text;
}

/* Written to a temporary file, flushed to the disk and renamed over the old
 * one: a crash leaves the old file or the new, never half of one. Called
 * with the file lock held. */
static int write_text(const char *dir, const char *text, Error *err)
{
    char path[4200], tmp[4300];
    snprintf(path, sizeof path, "%s/class.txt", dir);
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return error_set(err, ERR_DATA, _("%s: cannot write: %s"), tmp, strerror(errno)), -1;
    size_t n = strlen(text);
    int rc = write(fd, text, n) == (ssize_t)n && fsync(fd) == 0 ? 0 : -1;
    rc |= close(fd);
    if (rc != 0 || rename(tmp, path) != 0)
        return error_set(err, ERR_DATA, _("%s: cannot write: %s"), path, strerror(errno)), -1;
    return 0;
}

#define SLOT 16384              /* bytes of a slot of class.live: a class's text is about 2 KB */

static int open_live(const char *dir, int flags)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/class.live", dir);
    return open(path, flags | O_CLOEXEC | O_NOFOLLOW, 0600);
}

static int write_slot(Host *h, const char *text, long gen, Error *err)
{
    char slot[SLOT];
    size_t n = strlen(text);
    int head = snprintf(slot, sizeof slot, "%ld %zu %016" PRIx64 "\n", gen, n, hash_bytes(0, text, n));
    if (head + n > sizeof slot)
        return error_set(err, ERR_INTERNAL, _("the class is too large for its file")), -1;
    memcpy(slot + head, text, n);
    if (pwrite(h->live, slot, (size_t)head + n, (off_t)(gen % 2) * SLOT) != (ssize_t)(head + n) ||
        fdatasync(h->live) != 0)
        return error_set(err, ERR_DATA, _("%s/class.live: cannot write: %s"), h->dir, strerror(errno)), -1;
    return 0;
}

/* class.live made whole once (zeros, then the class as it is now as its
 * first snapshot, flushed) under another name and renamed into place, so
 * that the class is on the disk at every moment, and later writes change no
 * size and no allocation: fdatasync then writes only the slot. */
static int make_live(Host *h, Error *err)
{
    static const char zeros[2 * SLOT];
    char tmp[4200], path[4200];
    snprintf(tmp, sizeof tmp, "%s/class.live.tmp", h->dir);
    snprintf(path, sizeof path, "%s/class.live", h->dir);
    h->live = open(tmp, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    char *text = class_text(h);
    int rc = h->live >= 0 && text && pwrite(h->live, zeros, sizeof zeros, 0) == (ssize_t)sizeof zeros ? 0 : -1;
    if (rc == 0)
        rc = write_slot(h, text, ++h->generation, err);
    free(text);
    if (rc != 0 || fsync(h->live) != 0 || rename(tmp, path) != 0)
        return error_set(err, ERR_DATA, _("%s: cannot write: %s"), path, strerror(errno)), -1;
    atomic_store(&h->written, h->generation);
    return 0;
}

/* The newest snapshot of class.live that checks, or NULL. */
char *class_live_text(const char *dir)
{
    int fd = open_live(dir, O_RDONLY);
    char *best = NULL;
    long best_gen = -1;
    for (int i = 0; fd >= 0 && i < 2; i++) {
        char slot[SLOT + 1];
        ssize_t got = pread(fd, slot, SLOT, (off_t)i * SLOT);
        long gen;
        size_t n;
        uint64_t sum;
        int head = 0;
        if (got <= 0)
            continue;
        slot[got] = '\0';
        if (sscanf(slot, "%ld %zu %" SCNx64 "%n", &gen, &n, &sum, &head) != 3 || slot[head] != '\n' ||
            (size_t)head + 1 + n > (size_t)got || hash_bytes(0, slot + head + 1, n) != sum || gen <= best_gen)
            continue;
        free(best);
        if ((best = malloc(n + 1)))
            memcpy(best, slot + head + 1, n), best[n] = '\0';
        best_gen = gen;
    }
    if (fd >= 0)
        close(fd);
    return best;
}

/* Write snapshot gen unless a newer one is on the disk already. */
static int write_generation(Host *h, const char *text, long gen, bool readable, Error *err)
{
    pthread_mutex_lock(&h->file_lock);
    int rc = 0;
    if (gen > atomic_load(&h->written)) {
        rc = !text ? (error_set(err, ERR_INTERNAL, _("out of memory")), -1) : write_slot(h, text, gen, err);
        if (rc == 0 && readable)
            rc = write_text(h->dir, text, err);
        atomic_store(&h->written, gen);     /* a failed write is journalled; the class goes on */
    }
    pthread_mutex_unlock(&h->file_lock);
    return rc;
}

static void *writer(void *arg)
{
    Host *h = arg;
    pthread_mutex_lock(&h->writer_lock);
    for (;;) {
        while (!h->pending && !h->writer_stop)
            pthread_cond_wait(&h->writer_wake, &h->writer_lock);
        if (!h->pending)
            break;
        char *text = h->pending;
        long gen = h->pending_gen;
        h->pending = NULL;
        pthread_mutex_unlock(&h->writer_lock);
        Error err = { 0 };
        if (write_generation(h, text, gen, false, &err) != 0)
            class_journal(h, "cannot keep the class: %s", err.msg);
        free(text);
        lws_cancel_service(h->lws);          /* the loop lets the waiting pages hear */
        pthread_mutex_lock(&h->writer_lock);
    }
    pthread_mutex_unlock(&h->writer_lock);
    return NULL;
}

int keep_start(Host *h, Error *err)
{
    if (make_live(h, err) != 0)
        return -1;
    h->writer_started = pthread_create(&h->writer, NULL, writer, h) == 0;
    return h->writer_started ? 0 : -1;
}

void keep_stop(Host *h)
{
    if (h->writer_started) {
        pthread_mutex_lock(&h->writer_lock);
        h->writer_stop = true;
        pthread_cond_signal(&h->writer_wake);
        pthread_mutex_unlock(&h->writer_lock);
        pthread_join(h->writer, NULL);
        h->writer_started = false;
    }
    free(h->pending);
    h->pending = NULL;
}

void keep_close(Host *h)
{
    keep_stop(h);
    if (h->live >= 0)
        close(h->live);
    h->live = -1;
}

void class_changed(Host *h)
{
    h->dirty = true;
}

long class_generation_needed(const Host *h)
{
    return h->generation + (h->dirty ? 1 : 0);
}

/* The end of a turn of the loop: this turn's changes to the writer. */
void class_flush(Host *h)
{
    if (!h->dirty)
        return;
    h->dirty = false;
    char *text = class_text(h);
    pthread_mutex_lock(&h->writer_lock);
    free(h->pending);                       /* an older snapshot not yet written: this one has it all */
    h->pending = text;
    h->pending_gen = ++h->generation;
    pthread_cond_signal(&h->writer_wake);
    pthread_mutex_unlock(&h->writer_lock);
}

/* Pages whose output waited for the disk may have it now. */
void class_release(Host *h)
{
    long written = atomic_load(&h->written);
    for (int i = 0; i < MAX_CONNS; i++) {
        Conn *c = h->conn[i];
        if (c && (c->nout > 0 || c->want_state) && c->hold <= written)
            lws_callback_on_writable(c->wsi);
    }
}

/* Now, on this thread (the week's end, the facilitator's commands, start
 * and stop): everything so far, on the disk when it returns. */
int class_save(Host *h, Error *err)
{
    h->dirty = false;
    char *text = class_text(h);
    int rc = write_generation(h, text, ++h->generation, true, err);
    free(text);
    if (h->lws)
        class_release(h);
    return rc;
}
