/* The front door: the classroom -- teams, the facilitator's interventions,
 * the turn timer and the facilitator's PIN. */
#include <crypt.h>
#include <stdio.h>
#include <string.h>

#include "../redline.h"
#include "../script/session.h"
#include "../script/suggest.h"

void rl_set_teams(Session *s, const char *const *team) { session_set_teams(s, team); }

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
        return error_set(err, ERR_USAGE, "a turn timer runs from 0 (none) to %d seconds, not %d", MAX_TIMER_S,
                         seconds), -1;
    s->timer_s = seconds;
    return 0;
}

bool rl_has_pin(const Session *s) { return s->pin_hash[0] != '\0'; }

/* The PIN is kept only as crypt(3) hashes it, with a fresh salt from the
 * system's random source: the saves hold the hash, never the PIN. */
int rl_set_pin(Session *s, const char *pin, Error *err)
{
    size_t n = pin ? strlen(pin) : 0;
    if (n < 4 || n > 8 || strspn(pin, "0123456789") != n)
        return error_set(err, ERR_USAGE, "a PIN is 4 to 8 digits"), -1;
    char salt[CRYPT_GENSALT_OUTPUT_SIZE];
    struct crypt_data data;
    memset(&data, 0, sizeof data);
    const char *hash = crypt_gensalt_rn(NULL, 0, NULL, 0, salt, sizeof salt) ?
                           crypt_rn(pin, salt, &data, sizeof data) : NULL;
    if (!hash || hash[0] != '$' || strlen(hash) >= sizeof s->pin_hash)
        return error_set(err, ERR_INTERNAL, "the PIN could not be hashed (no random numbers)"), -1;
    snprintf(s->pin_hash, sizeof s->pin_hash, "%s", hash);
    return 0;
}

bool rl_pin_matches(const Session *s, const char *pin)
{
    if (!rl_has_pin(s) || !pin)
        return false;
    struct crypt_data data;
    memset(&data, 0, sizeof data);
    const char *hash = crypt_rn(pin, s->pin_hash, &data, sizeof data);
    return hash && strcmp(hash, s->pin_hash) == 0;
}
