/* Text widths, remembered. Measuring a string shapes it (TTF_SizeUTF8 runs
 * HarfBuzz), and a screen measures the same few hundred strings on every
 * pass of every frame: on the turn screen that was more than half of a
 * frame's instructions. Each (font, string) is measured once and kept until
 * the fonts change (text_cache_clear). */
#include <stdlib.h>
#include <string.h>

#include "ui_internal.h"

enum { SLOTS = 4096 };      /* a power of two; a screen has a few hundred strings */

typedef struct WidthEntry {
    uint64_t key;
    char *text;     /* NULL: a free slot */
    int font, w;
} WidthEntry;

struct Widths {
    WidthEntry e[SLOTS];
    int count;
};

Widths *widths_new(void)
{
    return calloc(1, sizeof(Widths));
}

void widths_clear(Widths *c)
{
    if (!c)
        return;
    for (int i = 0; i < SLOTS; i++)
        free(c->e[i].text);
    memset(c, 0, sizeof *c);
}

void widths_free(Widths *c)
{
    widths_clear(c);
    free(c);
}

/* The slot that holds (font, s), or the free slot where it would go. */
static WidthEntry *slot_of(Widths *c, int font, const char *s, uint64_t key)
{
    for (uint64_t i = key;; i++) {      /* never full: widths_keep clears at three quarters */
        WidthEntry *e = &c->e[i & (SLOTS - 1)];
        if (!e->text || (e->key == key && e->font == font && strcmp(e->text, s) == 0))
            return e;
    }
}

static uint64_t key_of(int font, const char *s)
{
    return hash_bytes((uint64_t)font, s, strlen(s));
}

bool widths_find(Widths *c, int font, const char *s, int *w)
{
    if (!c)
        return false;
    WidthEntry *e = slot_of(c, font, s, key_of(font, s));
    if (!e->text)
        return false;
    *w = e->w;
    return true;
}

void widths_keep(Widths *c, int font, const char *s, int w)
{
    if (!c)
        return;
    if (c->count >= SLOTS / 4 * 3)     /* strings that come and go (a clock): start again */
        widths_clear(c);
    uint64_t key = key_of(font, s);
    WidthEntry *e = slot_of(c, font, s, key);
    if (e->text)
        return;
    e->text = strdup(s);
    if (!e->text)
        return;
    e->key = key;
    e->font = font;
    e->w = w;
    c->count++;
}
