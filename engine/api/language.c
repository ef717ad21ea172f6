/* The front door: the language the game speaks. GNU gettext, one domain
 * ("redline") for the engine's C strings and the scripts' text alike; the
 * catalogues are po/LANG.po compiled into LOCALEDIR/LANG/LC_MESSAGES/redline.mo
 * (make builds them into locale/, make install into share/locale).
 *
 * The language follows the system's locale (LANGUAGE, LC_ALL, LC_MESSAGES,
 * LANG) unless the player chose one: rl_language_set puts the choice first in
 * LANGUAGE, which GNU gettext reads before the locale. Only LC_MESSAGES and
 * LC_CTYPE follow the locale: numbers are written and read the same
 * everywhere (LC_NUMERIC stays "C"), so saves, reports and hashes never
 * depend on the language. The core and the scripts keep their English; the
 * faces translate what they show (rl_text, and _() in their own C). */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../redline.h"
#include "../script/session.h"

#define DOMAIN "redline"

static char system_languages[256];  /* what the environment asks for (LANGUAGE, or an uninstalled locale) */
static bool started;

/* GNU gettext ignores LANGUAGE when LC_MESSAGES is the plain "C" locale (no
 * locale set, or one not installed): C.UTF-8 (every glibc has it) lets the
 * chosen language through. */
static void messages_locale(void)
{
    const char *now = setlocale(LC_MESSAGES, NULL);
    if (!now || strcmp(now, "C") == 0 || strcmp(now, "POSIX") == 0)
        if (!setlocale(LC_MESSAGES, "C.UTF-8"))
            setlocale(LC_MESSAGES, "C.utf8");
}

/* textdomain tells gettext to forget the translations it looked up, so a
 * change of language shows at once (glibc's setlocale does not when the
 * locale's name stays the same). */
static void reload_catalogues(void)
{
    textdomain(DOMAIN);
}

static void speak(const char *languages)
{
    if (languages[0]) {
        setenv("LANGUAGE", languages, 1);
        messages_locale();
    } else {
        unsetenv("LANGUAGE");
    }
    reload_catalogues();
}

/* When the environment's locale is not installed (LANG=de_DE.UTF-8 on a
 * system with only C.UTF-8), setlocale left LC_MESSAGES at "C" and gettext
 * would speak English: the language it names is spoken all the same. */
static void uninstalled_locale(void)
{
    const char *now = setlocale(LC_MESSAGES, NULL);
    if (system_languages[0] || (now && strcmp(now, "C") != 0 && strcmp(now, "POSIX") != 0))
        return;
    static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
    for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
        const char *v = getenv(vars[i]);
        if (!v || !*v)
            continue;
        int n = (int)strcspn(v, ".@");
        if (!(n == 1 && v[0] == 'C') && strncmp(v, "POSIX", 5) != 0)
            snprintf(system_languages, sizeof system_languages, "%.*s", n, v);
        return;
    }
}

void rl_language_init(const char *localedir)
{
    if (!started) {
        const char *env = getenv("LANGUAGE");
        snprintf(system_languages, sizeof system_languages, "%s", env ? env : "");
        uninstalled_locale();
        started = true;
    }
    bindtextdomain(DOMAIN, localedir);
    bind_textdomain_codeset(DOMAIN, "UTF-8");   /* whatever the locale's own codeset */
    speak(system_languages);
}

int rl_language_set(const char *code)
{
    if (!code || !*code) {
        speak(system_languages);
        return 0;
    }
    for (const char *c = code; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || *c == '_' || *c == '@'))
            return -1;
    speak(code);
    return 0;
}

/* The catalogue in use says its language in its header ("Language: fa");
 * without one, the game speaks its own English. */
const char *rl_language(void)
{
    static _Thread_local char code[16];     /* the window and a class's host (its own thread) both ask */
    static const char header_msgid[] = "";  /* not a literal: xgettext would take it for a message */
    const char *header = gettext(header_msgid);
    const char *field = header ? strstr(header, "Language: ") : NULL;
    if (!field)
        return "en";
    field += strlen("Language: ");
    size_t n = strcspn(field, "\n");
    if (n == 0 || n >= sizeof code)
        return "en";
    memcpy(code, field, n);
    code[n] = '\0';
    return code;
}

bool rl_language_rtl(void)
{
    static const char *const rtl[] = { "ar", "fa", "he", "ps", "ur", "yi" };
    const char *code = rl_language();
    for (size_t i = 0; i < sizeof rtl / sizeof *rtl; i++) {
        size_t n = strlen(rtl[i]);
        if (strncmp(code, rtl[i], n) == 0 && (code[n] == '\0' || code[n] == '_'))
            return true;
    }
    return false;
}

const char *rl_text(const char *english)
{
    /* gettext("") is the catalogue's header, never a translation */
    return english && *english ? gettext(english) : "";
}

/* ---- sources as a citation names them ---------------------------------------- */

#define SOURCE_CONTEXT "source"     /* tools/script_text.py: each key of scripts/sources.lua, msgctxt "source" */

const char *rl_source_name(const char *key)
{
    if (!key || !*key)
        return "";
    char id[200];
    if (snprintf(id, sizeof id, "%s\004%s", SOURCE_CONTEXT, key) >= (int)sizeof id)
        return key;
    const char *name = gettext(id);
    return name == id ? key : name;     /* a mod's key, or an article's paragraph: as it is */
}

/* The next source of a list, trimmed of spaces, into key; returns what
 * follows it (its separator, or the list's end). */
static const char *next_source(const char *list, char *key, size_t cap)
{
    list += strspn(list, " ");
    size_t len = strcspn(list, ",;"), end = len;
    while (end > 0 && list[end - 1] == ' ')
        end--;
    snprintf(key, cap, "%.*s", (int)end, list);
    return list + len;
}

const char *rl_sources_separator(char sep)
{
    /* TRANSLATORS: between two groups of sources in a list ("A39-A41; June 2025 record") */
    return sep == ';' ? _("; ") : _(", ");
}

const char *rl_sources_text(const char *list, char *out, size_t cap)
{
    size_t n = 0;
    if (cap == 0)
        return out;
    out[0] = '\0';
    for (const char *at = list ? list : ""; *at && n < cap;) {
        char key[200];
        at = next_source(at, key, sizeof key);
        n += (size_t)snprintf(out + n, cap - n, "%s", rl_source_name(key));
        if (*at && n < cap) {
            n += (size_t)snprintf(out + n, cap - n, "%s", rl_sources_separator(*at));
            at++;
        }
    }
    return out;
}

/* An event's news is its text and its first source, "Text. (A12)": the
 * text is translated, the source named as the language cites it. NULL if line is not of that form or
 * the catalogue does not know its text. */
static const char *sourced_line(const char *line, char *out, size_t cap)
{
    size_t len = strlen(line);
    const char *open = len > 3 && line[len - 1] == ')' ? strrchr(line, '(') : NULL;
    if (!open || open < line + 2 || open[-1] != ' ')
        return NULL;
    char text[NEWS_LEN];
    if ((size_t)(open - 1 - line) >= sizeof text)
        return NULL;
    snprintf(text, sizeof text, "%.*s", (int)(open - 1 - line), line);
    const char *translated = gettext(text);
    if (translated == text)
        return NULL;
    char sources[NEWS_LEN], named[NEWS_LEN], cited[NEWS_LEN + 2];
    snprintf(sources, sizeof sources, "%.*s", (int)(strlen(open) - 2), open + 1);
    snprintf(cited, sizeof cited, "(%s)", rl_sources_text(sources, named, sizeof named));
    /* TRANSLATORS: an event's news line, then the source it rests on: "(A12)" */
    snprintf(out, cap, _("%s %s"), translated, cited);
    return out;
}

const char *rl_news_text(const Session *s, const News *n, char *out, size_t cap)
{
    if (n->action >= 0 && n->action < s->catalogue.count && n->actor >= 0 && n->actor < ACTOR_COUNT) {
        const Action *act = &s->catalogue.actions[n->action];
        /* TRANSLATORS: a news line: who acted, then what they did */
        snprintf(out, cap, _("%s: %s"), rl_text(actor_title((Actor)n->actor)),
                 rl_text(act->news[0] ? act->news : act->name));
        return out;
    }
    if (sourced_line(n->text, out, cap))
        return out;
    snprintf(out, cap, "%s", rl_text(n->text));
    return out;
}
