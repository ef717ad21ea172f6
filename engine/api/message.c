/* The front door: the classroom host's messages, read and validated. A
 * team's page sends JSON; the host (a face, which parses no JSON) hands the
 * bytes here and gets a checked NetMessage back, or a message naming the
 * field and what was expected. Strict on purpose: a message has exactly the
 * fields its type allows, each of the right kind and size, as
 * docs/network.schema.json says; anything else is refused whole. */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../redline.h"

static const char *const kind_names[NET_KINDS] = { "hello", "join", "draft", "send", "why", "handin" };

/* The fields each type allows besides "v", "type" and "seq"; required ones first. */
static const struct {
    const char *fields[4];
    int required;
} kind_fields[NET_KINDS] = {
    [NET_HELLO] = { { "room" }, 1 },
    [NET_JOIN] = { { "room", "team", "token" }, 2 },
    [NET_DRAFT] = { { "orders" }, 1 },
    [NET_SEND] = { { "orders" }, 1 },
    [NET_WHY] = { { "var", "turn" }, 2 },
    [NET_HANDIN] = { { "name", "script" }, 2 },
};

const char *rl_net_kind_name(NetKind k)
{
    return k >= 0 && k < NET_KINDS ? kind_names[k] : "?";
}

static bool all_in(const char *text, const char *alphabet)
{
    return strspn(text, alphabet) == strlen(text);
}

/* A string field of at most max bytes whose characters are all in alphabet. */
static int read_word(const cJSON *doc, const char *field, const char *alphabet, size_t min, size_t max, char *out,
                     Error *err)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(doc, field);
    if (!cJSON_IsString(item))
        return error_set(err, ERR_USAGE, _("\"%s\": expected a string"), field), -1;
    size_t n = strlen(item->valuestring);
    if (n < min || n > max || !all_in(item->valuestring, alphabet))
        return error_set(err, ERR_USAGE, _("\"%s\": expected %zu to %zu of [%s]"), field, min, max, alphabet), -1;
    memcpy(out, item->valuestring, n + 1);
    return 0;
}

#define ID_CHARS "abcdefghijklmnopqrstuvwxyz0123456789_"

static int read_orders(const cJSON *doc, NetMessage *m, Error *err)
{
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(doc, "orders"), *item;
    if (!cJSON_IsArray(list))
        return error_set(err, ERR_USAGE, _("\"orders\": expected a list of action ids")), -1;
    if (cJSON_GetArraySize(list) > MAX_ORDERS)
        return error_set(err, ERR_USAGE, ngettext("\"orders\": at most %d order a week", "\"orders\": at most %d orders a week", MAX_ORDERS), MAX_ORDERS), -1;
    cJSON_ArrayForEach(item, list) {
        size_t n = cJSON_IsString(item) ? strlen(item->valuestring) : 0;
        if (n == 0 || n >= ID_LEN || !all_in(item->valuestring, ID_CHARS))
            return error_set(err, ERR_USAGE, _("\"orders\"[%d]: expected an action id ([a-z0-9_], 1 to %d)"),
                             m->norders, ID_LEN - 1), -1;
        memcpy(m->orders[m->norders++], item->valuestring, n + 1);
    }
    return 0;
}

static int read_integer(const cJSON *doc, const char *field, double min, double max, double *out, Error *err)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(doc, field);
    if (!cJSON_IsNumber(item) || !isfinite(item->valuedouble) || item->valuedouble != floor(item->valuedouble) ||
        item->valuedouble < min || item->valuedouble > max)
        return error_set(err, ERR_USAGE, _("\"%s\": expected a whole number from %.0f to %.0f"), field, min, max), -1;
    *out = item->valuedouble;
    return 0;
}

static int read_name_of(const cJSON *doc, const char *field, int (*find)(const char *), int *out, Error *err)
{
    char name[ID_LEN];
    if (read_word(doc, field, ID_CHARS, 1, ID_LEN - 1, name, err) != 0)
        return -1;
    if ((*out = find(name)) < 0)
        return error_set(err, ERR_USAGE, _("\"%s\": there is no '%s'"), field, name), -1;
    return 0;
}

static int read_script(const cJSON *doc, NetMessage *m, Error *err)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(doc, "script");
    if (!cJSON_IsString(item))
        return error_set(err, ERR_USAGE, _("\"script\": expected the script's text")), -1;
    size_t n = strlen(item->valuestring);
    if (n == 0 || n > NET_MAX_SCRIPT)
        return error_set(err, ERR_USAGE, ngettext("\"script\": expected 1 to %d byte, not %zu", "\"script\": expected 1 to %d bytes, not %zu", NET_MAX_SCRIPT), NET_MAX_SCRIPT, n), -1;
    if (!(m->script = malloc(n + 1)))
        return error_set(err, ERR_INTERNAL, _("out of memory")), -1;
    memcpy(m->script, item->valuestring, n + 1);
    m->script_len = n;
    return 0;
}

/* Every field is one the type allows, none twice, the required ones there. */
static int check_fields(const cJSON *doc, NetKind kind, Error *err)
{
    int required = 0;
    for (const cJSON *f = doc->child; f; f = f->next) {
        for (const cJSON *g = doc->child; g != f; g = g->next)
            if (strcmp(f->string, g->string) == 0)
                return error_set(err, ERR_USAGE, _("\"%.40s\" given twice"), f->string), -1;
        if (strcmp(f->string, "v") == 0 || strcmp(f->string, "type") == 0 || strcmp(f->string, "seq") == 0)
            continue;
        int i = 0;
        while (i < 4 && kind_fields[kind].fields[i] && strcmp(f->string, kind_fields[kind].fields[i]) != 0)
            i++;
        if (i == 4 || !kind_fields[kind].fields[i])
            return error_set(err, ERR_USAGE, _("a %s message has no field \"%.40s\""), kind_names[kind], f->string), -1;
        required += i < kind_fields[kind].required;
    }
    if (required < kind_fields[kind].required)
        return error_set(err, ERR_USAGE, kind == NET_JOIN ? _("a join message needs \"room\" and \"team\"")
                         : kind == NET_WHY ? _("a why message needs \"var\" and \"turn\"")
                         : kind == NET_HANDIN ? _("a handin message needs \"name\" and \"script\"")
                         : _("a %s message needs %s"), kind_names[kind], kind_fields[kind].fields[0]), -1;
    return 0;
}

static int read_kind(const cJSON *doc, NetKind *kind, Error *err)
{
    double v;
    if (read_integer(doc, "v", 0, 1e9, &v, err) != 0)
        return -1;
    if (v != NET_VERSION)
        return error_set(err, ERR_USAGE, _("\"v\": this host speaks version %d, not %.0f"), NET_VERSION, v), -1;
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(doc, "type");
    for (int k = 0; k < NET_KINDS; k++)
        if (cJSON_IsString(type) && strcmp(type->valuestring, kind_names[k]) == 0)
            return *kind = (NetKind)k, 0;
    return error_set(err, ERR_USAGE, _("\"type\": expected hello, join, draft, send, why or handin")), -1;
}

static int read_fields(const cJSON *doc, NetMessage *m, Error *err)
{
    double x;
    if (cJSON_GetObjectItemCaseSensitive(doc, "seq")) {
        if (read_integer(doc, "seq", 0, 2147483647.0, &x, err) != 0)
            return -1;
        m->seq = (long)x;
    }
    switch (m->kind) {
    case NET_HELLO:
        return read_word(doc, "room", NET_CODE_ALPHABET, NET_ROOM_LEN, NET_ROOM_LEN, m->room, err);
    case NET_JOIN:
        if (read_word(doc, "room", NET_CODE_ALPHABET, NET_ROOM_LEN, NET_ROOM_LEN, m->room, err) != 0 ||
            read_name_of(doc, "team", actor_find, &m->actor, err) != 0)
            return -1;
        return cJSON_GetObjectItemCaseSensitive(doc, "token") ?
                   read_word(doc, "token", NET_CODE_ALPHABET, NET_TOKEN_LEN, NET_TOKEN_LEN, m->token, err) : 0;
    case NET_DRAFT:
    case NET_SEND:
        return read_orders(doc, m, err);
    case NET_WHY:
        if (read_name_of(doc, "var", var_find, &m->var, err) != 0 ||
            read_integer(doc, "turn", 1, MAX_TURNS, &x, err) != 0)
            return -1;
        m->turn = (int)x;
        return 0;
    case NET_HANDIN:
        if (read_word(doc, "name", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", 1,
                      sizeof m->name - 1, m->name, err) != 0)
            return -1;
        return read_script(doc, m, err);
    default:
        return error_set(err, ERR_INTERNAL, _("unknown message kind")), -1;
    }
}

int rl_message_parse(const char *text, size_t len, NetMessage *out, Error *err)
{
    memset(out, 0, sizeof *out);
    out->actor = -1;
    out->var = -1;
    if (len > NET_MAX_FRAME)
        return error_set(err, ERR_USAGE, ngettext("a message is at most %d byte, not %zu", "a message is at most %d bytes, not %zu", NET_MAX_FRAME), NET_MAX_FRAME, len), -1;
    if (memchr(text, '\0', len))
        return error_set(err, ERR_USAGE, _("a message is text: no NUL byte")), -1;
    const char *end = NULL;
    cJSON *doc = cJSON_ParseWithLengthOpts(text, len, &end, false);
    while (doc && end < text + len && strchr(" \t\r\n", *end))
        end++;
    if (!cJSON_IsObject(doc) || end != text + len) {       /* one object, nothing after it */
        cJSON_Delete(doc);
        return error_set(err, ERR_USAGE, _("a message is one JSON object")), -1;
    }
    int rc = read_kind(doc, &out->kind, err);
    if (rc == 0 && out->kind != NET_HANDIN && len > NET_MAX_MESSAGE)
        rc = (error_set(err, ERR_USAGE, ngettext("a %s message is at most %d byte", "a %s message is at most %d bytes", NET_MAX_MESSAGE), kind_names[out->kind], NET_MAX_MESSAGE), -1);
    if (rc == 0)
        rc = check_fields(doc, out->kind, err);
    if (rc == 0)
        rc = read_fields(doc, out, err);
    cJSON_Delete(doc);
    if (rc != 0)
        rl_message_free(out);
    return rc;
}

void rl_message_free(NetMessage *m)
{
    free(m->script);
    m->script = NULL;
    m->script_len = 0;
}
