/* The class's files beside its autosave: class.txt read back (written by
 * host_keep.c), the journal (every join, draft, order and hand-in, one line
 * each with the time), and the hand-ins; the room and join codes, from the
 * system's random source. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "host_impl.h"

int class_random_code(char *out, int len, Error *err)
{
    static const char alphabet[] = NET_CODE_ALPHABET;    /* 32 letters: 5 bits each, no bias */
    unsigned char bytes[64];
    if (len > (int)sizeof bytes || getrandom(bytes, (size_t)len, 0) != (ssize_t)len)
        return error_set(err, ERR_INTERNAL, _("no random numbers from the system: %s"), strerror(errno)), -1;
    for (int i = 0; i < len; i++)
        out[i] = alphabet[bytes[i] % 32];
    out[len] = '\0';
    return 0;
}

int class_new_token(char out[NET_TOKEN_LEN + 1], Error *err)
{
    return class_random_code(out, NET_TOKEN_LEN, err);
}

static int read_ids(char *rest, char ids[][ID_LEN], int *n)
{
    *n = 0;
    for (char *save = NULL, *w = strtok_r(rest, " \n", &save); w; w = strtok_r(NULL, " \n", &save)) {
        if (*n >= MAX_ORDERS || strlen(w) >= ID_LEN)
            return -1;
        snprintf(ids[(*n)++], ID_LEN, "%s", w);
    }
    return 0;
}

/* One line of class.txt; -1 if it is not one the host writes. */
static int read_line(Host *h, char *line, bool whole, int *week)
{
    char key[16], name[ID_LEN], value[SECRET_HASH_LEN];
    int a, at = 0;
    if (sscanf(line, "%15s %39s %n", key, name, &at) < 1)
        return line[strspn(line, " \n")] == '\0' ? 0 : -1;
    if (strcmp(key, "room") == 0)
        return strlen(name) == NET_ROOM_LEN && strspn(name, NET_CODE_ALPHABET) == NET_ROOM_LEN ?
                   (snprintf(h->room, sizeof h->room, "%s", name), 0) : -1;
    if (strcmp(key, "week") == 0)
        return sscanf(name, "%d", week) == 1 ? 0 : -1;
    if (strcmp(key, "silent") == 0) {
        if (whole)
            h->silent = strcmp(name, "ai") == 0 ? SILENT_AI : SILENT_PASS;
        return strcmp(name, "ai") == 0 || strcmp(name, "pass") == 0 ? 0 : -1;
    }
    if (strcmp(key, "timer-left") == 0) {
        if (whole)
            h->resume_left = atoi(name);
        return 0;
    }
    if ((a = actor_find(name)) < 0)
        return -1;
    Team *t = &h->team[a];
    if (strcmp(key, "team") == 0 && sscanf(line + at, "%127s", value) == 1) {
        t->claimed = value[0] == '$';
        snprintf(t->hash, sizeof t->hash, "%s", t->claimed ? value : "");
        return t->claimed || strcmp(value, "-") == 0 ? 0 : -1;
    }
    if (strcmp(key, "draft") == 0)
        return whole ? read_ids(line + at, t->draft, &t->ndraft) : 0;
    if (strcmp(key, "sent") == 0) {
        t->has_sent = whole;
        return whole ? read_ids(line + at, t->sent, &t->nsent) : 0;
    }
    return -1;
}

/* A class file: its room and tokens (a class made by redline handouts), and
 * with whole, the week's drafts and orders too (a class brought back). Drafts
 * of another week than the game's next are dropped: that week was played. */
int class_read(Host *h, const char *path, bool whole, Error *err)
{
    char *live = whole ? class_live_text(h->dir) : NULL;     /* newer than class.txt, if there */
    FILE *f = live ? fmemopen(live, strlen(live), "r") : fopen(path, "r");
    if (!f) {
        free(live);
        return error_set(err, ERR_DATA, _("%s: cannot read: %s"), path, strerror(errno)), -1;
    }
    if (live)
        path = "class.live";
    char line[512];
    int n = 0, week = 0, rc = 0;
    while (rc == 0 && fgets(line, sizeof line, f)) {
        n++;
        if (n == 1 ? strncmp(line, CLASS_MAGIC, strlen(CLASS_MAGIC)) != 0 : read_line(h, line, whole, &week) != 0)
            rc = (error_set(err, ERR_DATA, n == 1 ? _("%s:%d: expected '%s'")
                           : _("%s:%d: expected room, silent, week, timer-left, team, draft or sent and their values, "
                               "as the host writes them"), path, n, CLASS_MAGIC), -1);
    }
    fclose(f);
    free(live);
    if (rc == 0 && !h->room[0])
        rc = (error_set(err, ERR_DATA, _("%s: no room code"), path), -1);
    if (rc == 0 && whole && h->s && week != rl_turn(h->s) + 1) {
        h->resume_left = -1;        /* that week was played: the next starts afresh */
        for (int a = 0; a < ACTOR_COUNT; a++)
            h->team[a].ndraft = h->team[a].nsent = 0, h->team[a].has_sent = false;
    }
    return rc;
}

static int week_of(const Host *h) { return h->s ? rl_turn(h->s) + (rl_over(h->s) ? 0 : 1) : 0; }

static void journal_line(Host *h, const char *fmt, va_list ap)
{
    if (!h->journal)
        return;
    time_t now = time(NULL);
    struct tm tm;
    char when[32];
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", localtime_r(&now, &tm));
    fprintf(h->journal, "%s week %d ", when, week_of(h));
    vfprintf(h->journal, fmt, ap);
    fputc('\n', h->journal);
    fflush(h->journal);
}

/* A line to cfg.announce, the facilitator's console, which the console's
 * own answers share from another thread: written whole, in the class's
 * language and its digits (the journal keeps English and ids). */
static void announce_line(Host *h, const char *fmt, va_list ap)
{
    FILE *f = h->cfg.announce;
    if (!f)
        return;
    char said[600], line[700];
    vsnprintf(said, sizeof said, fmt, ap);
    /* TRANSLATORS: a line of the classroom host's console: the week's number, then what
     * happened in it ("Iran joined (1 page open)"). */
    snprintf(line, sizeof line, _("week %d: %s"), week_of(h), said);
    rl_digits_text(line, sizeof line);
    flockfile(f);
    fputs(line, f);
    fputc('\n', f);
    fflush(f);
    funlockfile(f);
}

void class_journal(Host *h, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    journal_line(h, fmt, ap);
    va_end(ap);
}

void class_announce(Host *h, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    announce_line(h, fmt, ap);
    va_end(ap);
}

static int write_file(const char *path, const char *text, size_t len)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return -1;
    ssize_t n = write(fd, text, len);
    int rc = n == (ssize_t)len && fsync(fd) == 0 ? 0 : -1;
    return close(fd) == 0 ? rc : -1;
}

/* A strategy handed in: kept as sent in handins/ (nothing is lost), checked
 * by redline check (its games run in the sandbox), and if it passes, put in
 * tournament/ for `redline tournament`. The verdict goes back to the team. */
int class_handin(Host *h, Actor a, const NetMessage *m, char *verdict, size_t cap)
{
    char path[4300], keep[4300];
    snprintf(path, sizeof path, "%s/handins", h->dir);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/handins/%s-%s.lua", h->dir, actor_name(a), m->name);
    if (write_file(path, m->script, m->script_len) != 0)
        return snprintf(verdict, cap, "the host could not keep the script: %s", strerror(errno)), -1;
    char *report = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&report, &len);
    Error err = { 0 };
    int rc = out ? rl_check(h->root, h->cfg.mods, path, out, &err) : -1;
    if (out)
        fclose(out);
    if (rc == 0) {
        snprintf(keep, sizeof keep, "%s/tournament", h->dir);
        mkdir(keep, 0700);
        snprintf(keep, sizeof keep, "%s/tournament/%s-%s.lua", h->dir, actor_name(a), m->name);
        rc = write_file(keep, m->script, m->script_len);
    }
    const char *said = rc == 0 ? "checked and entered in the class's tournament" : report && len ? report : err.msg;
    /* the team reads its file's name, not where the host keeps it */
    size_t n = 0, skip = strlen(h->dir) + strlen("/handins/");
    for (const char *p = said; *p && n + 1 < cap; p++)
        if (strncmp(p, h->dir, strlen(h->dir)) == 0 && strncmp(p + strlen(h->dir), "/handins/", 9) == 0)
            p += skip - 1;
        else
            verdict[n++] = *p;
    verdict[n] = '\0';
    free(report);
    class_journal(h, "%s handed in %s.lua: %s", actor_name(a), m->name, rc == 0 ? "entered" : "refused");
    return rc;
}

int host_new_class(const char *dir, char room[NET_ROOM_LEN + 1], char token[ACTOR_COUNT][NET_TOKEN_LEN + 1],
                   Error *err)
{
    char path[4200], hash[SECRET_HASH_LEN];
    snprintf(path, sizeof path, "%s/class.txt", dir);
    if (class_random_code(room, NET_ROOM_LEN, err) != 0)
        return -1;
    FILE *f = fopen(path, "wx");        /* never over a class already made: its cards would stop working */
    if (!f)
        return errno == EEXIST ? error_set(err, ERR_USAGE, _("%s: a class is there already (its cards were printed): "
                                                             "choose another --out"), path), -1
                               : error_set(err, ERR_USAGE, "%s: %s", path, strerror(errno)), -1;
    fprintf(f, "%s\nroom %s\nsilent pass\nweek 1\ntimer-left -1\n", CLASS_MAGIC, room);
    int rc = 0;
    for (int a = 0; a < ACTOR_COUNT && rc == 0; a++) {
        rc = class_new_token(token[a], err) == 0 && rl_hash_secret(token[a], hash, err) == 0 ? 0 : -1;
        fprintf(f, "team %s %s\ndraft %s\n", actor_name((Actor)a), hash, actor_name((Actor)a));
    }
    if (fclose(f) != 0 && rc == 0)
        rc = (error_set(err, ERR_DATA, _("%s: cannot write: %s"), path, strerror(errno)), -1);
    return rc;
}
