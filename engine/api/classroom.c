/* The front door: the classroom -- teams, the facilitator's interventions,
 * the turn timer and the facilitator's PIN. */
#include <crypt.h>
#include <stdio.h>
#include <string.h>

#include "../redline.h"
#include "../script/session.h"
#include "../script/suggest.h"

int rl_inject(Session *s, int index, const char *reason, Error *err)
{
    return session_inject(s, index, reason, err);
}

int rl_inject_new(Session *s, const char *text, const char *const *effects, int n, const char *reason, Error *err)
{
    return session_inject_new(s, text, effects, n, reason, err);
}

int rl_set_var(Session *s, const char *var, double value, const char *reason, Error *err)
{
    return session_set_var(s, var, value, reason, err);
}

const char *rl_var_hint(const char *name, char *out, size_t cap)
{
    return suggest_hint(name, suggest_var, NULL, out, cap);
}

int rl_pause(Session *s, const char *text, const char *reason, Error *err)
{
    return session_pause(s, text, reason, err);
}

int rl_timer(const Session *s) { return s->timer_s; }

int rl_set_timer(Session *s, int seconds, Error *err)
{
    if (seconds < 0 || seconds > MAX_TIMER_S)
        return error_set(err, ERR_USAGE, ngettext("a turn timer runs from 0 (none) to %d second, not %d", "a turn timer runs from 0 (none) to %d seconds, not %d", MAX_TIMER_S), MAX_TIMER_S,
                         seconds), -1;
    s->timer_s = seconds;
    return 0;
}

bool rl_has_pin(const Session *s) { return s->pin_hash[0] != '\0'; }

/* A secret is kept only as crypt(3) hashes it, with a fresh salt from the
 * system's random source: saves and the host's files hold the hash, never
 * the secret. prefix and count choose the method: NULL and 0 are libcrypt's
 * default (yescrypt, slow on purpose: a PIN has few digits to guess). */
static int hash_with(const char *prefix, unsigned long count, const char *secret, char out[SECRET_HASH_LEN], Error *err)
{
    char salt[CRYPT_GENSALT_OUTPUT_SIZE];
    struct crypt_data data;
    memset(&data, 0, sizeof data);
    const char *hash = secret && crypt_gensalt_rn(prefix, count, NULL, 0, salt, sizeof salt) ?
                           crypt_rn(secret, salt, &data, sizeof data) : NULL;
    if (!hash || hash[0] != '$' || strlen(hash) >= SECRET_HASH_LEN)
        return error_set(err, ERR_INTERNAL, _("a secret could not be hashed (no random numbers)")), -1;
    snprintf(out, SECRET_HASH_LEN, "%s", hash);
    return 0;
}

/* A token of 80 random bits needs no slow hash to resist guessing, and a
 * class's forty pages rejoining at once must not wait for forty slow ones:
 * SHA-512 crypt with its fewest rounds (half a millisecond). */
int rl_hash_secret(const char *secret, char out[SECRET_HASH_LEN], Error *err)
{
    return hash_with("$6$", 1000, secret, out, err);
}

bool rl_secret_matches(const char *secret, const char *hash)
{
    if (!secret || !hash || hash[0] != '$')
        return false;
    struct crypt_data data;
    memset(&data, 0, sizeof data);
    const char *again = crypt_rn(secret, hash, &data, sizeof data);
    return again && strcmp(again, hash) == 0;
}

int rl_set_pin(Session *s, const char *pin, Error *err)
{
    size_t n = pin ? strlen(pin) : 0;
    if (n < 4 || n > 8 || strspn(pin, "0123456789") != n)
        return error_set(err, ERR_USAGE, _("a PIN is 4 to 8 digits")), -1;
    _Static_assert(SECRET_HASH_LEN <= PIN_HASH_LEN, "a PIN's hash fits the session's field");
    return hash_with(NULL, 0, pin, s->pin_hash, err);
}

bool rl_pin_matches(const Session *s, const char *pin)
{
    return rl_has_pin(s) && rl_secret_matches(pin, s->pin_hash);
}
