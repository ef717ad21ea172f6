#include "save.h"
#include "save_parts.h"

#include <cjson/cJSON.h>
#include <inttypes.h>
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void hex64(uint64_t x, char out[17])
{
    snprintf(out, 17, "%016" PRIx64, x);
}

static uint64_t document_checksum(cJSON *doc)
{
    char *text = cJSON_PrintUnformatted(doc);
    uint64_t h = text ? hash_bytes(0, text, strlen(text)) : 0;
    cJSON_free(text);
    return h;
}

static cJSON *orders_to_json(const Session *s)
{
    const Game *g = &s->game;
    cJSON *list = cJSON_CreateArray();
    for (int t = 0; t < g->history.nturns; t++) {
        const TurnRecord *rec = &g->history.turns[t];
        for (int i = 0; i < rec->norders; i++) {
            const Order *o = &g->history.orders[rec->first_order + i];
            cJSON *item = cJSON_CreateObject();
            cJSON_AddNumberToObject(item, "turn", t + 1);
            cJSON_AddStringToObject(item, "actor", actor_name((Actor)o->actor));
            cJSON_AddStringToObject(item, "action", g->catalogue->actions[o->action].id);
            cJSON *rules = cJSON_AddArrayToObject(item, "rules");
            for (int k = 0; k < o->nrules; k++)
                cJSON_AddItemToArray(rules, cJSON_CreateString(g->rulebook->rules[o->rules[k]].id));
            cJSON_AddItemToArray(list, item);
        }
    }
    return list;
}

/* ---- mods and their state (world.state(): save_state.c) ------------------- */

static int mods_to_json(const Session *s, cJSON *doc, bool strict, Error *err)
{
    cJSON *mods = cJSON_AddArrayToObject(doc, "mods");
    for (int i = 0; i < s->mods.count; i++) {
        cJSON *mod = cJSON_CreateObject();
        cJSON_AddStringToObject(mod, "name", s->mods.mod[i].name);
        cJSON_AddStringToObject(mod, "version", s->mods.mod[i].version);
        cJSON_AddItemToArray(mods, mod);
    }
    cJSON *state = save_state_to_json(s, strict, err);
    if (!state)
        return -1;
    cJSON_AddItemToObject(doc, "mod_state", state);
    return 0;
}

/* "example 1.0, press 1.0", or "none". */
static void mod_list(cJSON *mods, char *out, size_t size)
{
    snprintf(out, size, "none");
    size_t used = 0;
    cJSON *mod;
    cJSON_ArrayForEach(mod, mods) {
        cJSON *name = cJSON_GetObjectItemCaseSensitive(mod, "name"), *version = cJSON_GetObjectItemCaseSensitive(mod, "version");
        if (cJSON_IsString(name) && cJSON_IsString(version))
            used += (size_t)snprintf(out + used, used < size ? size - used : 0, "%s%s %s", used ? ", " : "",
                                     name->valuestring, version->valuestring);
    }
}

/* A save made with other mods than the game now has: say so, since that is
 * the likeliest reason it cannot be replayed. */
static void note_mods(cJSON *doc, const ModSet *now, Error *err)
{
    cJSON *saved = cJSON_GetObjectItemCaseSensitive(doc, "mods");
    if (!cJSON_IsArray(saved))
        return;
    char was[300], is[300] = "none";
    mod_list(saved, was, sizeof was);
    for (int i = 0, used = 0; now && i < now->count; i++)
        used += snprintf(is + used, used < (int)sizeof is ? sizeof is - (size_t)used : 0, "%s%s %s", i ? ", " : "",
                         now->mod[i].name, now->mod[i].version);
    size_t used = strlen(err->msg);
    if (strcmp(was, is) != 0)
        snprintf(err->msg + used, sizeof err->msg - used, " (saved with mods: %s; now: %s)", was, is);
}

static const char *string_field(cJSON *doc, const char *key);

static cJSON *interventions_to_json(const History *h)
{
    cJSON *list = cJSON_CreateArray();
    for (int i = 0; i < h->ninterventions; i++) {
        const Intervention *iv = &h->interventions[i];
        cJSON *item = cJSON_CreateObject();
        cJSON_AddNumberToObject(item, "turn", iv->turn);
        cJSON_AddStringToObject(item, "kind", intervention_name(iv->kind));
        cJSON_AddStringToObject(item, "text", iv->text);
        cJSON_AddStringToObject(item, "reason", iv->reason);
        cJSON *effects = cJSON_AddArrayToObject(item, "effects");
        for (int k = 0; k < iv->neff; k++) {
            cJSON *e = cJSON_CreateObject();
            cJSON_AddStringToObject(e, "var", var_info[iv->eff[k].var].name);
            cJSON_AddStringToObject(e, "op", effect_op_name(iv->eff[k].op));
            cJSON_AddNumberToObject(e, "value", iv->eff[k].value);
            cJSON_AddNumberToObject(e, "sd", iv->eff[k].sd);
            cJSON_AddItemToArray(effects, e);
        }
        cJSON_AddItemToArray(list, item);
    }
    return list;
}

/* One intervention of a save's log; false if it is not understood. */
static bool intervention_from_json(cJSON *item, Intervention *iv)
{
    cJSON *turn = cJSON_GetObjectItemCaseSensitive(item, "turn");
    const char *kind = string_field(item, "kind"), *text = string_field(item, "text");
    const char *reason = string_field(item, "reason");
    cJSON *effects = cJSON_GetObjectItemCaseSensitive(item, "effects");
    *iv = (Intervention){ .kind = kind ? intervention_find(kind) : -1 };
    if (!cJSON_IsNumber(turn) || (int)iv->kind < 0 || !text || cJSON_GetArraySize(effects) > MAX_EFFECTS)
        return false;
    iv->turn = turn->valueint;
    snprintf(iv->text, sizeof iv->text, "%s", text);
    snprintf(iv->reason, sizeof iv->reason, "%s", reason ? reason : "");
    cJSON *e;
    cJSON_ArrayForEach(e, effects) {
        const char *var = string_field(e, "var"), *op = string_field(e, "op");
        cJSON *value = cJSON_GetObjectItemCaseSensitive(e, "value"), *sd = cJSON_GetObjectItemCaseSensitive(e, "sd");
        int v = var ? var_find(var) : -1, o = op ? effect_op_find(op) : -1;
        if (v < 0 || o < 0 || o == EFF_INTEL || !cJSON_IsNumber(value) || !cJSON_IsNumber(sd))
            return false;
        iv->eff[iv->neff++] = (Effect){ (Var)v, (EffectOp)o, value->valuedouble, sd->valuedouble };
    }
    return true;
}

/* Apply the save's interventions made when `turn` turns had been resolved,
 * in the order they were made. */
static int replay_interventions(Session *s, cJSON *doc, int turn, const char *path, Error *err)
{
    cJSON *item;
    int n = 0;
    cJSON_ArrayForEach(item, cJSON_GetObjectItemCaseSensitive(doc, "interventions")) {
        n++;
        Intervention iv;
        if (!intervention_from_json(item, &iv))
            return error_set(err, ERR_DATA, _("%s: intervention %d of the log is not understood"), path, n), -1;
        if (iv.turn == turn && game_intervene(&s->game, &iv) != 0)
            return error_set(err, ERR_INTERNAL, _("out of memory")), -1;
    }
    return 0;
}

/* The save of s as JSON. strict (a save on disk): refused (NULL and err)
 * if it holds what the reader would refuse. */
static cJSON *save_document(const Session *s, bool strict, Error *err)
{
    const Game *g = &s->game;
    char buf[32];
    cJSON *doc = cJSON_CreateObject();
    cJSON_AddStringToObject(doc, "game", "redline");
    cJSON_AddNumberToObject(doc, "format", SAVE_FORMAT);
    cJSON_AddStringToObject(doc, "scenario", s->scenario.id);
    cJSON_AddNumberToObject(doc, "scenario_version", s->scenario.version);
    snprintf(buf, sizeof buf, "%" PRIu64, g->seed);
    cJSON_AddStringToObject(doc, "seed", buf);
    cJSON_AddNumberToObject(doc, "turns", s->scenario.turns);
    cJSON_AddNumberToObject(doc, "turn", g->world.turn);
    cJSON *human = cJSON_AddArrayToObject(doc, "human");
    cJSON *scripts = cJSON_AddObjectToObject(doc, "scripts");
    for (int a = 0; a < ACTOR_COUNT; a++) {
        if (s->human[a])
            cJSON_AddItemToArray(human, cJSON_CreateString(actor_name((Actor)a)));
        char def[64];
        snprintf(def, sizeof def, "scripts/actors/%s.lua", actor_name((Actor)a));
        if (strcmp(def, s->script_path[a]) != 0)
            cJSON_AddStringToObject(scripts, actor_name((Actor)a), s->script_path[a]);
    }
    /* the team names the teacher typed for the human roles (none: no object) */
    cJSON *teams = NULL;
    for (int a = 0; a < ACTOR_COUNT; a++)
        if (s->human[a] && s->team[a][0]) {
            if (!teams)
                teams = cJSON_AddObjectToObject(doc, "teams");
            cJSON_AddStringToObject(teams, actor_name((Actor)a), s->team[a]);
        }
    if (s->timer_s > 0 || s->pin_hash[0]) {
        cJSON *room = cJSON_AddObjectToObject(doc, "classroom");
        if (s->timer_s > 0)
            cJSON_AddNumberToObject(room, "timer_s", s->timer_s);
        if (s->pin_hash[0])
            cJSON_AddStringToObject(room, "pin_hash", s->pin_hash);
    }
    cJSON_AddItemToObject(doc, "orders", orders_to_json(s));
    cJSON_AddItemToObject(doc, "interventions", interventions_to_json(&g->history));
    if (mods_to_json(s, doc, strict, err) != 0) {
        cJSON_Delete(doc);
        return NULL;
    }
    cJSON *hashes = cJSON_AddArrayToObject(doc, "hashes");
    for (int t = 0; t < g->history.nturns; t++) {
        hex64(g->history.turns[t].hash, buf);
        cJSON_AddItemToArray(hashes, cJSON_CreateString(buf));
    }
    cJSON *state = cJSON_AddObjectToObject(doc, "state");
    for (int v = 0; v < VAR_COUNT; v++)
        cJSON_AddNumberToObject(state, var_info[v].name, g->world.v[v]);
    hex64(world_hash(&g->world), buf);
    cJSON_AddStringToObject(doc, "state_hash", buf);
    hex64(document_checksum(doc), buf);
    cJSON_AddStringToObject(doc, "checksum", buf);
    return doc;
}

/* The text of s's save, or NULL and err (naming path) if it holds what the
 * reader would refuse. */
static char *save_text(const Session *s, const char *path, Error *err)
{
    cJSON *doc = save_document(s, true, err);
    if (!doc) {
        char why[sizeof err->msg];
        snprintf(why, sizeof why, "%s", err->msg);
        return error_set(err, ERR_DATA, "%s: %s", path, why), NULL;
    }
    char *text = cJSON_Print(doc);
    cJSON_Delete(doc);
    size_t len = text ? strlen(text) : 0;
    if (!text)
        error_set(err, ERR_INTERNAL, _("%s: out of memory"), path);
    else if (len >= SAVE_MAX_BYTES)
        error_set(err, ERR_DATA, ngettext("%s: not saved: the save would be %zu MB, more than the %d MB a save may be (is a mod keeping "
                           "too much in world.state()?)",
                           "%s: not saved: the save would be %zu MB, more than the %d MB a save may be (is a mod keeping "
                           "too much in world.state()?)", SAVE_MAX_BYTES >> 20), path, len >> 20, SAVE_MAX_BYTES >> 20);
    else if (!sandbox_utf8_valid(text, len))
        error_set(err, ERR_DATA, _("%s: not saved: the save would not be valid UTF-8"), path);
    else
        return text;
    cJSON_free(text);
    return NULL;
}

/* Written whole or not at all (save_file.c): a crash leaves the old save or
 * the new one, never half of one; and nothing the reader would refuse is
 * written, so a save that was written can always be loaded. */
int save_write(const Session *s, const char *path, Error *err)
{
    char *text = save_text(s, path, err);
    if (!text)
        return -1;
    int rc = save_file_write(path, text, err);
    cJSON_free(text);
    return rc;
}

static void autosave_name(const char *dir, int age, char *out, size_t size)
{
    if (age == 0)
        snprintf(out, size, "%s/autosave.json", dir);
    else
        snprintf(out, size, "%s/autosave-%d.json", dir, age);
}

/* A save that cannot be written moves no older autosave: they stay as they
 * were, the last one written still autosave.json. */
int save_autosave(const Session *s, const char *dir, Error *err)
{
    char from[1100], to[1100];
    autosave_name(dir, 0, from, sizeof from);
    char *text = save_text(s, from, err);
    if (!text)
        return -1;
    for (int age = AUTOSAVES - 1; age >= 2; age--) {
        autosave_name(dir, age - 1, from, sizeof from);
        autosave_name(dir, age, to, sizeof to);
        rename(from, to);           /* a missing older autosave is fine */
    }
    autosave_name(dir, 0, from, sizeof from);
    autosave_name(dir, 1, to, sizeof to);
    remove(to);
    link(from, to);                 /* the old save stays in place until the new one replaces it */
    int rc = save_file_write(from, text, err);
    cJSON_free(text);
    return rc;
}

static const char *string_field(cJSON *doc, const char *key)
{
    cJSON *item = cJSON_GetObjectItemCaseSensitive(doc, key);
    return cJSON_IsString(item) ? item->valuestring : NULL;
}

static cJSON *read_document(const char *path, Error *err)
{
    char *text = save_file_read(path, err);
    if (!text)
        return NULL;
    cJSON *doc = cJSON_Parse(text);
    if (!doc) {
        int line = 1;
        for (const char *c = text; c < cJSON_GetErrorPtr() && *c; c++)
            line += *c == '\n';
        error_set(err, ERR_DATA, _("%s:%d: not a valid save (broken JSON)"), path, line);
    }
    free(text);
    return doc;
}

static int check_document(cJSON *doc, const char *path, Error *err)
{
    const char *game = string_field(doc, "game");
    cJSON *format = cJSON_GetObjectItemCaseSensitive(doc, "format");
    const char *sum = string_field(doc, "checksum");
    if (!game || strcmp(game, "redline") != 0 || !cJSON_IsNumber(format) || !sum)
        return error_set(err, ERR_DATA, _("%s: not a Red Line save"), path), -1;
    if (format->valuedouble != SAVE_FORMAT)
        return error_set(err, ERR_DATA, _("%s: save format %g, this version reads format %d"), path,
                         format->valuedouble, SAVE_FORMAT), -1;
    char want[17];
    snprintf(want, sizeof want, "%s", sum);
    cJSON_DeleteItemFromObjectCaseSensitive(doc, "checksum");
    char got[17];
    hex64(document_checksum(doc), got);
    if (strcmp(want, got) != 0)
        return error_set(err, ERR_DATA, _("%s: the checksum does not match: the save is damaged or was edited"), path), -1;
    return 0;
}

/* The save's order log, flattened into what the session replays. */
typedef struct Replay {
    Order *orders;
    int *turns;
    int n;
} Replay;

/* The save's order log: every order on a turn played (1..played), at most
 * MAX_ORDERS an actor a turn, as the game records them; anything else is
 * not something the replay would use, and is refused. */
static int read_orders(const Session *s, cJSON *doc, int played, Replay *r, const char *path, Error *err)
{
    cJSON *orders = cJSON_GetObjectItemCaseSensitive(doc, "orders");
    int n = cJSON_GetArraySize(orders);
    if (!cJSON_IsArray(orders) || n > played * ACTOR_COUNT * MAX_ORDERS)
        return error_set(err, ERR_DATA, cJSON_IsArray(orders) ? _("%s: more orders in the log than the turns played "
                         "could have") : _("%s: no order log"), path), -1;
    r->orders = calloc((size_t)n + 1, sizeof *r->orders);
    r->turns = calloc((size_t)n + 1, sizeof *r->turns);
    unsigned char *given = calloc((size_t)played * ACTOR_COUNT + 1, 1);
    if (!r->orders || !r->turns || !given)
        return free(given), error_set(err, ERR_INTERNAL, _("out of memory")), -1;
    cJSON *item;
    cJSON_ArrayForEach(item, orders) {
        cJSON *turn = cJSON_GetObjectItemCaseSensitive(item, "turn");
        const char *actor = string_field(item, "actor"), *action = string_field(item, "action");
        int a = actor ? actor_find(actor) : -1;
        int act = action ? catalogue_find(&s->catalogue, action) : -1;
        bool in_game = cJSON_IsNumber(turn) && turn->valuedouble >= 1 && turn->valuedouble <= played &&
                       turn->valuedouble == turn->valueint;
        if (!in_game || a < 0 || act < 0 || cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(item, "rules")) >
            MAX_ORDER_RULES || ++given[(turn->valueint - 1) * ACTOR_COUNT + a] > MAX_ORDERS) {
            free(given);
            return error_set(err, ERR_DATA, _("%s: order %d of the log is not understood (action '%.40s')"), path,
                             r->n + 1, action ? action : "?"), -1;
        }
        Order *o = &r->orders[r->n];
        *o = (Order){ .actor = (uint8_t)a, .action = (uint16_t)act };
        cJSON *rule;
        cJSON_ArrayForEach(rule, cJSON_GetObjectItemCaseSensitive(item, "rules")) {
            int k = cJSON_IsString(rule) ? rulebook_find(&s->rulebook, rule->valuestring) : -1;
            if (k >= 0 && o->nrules < MAX_ORDER_RULES)
                o->rules[o->nrules++] = (uint16_t)k;
        }
        r->turns[r->n++] = turn->valueint;
    }
    free(given);
    return 0;
}

/* The classroom's settings (the timer, the hashed PIN), if the save has them. */
static int read_classroom(Session *s, cJSON *doc, const char *path, Error *err)
{
    cJSON *room = cJSON_GetObjectItemCaseSensitive(doc, "classroom");
    if (!room)
        return 0;
    cJSON *timer = cJSON_GetObjectItemCaseSensitive(room, "timer_s");
    cJSON *pin = cJSON_GetObjectItemCaseSensitive(room, "pin_hash");
    bool timer_ok = !timer || (cJSON_IsNumber(timer) && timer->valuedouble >= 0 && timer->valuedouble <= MAX_TIMER_S);
    bool pin_ok = !pin || (cJSON_IsString(pin) && pin->valuestring[0] == '$' &&
                           strlen(pin->valuestring) < sizeof s->pin_hash);
    if (!cJSON_IsObject(room) || !timer_ok || !pin_ok)
        return error_set(err, ERR_DATA, _("%s: the classroom settings (timer_s, pin_hash) are not understood"), path),
               -1;
    s->timer_s = timer ? timer->valueint : 0;
    snprintf(s->pin_hash, sizeof s->pin_hash, "%s", pin ? pin->valuestring : "");
    return 0;
}

static Session *replay_document(cJSON *doc, const char *path, const char *root, const ModSet *mods,
                                const SessionConfig *extra, int stop, bool from_file, Error *err)
{
    SessionConfig cfg = extra ? *extra : (SessionConfig){ 0 };
    cfg.root = root;
    if (mods)
        cfg.mods = mods;
    cfg.scenario = string_field(doc, "scenario");
    const char *seed = string_field(doc, "seed");
    cJSON *turns = cJSON_GetObjectItemCaseSensitive(doc, "turns");
    cJSON *turn = cJSON_GetObjectItemCaseSensitive(doc, "turn");
    const char *hash = string_field(doc, "state_hash");
    if (!cfg.scenario || !seed || !cJSON_IsNumber(turns) || !cJSON_IsNumber(turn) || !hash)
        return error_set(err, ERR_DATA, _("%s: the save lacks scenario, seed, turn or state_hash"), path), NULL;
    if (turns->valuedouble < 1 || turns->valuedouble > MAX_TURNS || turn->valuedouble < 0 ||
        turn->valuedouble > turns->valuedouble)
        return error_set(err, ERR_DATA, ngettext("%s: turn %g of %g turns is not a game this version can hold (at most %d turn)",
                                  "%s: turn %g of %g turns is not a game this version can hold (at most %d turns)",
                                  MAX_TURNS), path, turn->valuedouble, turns->valuedouble, MAX_TURNS), NULL;
    cfg.seed = strtoull(seed, NULL, 10);
    cfg.turns = turns->valueint;
    cJSON *human;
    if (!extra)
        cJSON_ArrayForEach(human, cJSON_GetObjectItemCaseSensitive(doc, "human"))
            if (cJSON_IsString(human) && actor_find(human->valuestring) >= 0)
                cfg.human[actor_find(human->valuestring)] = true;
    /* team names: the caller's, else the save's (for the roles humans play) */
    bool named = false;
    for (int a = 0; a < ACTOR_COUNT; a++)
        named |= cfg.team[a] != NULL;
    cJSON *team;
    if (!named)
        cJSON_ArrayForEach(team, cJSON_GetObjectItemCaseSensitive(doc, "teams")) {
            int a = team->string ? actor_find(team->string) : -1;
            if (a >= 0 && cJSON_IsString(team))
                cfg.team[a] = team->valuestring;
        }
    cJSON *script;
    cJSON_ArrayForEach(script, cJSON_GetObjectItemCaseSensitive(doc, "scripts")) {
        int a = script->string ? actor_find(script->string) : -1;
        if (a < 0 || !cJSON_IsString(script))
            return error_set(err, ERR_DATA, _("%s: the save's scripts are not understood"), path), NULL;
        if (cfg.script[a])
            continue;
        if (from_file && save_check_script(root, cfg.mods, script->valuestring, (Actor)a, path, err) != 0)
            return NULL;
        cfg.script[a] = script->valuestring;
    }
    if (save_check_log(doc, turn->valueint, path, err) != 0)
        return NULL;
    Session *s = session_open(&cfg, err);
    if (!s) {
        char why[sizeof err->msg];
        snprintf(why, sizeof why, "%s", err->msg);
        error_set(err, ERR_DATA, "%s: %s", path, why);
        note_mods(doc, cfg.mods, err);
        return NULL;
    }
    cJSON *version = cJSON_GetObjectItemCaseSensitive(doc, "scenario_version");
    Replay r = { 0 };
    int rc = -1;
    if (!cJSON_IsNumber(version) || version->valueint != s->scenario.version)
        error_set(err, ERR_DATA, _("%s: saved with version %d of scenario '%s'; this is version %d"), path,
                  cJSON_IsNumber(version) ? version->valueint : 0, s->scenario.id, s->scenario.version);
    else if (read_classroom(s, doc, path, err) == 0 && read_orders(s, doc, turn->valueint, &r, path, err) == 0)
        rc = 0;
    s->replay = r.orders;
    s->replay_turn = r.turns;
    s->nreplay = r.n;
    int until = stop >= 0 && stop < turn->valueint ? stop : turn->valueint;
    s->replay_until = until;
    cJSON *hashes = cJSON_GetObjectItemCaseSensitive(doc, "hashes");
    char got[17];
    while (rc == 0 && s->game.world.turn < until && !session_over(s)) {
        if (replay_interventions(s, doc, s->game.world.turn, path, err) != 0) {
            rc = -1;
            break;
        }
        session_step(s);
        /* A replay that parts from the recording is caught on the turn it happens. */
        cJSON *want = cJSON_GetArrayItem(hashes, s->game.world.turn - 1);
        hex64(s->game.history.turns[s->game.history.nturns - 1].hash, got);
        if (cJSON_IsString(want) && strcmp(want->valuestring, got) != 0) {
            error_set(err, ERR_DATA, _("%s: the replay first differs from the recording at turn %d (hash %s, saved %s)"),
                      path, s->game.world.turn, got, want->valuestring);
            rc = -1;
        }
    }
    if (rc == 0 && until == turn->valueint && replay_interventions(s, doc, until, path, err) != 0)
        rc = -1;
    hex64(world_hash(&s->game.world), got);
    if (rc == 0 && until == turn->valueint && (s->game.world.turn != until || strcmp(got, hash) != 0)) {
        error_set(err, ERR_DATA, _("%s: replaying the orders does not reach the saved state (turn %d, hash %s, "
                  "saved %s): the scripts or the engine changed"), path, s->game.world.turn, got, hash);
        rc = -1;
    }
    if (rc == 0 && until == turn->valueint && from_file && save_check_snapshots(s, doc, path, err) != 0)
        rc = -1;
    if (rc != 0)
        note_mods(doc, &s->mods, err);
    s->replay = NULL;
    s->replay_turn = NULL;
    s->nreplay = 0;
    s->replay_until = 0;
    free(r.orders);
    free(r.turns);
    if (rc != 0) {
        session_free(s);
        return NULL;
    }
    return s;
}

Session *save_load_at(const char *path, const char *root, const ModSet *mods, const SessionConfig *extra, int turn,
                      Error *err)
{
    cJSON *doc = read_document(path, err);
    if (!doc)
        return NULL;
    Session *s = check_document(doc, path, err) == 0 ? replay_document(doc, path, root, mods, extra, turn, true, err)
                                                      : NULL;
    cJSON_Delete(doc);
    return s;
}

/* A game's record, frozen: what a branch replays. Branches made from an
 * image need nothing of the game itself, so threads may share one. */
struct SaveImage {
    cJSON *doc;
    char root[512];
    int turn;
    SessionConfig keep;                     /* who played what, with which mods */
    char team[ACTOR_COUNT][TEAM_LEN];
    ModSet mods;
};

SaveImage *save_image(const Session *s)
{
    SaveImage *im = calloc(1, sizeof *im);
    Error err = { 0 };
    if (!im || !(im->doc = save_document(s, false, &err))) {
        free(im);
        return NULL;
    }
    snprintf(im->root, sizeof im->root, "%s", s->sb->root);
    im->turn = s->game.world.turn;
    im->keep.root = im->root;
    im->mods = s->mods;
    im->keep.mods = &im->mods;
    memcpy(im->keep.human, s->human, sizeof im->keep.human);
    for (int a = 0; a < ACTOR_COUNT; a++) {
        memcpy(im->team[a], s->team[a], sizeof im->team[a]);
        im->keep.team[a] = im->team[a][0] ? im->team[a] : NULL;
    }
    return im;
}

void save_image_free(SaveImage *im)
{
    if (im)
        cJSON_Delete(im->doc);
    free(im);
}

Session *save_image_branch(const SaveImage *im, int turn, const SessionConfig *extra, Error *err)
{
    if (turn < 0 || turn > im->turn)
        return error_set(err, ERR_USAGE, _("there is no turn %d to branch from (the game is at turn %d)"), turn,
                         im->turn), NULL;
    return replay_document(im->doc, "(the game so far)", im->root, &im->mods, extra ? extra : &im->keep, turn, false,
                           err);
}

Session *save_branch(const Session *s, int turn, const SessionConfig *extra, Error *err)
{
    SaveImage *im = save_image(s);
    if (!im)
        return error_set(err, ERR_INTERNAL, _("out of memory")), NULL;
    Session *branch = save_image_branch(im, turn, extra, err);
    save_image_free(im);
    return branch;
}

Session *save_rewind(const Session *s, int turn, Error *err)
{
    if (turn < 1 || turn > s->game.world.turn + 1)
        return error_set(err, ERR_USAGE, _("there is no turn %d to go back to (turn %d is next)"), turn,
                         s->game.world.turn + 1), NULL;
    Session *back = save_branch(s, turn - 1, NULL, err);
    if (!back)
        return NULL;
    Intervention iv = { .kind = IV_REWIND };
    snprintf(iv.text, sizeof iv.text, "The facilitator goes back to the start of turn %d.", turn);
    if (game_intervene(&back->game, &iv) != 0) {
        session_free(back);
        return error_set(err, ERR_INTERNAL, _("out of memory")), NULL;
    }
    return back;
}

Session *save_load(const char *path, const char *root, const SessionConfig *extra, Error *err)
{
    return save_load_at(path, root, extra ? extra->mods : NULL, extra, -1, err);
}

int save_summary(const char *path, SaveSummary *out, Error *err)
{
    memset(out, 0, sizeof *out);
    cJSON *doc = read_document(path, err);
    if (!doc)
        return -1;
    const char *scenario = string_field(doc, "scenario");
    cJSON *turn = cJSON_GetObjectItemCaseSensitive(doc, "turn");
    cJSON *turns = cJSON_GetObjectItemCaseSensitive(doc, "turns");
    int rc = 0;
    if (check_document(doc, path, err) != 0) {
        rc = -1;
    } else if (!scenario || !cJSON_IsNumber(turn) || !cJSON_IsNumber(turns)) {
        rc = (error_set(err, ERR_DATA, _("%s: the save lacks scenario, turn or turns"), path), -1);
    } else {
        snprintf(out->scenario, sizeof out->scenario, "%s", scenario);
        out->turn = turn->valueint;
        out->turns = turns->valueint;
        cJSON *item;
        cJSON_ArrayForEach(item, cJSON_GetObjectItemCaseSensitive(doc, "human")) {
            int a = cJSON_IsString(item) ? actor_find(item->valuestring) : -1;
            if (a >= 0)
                out->human[a] = true;
        }
        cJSON_ArrayForEach(item, cJSON_GetObjectItemCaseSensitive(doc, "teams")) {
            int a = item->string ? actor_find(item->string) : -1;
            if (a >= 0 && out->human[a] && cJSON_IsString(item))
                snprintf(out->team[a], sizeof out->team[a], "%s", item->valuestring);
        }
    }
    cJSON_Delete(doc);
    return rc;
}
