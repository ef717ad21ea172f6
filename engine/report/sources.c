/* The report's sources: each tag it cites (A26, B3, "Kuran 1991") links to
 * the paragraph's summary, read from scripts/sources.lua (script/texts.c)
 * and listed at the foot of the page. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "page.h"

void sources_load(const Session *s, Sources *out)
{
    Error err = { 0 };
    out->cited = NULL;
    if (texts_sources(s->sb, &out->notes, &err) != 0)
        out->notes = (SourceNotes){ 0 };   /* a broken file: the tags stand alone */
    if (out->notes.count > 0 && !(out->cited = calloc((size_t)out->notes.count, sizeof *out->cited))) {
        texts_sources_free(&out->notes);
        out->notes = (SourceNotes){ 0 };
    }
}

void sources_free(Sources *src)
{
    texts_sources_free(&src->notes);
    free(src->cited);
}

static int tag_order(const void *tag, const void *note)
{
    return strcmp(tag, ((const SourceNote *)note)->tag);
}

/* The note of tag, or -1 (the notes are sorted by tag, as strcmp orders them). */
static int find(const Sources *src, const char *tag)
{
    const SourceNote *note = src->notes.count > 0 ? bsearch(tag, src->notes.notes, (size_t)src->notes.count,
                                                            sizeof *src->notes.notes, tag_order) : NULL;
    return note ? (int)(note - src->notes.notes) : -1;
}

/* "A39-A41": the paragraphs from A39 to A41; the first's note, or -1.
 * With cite, each of them is marked cited. */
static int range(Sources *src, const char *token, bool cite)
{
    char first[32], last[32];
    if (sscanf(token, "%31[A-Z0-9]-%31[A-Z0-9]", first, last) != 2 || first[0] != last[0])
        return -1;
    int from = find(src, first);
    for (int k = atoi(first + 1); cite && from >= 0 && k <= atoi(last + 1); k++) {
        char tag[32];
        snprintf(tag, sizeof tag, "%c%d", first[0], k);
        int note = find(src, tag);
        if (note >= 0)
            src->cited[note] = true;
    }
    return from;
}

/* The note of a source named as the language cites it (a news line's
 * "(Ereignisse Juni 2025)", rl_news_text), or -1. */
static int find_named(const Sources *src, const char *name)
{
    for (int i = 0; i < src->notes.count; i++)
        if (strcmp(rl_source_name(src->notes.notes[i].tag), name) == 0)
            return i;
    return -1;
}

/* The note a token of a list leads to (a tag, a range's first, or a key
 * already named in the language), or -1; with cite, marked cited. */
static int lookup(Sources *src, const char *token, bool cite)
{
    int note = find(src, token);
    if (note < 0 && range(src, token, false) < 0)
        note = find_named(src, token);
    if (note >= 0 && cite)
        src->cited[note] = true;
    return note >= 0 ? note : range(src, token, cite);
}

/* The page's id of a tag: "src-" and the tag, its spaces and dots as dashes. */
static void anchor(FILE *f, const char *tag)
{
    fputs("src-", f);
    for (; *tag; tag++)
        fputc(isalnum((unsigned char)*tag) ? *tag : '-', f);
}

/* The next token of a list separated by commas or semicolons (the
 * language's too: Persian's "،" and "؛", rl_sources_separator), trimmed;
 * returns where the list goes on (at the separator, or its end). */
static size_t separator_at(const char *s)
{
    size_t n = strcspn(s, ",;"), k;
    const char *own[] = { "،", "؛" };
    for (int i = 0; i < 2; i++) {
        const char *at = strstr(s, own[i]);
        if (at && (k = (size_t)(at - s)) < n)
            n = k;
    }
    return n;
}

/* The separator at list as the scripts write it (',' or ';'), and its length in bytes. */
static char separator(const char *list, size_t *len)
{
    *len = strncmp(list, "،", strlen("،")) == 0 || strncmp(list, "؛", strlen("؛")) == 0 ? strlen("،") : 1;
    return strncmp(list, "؛", strlen("؛")) == 0 || *list == ';' ? ';' : ',';
}

static const char *next_token(const char *list, char *token, size_t size)
{
    list += strspn(list, " ");
    size_t len = separator_at(list), end = len;
    while (end > 0 && list[end - 1] == ' ')
        end--;
    snprintf(token, size, "%.*s", (int)end, list);
    return list + len;
}

void html_cited(FILE *f, Sources *src, const char *list)
{
    while (*list) {
        char token[64];
        list = next_token(list, token, sizeof token);
        int note = lookup(src, token, true);
        if (note >= 0) {
            fputs("<a href=\"#", f);
            anchor(f, src->notes.notes[note].tag);
            fputs("\">", f);
        }
        html(f, rl_source_name(token));
        if (note >= 0)
            fputs("</a>", f);
        if (*list) {
            size_t len;
            html(f, rl_sources_separator(separator(list, &len)));
            list += len;
        }
    }
}

/* Article paragraphs (A1, B14) first, by article and number; then the
 * literature and records by name. */
static int natural(const void *a, const void *b)
{
    const char *x = ((const SourceNote *)*(const SourceNote *const *)a)->tag;
    const char *y = ((const SourceNote *)*(const SourceNote *const *)b)->tag;
    bool px = isupper((unsigned char)x[0]) && isdigit((unsigned char)x[1]) && !strchr(x, ' ');
    bool py = isupper((unsigned char)y[0]) && isdigit((unsigned char)y[1]) && !strchr(y, ' ');
    if (px != py)
        return px ? -1 : 1;
    if (px && x[0] != y[0])
        return x[0] - y[0];
    if (px && atoi(x + 1) != atoi(y + 1))
        return atoi(x + 1) - atoi(y + 1);
    return strcmp(x, y);
}

void html_sources(FILE *f, const Sources *src)
{
    const SourceNote *cited[SOURCE_LIST_MAX];
    int n = 0;
    for (int i = 0; i < src->notes.count && n < SOURCE_LIST_MAX; i++)
        if (src->cited[i])
            cited[n++] = &src->notes.notes[i];
    if (n == 0) {
        html_in(f, "<p>", _("Source tags such as A26 are paragraphs of the articles listed in docs/sources.md."),
                "</p>\n");
        return;
    }
    qsort(cited, (size_t)n, sizeof *cited, natural);
    html_in(f, "<p class=\"lead\">", _("What each source cited above says, in our own words (tags such as A26 are "
                                       "paragraphs of the three articles listed in docs/sources.md)."),
            "</p>\n<dl class=\"sources\">\n");
    for (int i = 0; i < n; i++) {
        fputs("<dt id=\"", f);
        anchor(f, cited[i]->tag);
        fputs("\">", f);
        html(f, rl_source_name(cited[i]->tag));
        fputs("</dt><dd>", f);
        html(f, rl_text(cited[i]->text));
        fputs("</dd>\n", f);
    }
    fputs("</dl>\n", f);
}

/* Whether every token of the list text[0..len) is a tag the summaries know. */
static bool all_known(Sources *src, const char *text, size_t len)
{
    char list[200];
    if (len == 0 || len >= sizeof list)
        return false;
    snprintf(list, sizeof list, "%.*s", (int)len, text);
    for (const char *at = list; *at;) {
        char token[64];
        at = next_token(at, token, sizeof token);
        if (lookup(src, token, false) < 0)
            return false;
        size_t len = 0;
        if (*at)
            separator(at, &len);
        at += len;
    }
    return true;
}

void html_linked(FILE *f, Sources *src, const char *text)
{
    for (const char *open; (open = strchr(text, '(')) != NULL;) {
        const char *close = strchr(open, ')');
        if (!close)
            break;
        char part[NEWS_LEN + 1];
        snprintf(part, sizeof part, "%.*s", (int)(open - text), text);
        html(f, part);
        fputc('(', f);
        snprintf(part, sizeof part, "%.*s", (int)(close - open - 1), open + 1);
        if (all_known(src, open + 1, (size_t)(close - open - 1)))
            html_cited(f, src, part);
        else
            html(f, part);
        fputc(')', f);
        text = close + 1;
    }
    html(f, text);
}
