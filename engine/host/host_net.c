/* The host's network side, on libwebsockets: the team page's files over
 * HTTP (from memory, host_files.c), and one WebSocket per page
 * (sub-protocol "redline.v1"). Each message is size-capped while it
 * arrives, rate-limited per page, and handed whole to host_team.c;
 * answers wait in a short queue per page until it can take them. The
 * host's commands from other threads arrive here too (lws_cancel_service
 * wakes the loop; host.c runs them). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "host_impl.h"

typedef struct HttpState {
    const StaticFile *file;
} HttpState;

/* Headers that keep the page to itself: no other origin's scripts, no
 * framing, no guessing of types, nothing cached or referred. */
static int security_headers(struct lws *wsi, unsigned char **p, unsigned char *end)
{
    static const struct { const char *name, *value; } headers[] = {
        { "cache-control:", "no-store" },
        { "x-content-type-options:", "nosniff" },
        { "x-frame-options:", "DENY" },
        { "referrer-policy:", "no-referrer" },
        { "content-security-policy:", "default-src 'self'; connect-src 'self'; img-src 'self' data:; "
                                      "frame-ancestors 'none'; form-action 'none'" },
    };
    for (size_t i = 0; i < sizeof headers / sizeof *headers; i++)
        if (lws_add_http_header_by_name(wsi, (const unsigned char *)headers[i].name,
                                        (const unsigned char *)headers[i].value, (int)strlen(headers[i].value), p,
                                        end))
            return -1;
    return 0;
}

static int serve_file(struct lws *wsi, Host *h, HttpState *st, const char *uri)
{
    const StaticFile *f = files_find(h, uri);
    if (!f) {
        if (lws_return_http_status(wsi, HTTP_STATUS_NOT_FOUND, NULL))
            return -1;
        return lws_http_transaction_completed(wsi) ? -1 : 0;
    }
    unsigned char buf[LWS_PRE + 2048], *start = buf + LWS_PRE, *p = start, *end = buf + sizeof buf - 1;
    if (lws_add_http_common_headers(wsi, HTTP_STATUS_OK, f->mime, f->len, &p, end) ||
        security_headers(wsi, &p, end) || lws_finalize_write_http_header(wsi, start, &p, end))
        return -1;
    st->file = f;
    lws_callback_on_writable(wsi);
    return 0;
}

static int callback_http(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in, size_t len)
{
    Host *h = lws_context_user(lws_get_context(wsi));
    HttpState *st = user;
    switch (reason) {
    case LWS_CALLBACK_HTTP:
        return serve_file(wsi, h, st, in ? (const char *)in : "");
    case LWS_CALLBACK_HTTP_WRITEABLE:
        if (!st || !st->file)
            break;
        if (lws_write(wsi, st->file->data + LWS_PRE, st->file->len, LWS_WRITE_HTTP_FINAL) != (int)st->file->len)
            return -1;
        st->file = NULL;
        return lws_http_transaction_completed(wsi) ? -1 : 0;
    case LWS_CALLBACK_EVENT_WAIT_CANCELLED:
        host_run_command(h);
        class_release(h);
        break;
    default:
        break;
    }
    return lws_callback_http_dummy(wsi, reason, user, in, len);
}

void net_send(Conn *c, const char *text)
{
    size_t n = strlen(text);
    if (c->nout == OUT_QUEUE) {     /* a page that takes nothing in: it rejoins and gets its state afresh */
        lws_set_timeout(c->wsi, PENDING_TIMEOUT_CLOSE_SEND, LWS_TO_KILL_ASYNC);
        return;
    }
    char *buf = malloc(LWS_PRE + n);
    if (!buf)
        return;
    c->hold = class_generation_needed(c->host);
    memcpy(buf + LWS_PRE, text, n);
    int slot = (c->first + c->nout++) % OUT_QUEUE;
    c->out[slot] = buf;
    c->outlen[slot] = n;
    lws_callback_on_writable(c->wsi);
}

/* One more message from this page: false if it is sending faster than
 * RATE_PER_S a second (after a burst of RATE_BURST). */
static bool within_rate(Conn *c)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double dt = (double)(now.tv_sec - c->refill.tv_sec) + (double)(now.tv_nsec - c->refill.tv_nsec) / 1e9;
    c->refill = now;
    c->tokens += dt * RATE_PER_S;
    if (c->tokens > RATE_BURST)
        c->tokens = RATE_BURST;
    c->tokens -= 1;
    return c->tokens >= 0;
}

static int receive(Host *h, Conn *c, struct lws *wsi, const char *in, size_t len)
{
    if (!c->too_big && c->nin + len <= NET_MAX_FRAME) {
        char *grown = realloc(c->in, c->nin + len + 1);
        if (!grown)
            return -1;
        c->in = grown;
        memcpy(c->in + c->nin, in, len);
        c->nin += len;
    } else {
        c->too_big = true;
    }
    if (!lws_is_final_fragment(wsi) || lws_remaining_packet_payload(wsi) > 0)
        return 0;
    char *text = c->in;
    size_t n = c->nin;
    bool too_big = c->too_big;
    c->in = NULL;
    c->nin = 0;
    c->too_big = false;
    int rc = 0;
    if (c->dropping) {
        /* nothing more is read from it */
    } else if (!within_rate(c)) {
        h->refused++;
        if (c->tokens <= -RATE_BURST) {
            c->dropping = true;     /* a page that does not slow down is dropped, once told */
            net_send(c, "{\"v\":1,\"type\":\"error\",\"code\":\"too_fast\",\"message\":\"far too many messages: "
                        "this page is disconnected (reload it)\"}");
        } else if (!c->warned) {
            c->warned = true;
            net_send(c, "{\"v\":1,\"type\":\"error\",\"code\":\"too_fast\",\"message\":\"too many messages: slow down\"}");
        }
    } else if (too_big || lws_frame_is_binary(wsi)) {
        c->warned = false;
        h->refused++;
        net_send(c, "{\"v\":1,\"type\":\"error\",\"code\":\"too_big\",\"message\":\"a message is text, at most "
                    "4096 bytes (a hand-in: 64 KB of script)\"}");
    } else {
        c->warned = false;
        team_message(h, c, text, n);
    }
    free(text);
    return rc;
}

static int writeable(Host *h, Conn *c)
{
    if (c->hold > atomic_load(&h->written))
        return 0;               /* after the change is on the disk (class_release asks again) */
    if (c->nout > 0) {
        int slot = c->first;
        int rc = lws_write(c->wsi, (unsigned char *)c->out[slot] + LWS_PRE, c->outlen[slot], LWS_WRITE_TEXT);
        free(c->out[slot]);
        c->first = (c->first + 1) % OUT_QUEUE;
        c->nout--;
        if (rc < 0)
            return -1;
        if (c->dropping && c->nout == 0)     /* told: closed in a second, its input read and ignored till then */
            lws_set_timeout(c->wsi, PENDING_TIMEOUT_USER_OK, 1);
    } else if (c->want_state && c->team >= 0 && !c->dropping) {
        c->want_state = false;
        const char *text = team_state_text(h, (Actor)c->team);
        if (text)
            net_send(c, text);
    }
    if (c->nout > 0 || (c->want_state && c->team >= 0))
        lws_callback_on_writable(c->wsi);
    return 0;
}

static Conn *conn_new(Host *h, struct lws *wsi)
{
    for (int i = 0; i < MAX_CONNS; i++)
        if (!h->conn[i]) {
            Conn *c = calloc(1, sizeof *c);
            if (!c)
                return NULL;
            c->wsi = wsi;
            c->host = h;
            c->team = -1;
            c->tokens = RATE_BURST;
            clock_gettime(CLOCK_MONOTONIC, &c->refill);
            lws_get_peer_simple(wsi, c->peer, sizeof c->peer);
            return h->conn[i] = c;
        }
    return NULL;
}

static void conn_free(Host *h, Conn *c)
{
    for (int i = 0; i < MAX_CONNS; i++)
        if (h->conn[i] == c)
            h->conn[i] = NULL;
    for (int k = 0; k < c->nout; k++)
        free(c->out[(c->first + k) % OUT_QUEUE]);
    free(c->in);
    free(c);
}

static int callback_team(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in, size_t len)
{
    Host *h = lws_context_user(lws_get_context(wsi));
    Conn **slot = user, *c = slot ? *slot : NULL;
    switch (reason) {
    case LWS_CALLBACK_ESTABLISHED:
        if (!(*slot = conn_new(h, wsi)))
            return -1;          /* the host is full */
        break;
    case LWS_CALLBACK_RECEIVE:
        return c ? receive(h, c, wsi, in, len) : -1;
    case LWS_CALLBACK_SERVER_WRITEABLE:
        return c ? writeable(h, c) : 0;
    case LWS_CALLBACK_CLOSED:
        if (c) {
            team_left(h, c);
            conn_free(h, c);
            *slot = NULL;
        }
        break;
    default:
        break;
    }
    return 0;
}

static const struct lws_protocols protocols[] = {
    { "http", callback_http, sizeof(HttpState), 0, 0, NULL, 0 },
    { "redline.v1", callback_team, sizeof(Conn *), 4096, 0, NULL, 0 },
    { NULL, NULL, 0, 0, 0, NULL, 0 },
};

static void log_line(int level, const char *line)
{
    (void)level;
    fprintf(stderr, "redline host: %s", line);
}

/* Whether an IPv4 address's port is taken: asked before libwebsockets is,
 * whose failed start leaks and logs to the terminal (and the window tries
 * 8080 first, then any free port). */
static bool port_taken(const char *bind_to, int port)
{
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), on = 1;
    if (fd < 0 || inet_pton(AF_INET, bind_to, &a.sin_addr) != 1) {
        if (fd >= 0)
            close(fd);
        return false;               /* not IPv4, or no socket: libwebsockets says */
    }
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);     /* as libwebsockets binds */
    bool taken = bind(fd, (struct sockaddr *)&a, sizeof a) != 0;
    close(fd);
    return taken;
}

int net_start(Host *h, Error *err)
{
    lws_set_log_level(LLL_ERR, log_line);
    struct lws_context_creation_info info;
    memset(&info, 0, sizeof info);
    info.port = h->cfg.port;
    bool any = strcmp(h->bind, "0.0.0.0") == 0 || strcmp(h->bind, "*") == 0;
    info.iface = any ? NULL : h->bind;
    info.protocols = protocols;
    info.user = h;
    info.options = LWS_SERVER_OPTION_VALIDATE_UTF8 | (strchr(h->bind, ':') ? 0 : LWS_SERVER_OPTION_DISABLE_IPV6);
    info.timeout_secs = 20;
    info.ka_time = 30;              /* a page gone without a word (Wi-Fi lost) is noticed */
    info.ka_probes = 3;
    info.ka_interval = 5;
    h->lws = h->cfg.port != 0 && port_taken(any ? "0.0.0.0" : h->bind, h->cfg.port) ? NULL : lws_create_context(&info);
    if (!h->lws)
        return error_set(err, ERR_USAGE, _("cannot listen on %s port %d (in use, or not this computer's address?)"),
                         h->bind, h->cfg.port), -1;
    h->port = lws_get_vhost_listen_port(lws_get_vhost_by_name(h->lws, "default"));
    return 0;
}

void net_stop(Host *h)
{
    if (h->lws)
        lws_context_destroy(h->lws);
    h->lws = NULL;
    for (int i = 0; i < MAX_CONNS; i++)
        if (h->conn[i])
            conn_free(h, h->conn[i]);
}
