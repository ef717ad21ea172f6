/* The front door: a date as the game's language writes it. The engine keeps
 * its dates as YYYY-MM-DD (game_date); a face shows rl_date_text of them.
 * The catalogue decides, so a new language needs no code: its calendar
 * ("calendar: gregorian", or "solar hijri": the Iranian calendar Persian
 * readers date their own news in), the order of day, month and year, and its
 * digits (Persian writes ۰-۹). An ISO date inside a Persian sentence would
 * also be reordered by the bidirectional algorithm (12-01-2026): a date in
 * the reader's own calendar and digits is read as it is written. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../redline.h"

static const char *const hijri_months[12] = {
    /* TRANSLATORS: the months of the Solar Hijri (Iranian) calendar, used only when "calendar: gregorian" is
       translated as "solar hijri" */
    N_("Farvardin"), N_("Ordibehesht"), N_("Khordad"), N_("Tir"),  N_("Mordad"), N_("Shahrivar"),
    N_("Mehr"),      N_("Aban"),        N_("Azar"),    N_("Dey"),  N_("Bahman"), N_("Esfand"),
};

/* Days since 1970-01-01 of a Gregorian date (H. Hinnant's days_from_civil). */
static long civil_days(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

/* The Solar Hijri year jy: whether it is leap (0) and the March day of its
 * first day, Nowruz (the 33-year cycles with their breaks, as jalaali-js
 * and Borkowski's algorithm compute them). */
static void hijri_year(int jy, int *leap, int *march)
{
    static const int breaks[] = { -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210,
                                  1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178 };
    int gy = jy + 621, leap_j = -14, jp = breaks[0], jump = 0;
    for (size_t i = 1; i < sizeof breaks / sizeof *breaks; i++) {
        int jm = breaks[i];
        jump = jm - jp;
        if (jy < jm)
            break;
        leap_j += jump / 33 * 8 + jump % 33 / 4;
        jp = jm;
    }
    int n = jy - jp;
    leap_j += n / 33 * 8 + (n % 33 + 3) / 4;
    if (jump % 33 == 4 && jump - n == 4)
        leap_j++;
    int leap_g = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;
    *march = 20 + leap_j - leap_g;
    if (jump - n < 6)
        n = n - jump + (jump + 4) / 33 * 33;
    int l = ((n + 1) % 33 - 1) % 4;
    *leap = l == -1 ? 4 : l;
}

static void to_hijri(int gy, int gm, int gd, int *jy, int *jm, int *jd)
{
    int leap, march;
    *jy = gy - 621;
    hijri_year(*jy, &leap, &march);
    long k = civil_days(gy, gm, gd) - civil_days(gy, 3, march);
    if (k >= 0) {
        if (k <= 185) {
            *jm = 1 + (int)(k / 31);
            *jd = (int)(k % 31) + 1;
            return;
        }
        k -= 186;
    } else {
        (*jy)--;
        k += 179;
        if (leap == 1)
            k++;
    }
    *jm = 7 + (int)(k / 30);
    *jd = (int)(k % 30) + 1;
}

/* How the language writes numbers: its ten digits (Persian ۰-۹), its
 * decimal separator (Persian's ٫, German's ",") and its percent sign after
 * a number (Persian's ٪, German's " %" after a no-break space), each whole
 * UTF-8; glyph[10] to glyph[11] is the separator, sign its percent. False
 * for a language that writes 1.45 and 85% as English does. */
typedef struct {
    const char *glyph[12];
    const char *sign;
} NumberStyle;

static bool language_numbers(NumberStyle *ns)
{
    /* TRANSLATORS: the ten digits your language writes numbers with, after "digits: ", then optionally its decimal
       separator if it is not "." (Persian: ۰۱۲۳۴۵۶۷۸۹٫, German: 0123456789,); keep 0123456789 for Latin digits and
       the point */
    const char *d = _("digits: 0123456789");
    /* TRANSLATORS: the percent sign as your language writes it after a number, after "percent sign: " (Persian: ٪;
       German: a no-break space, then %); keep % if a number takes it as in English (85%) */
    /* xgettext:no-c-format */
    const char *pc = _("percent sign: %");
    ns->sign = strncmp(pc, "percent sign: ", 14) == 0 && pc[14] && strcmp(pc + 14, "%") != 0 ? pc + 14 : NULL;
    if (strncmp(d, "digits: ", 8) != 0 || (strcmp(d + 8, "0123456789") == 0 && !ns->sign))
        return false;
    d += 8;
    for (int i = 0; i < 11; i++) {
        ns->glyph[i] = ns->glyph[11] = d;
        if (!*d)
            return i == 10;     /* no separator of its own: "." stays */
        d++;
        while (((unsigned char)*d & 0xC0) == 0x80)
            d++;
    }
    ns->glyph[11] = d;
    return true;
}

static bool latin_word(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

/* Where the number starting at s ends: digits, and a "." or "," between
 * digits ("1,250.5", "05.12.2026"); *dots counts its points. */
static const char *number_end(const char *s, int *dots)
{
    *dots = 0;
    while ((*s >= '0' && *s <= '9') || ((*s == '.' || *s == ',') && s[1] >= '0' && s[1] <= '9'))
        *dots += *s++ == '.';
    return s;
}

/* Whether the number at c of text s is left as it is: a source tag (A12,
 * [A48, IAEA 2025]), a source's year after its Latin name (IAEA 2025; a
 * year, not "Protest 4.1%"), an id (stockpile_60) or a value in an effect
 * a facilitator types (oil_exports -= 0.2), which a program reads; a number
 * in exponent form (1.29e-05) is written in the language like any other. */
static bool number_kept(const char *s, const char *c, const char *end, int bracket)
{
    const char *b = c;
    while (b > s && b[-1] == ' ')
        b--;
    bool year = end - c == 4 && *end != '%' && !memchr(c, '.', 4) && !memchr(c, ',', 4);
    /* a number in exponent form (1.29e-05, as %g writes a small mean) is a number, not an id */
    bool exponent = (*end == 'e' || *end == 'E') && (end[1] == '-' || end[1] == '+') && end[2] >= '0' && end[2] <= '9';
    return (year && c - s >= 2 && c[-1] == ' ' && latin_word(c[-2])) || bracket > 0 || (latin_word(*end) && !exponent) ||
           (b > s && b[-1] == '=');
}

/* One number in the language's style, written at out: its digits, its one
 * point as the decimal separator (a number with more, a date 05.12.2026 or
 * a version 0.1.0, keeps its points), a thousands' comma as it is, and a
 * percent sign after it as the language writes it. */
static size_t number_text(const NumberStyle *ns, const char *c, const char *end, int dots, char *out)
{
    size_t n = 0;
    for (; c < end; c++) {
        int g = *c == '.' ? 10 : *c == ',' ? -1 : *c - '0';
        if (g < 0 || (g == 10 && (dots > 1 || ns->glyph[11] == ns->glyph[10]))) {
            out[n++] = *c;
            continue;
        }
        memcpy(out + n, ns->glyph[g], (size_t)(ns->glyph[g + 1] - ns->glyph[g]));
        n += (size_t)(ns->glyph[g + 1] - ns->glyph[g]);
    }
    if (*end == '%' && ns->sign && dots <= 1) {
        memcpy(out + n, ns->sign, strlen(ns->sign));
        n += strlen(ns->sign);
    }
    return n;
}

void rl_digits_text(char *s, size_t cap)
{
    NumberStyle ns;
    if (!language_numbers(&ns) || cap == 0)
        return;
    size_t len = strlen(s), room = len * 4 + 1 + len / 2 * strlen(ns.sign ? ns.sign : ""), n = 0;
    char *out = malloc(room);
    if (!out)
        return;
    int bracket = 0, dots;
    for (const char *c = s; *c;) {
        bracket += *c == '[' ? 1 : *c == ']' && bracket > 0 ? -1 : 0;
        bool starts = *c >= '0' && *c <= '9' && (c == s || !(latin_word(c[-1]) || (c[-1] >= '0' && c[-1] <= '9')));
        const char *end = starts ? number_end(c, &dots) : c;
        if (!starts || number_kept(s, c, end, bracket)) {
            for (const char *k = starts ? end : c + 1; c < k;)
                out[n++] = *c++;
            continue;
        }
        n += number_text(&ns, c, end, dots, out + n);
        c = end + (*end == '%' && ns.sign && dots <= 1);
    }
    if (n >= cap)       /* cut to its room at a whole character */
        for (n = cap - 1; n > 0 && ((unsigned char)out[n] & 0xC0) == 0x80;)
            n--;
    memcpy(s, out, n);
    s[n] = '\0';
    free(out);
}

const char *rl_date_text(const char *iso, char *out, size_t cap)
{
    int y = 0, m = 0, d = 0;
    if (sscanf(iso, "%d-%d-%d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31) {
        snprintf(out, cap, "%s", iso);
        return out;
    }
    /* TRANSLATORS: the calendar your readers date things in, after "calendar: ": keep "gregorian", or write "solar
       hijri" for the Iranian calendar (dates then as "22 Dey 1404", the months translated below) */
    const char *calendar = _("calendar: gregorian");
    if (strcmp(calendar, "calendar: solar hijri") == 0) {
        int jy, jm, jd;
        to_hijri(y, m, d, &jy, &jm, &jd);
        /* TRANSLATORS: a Solar Hijri date: the day, the month's name, the year ("22 Dey 1404") */
        snprintf(out, cap, _("%1$d %2$s %3$d"), jd, _(hijri_months[jm - 1]), jy);
    } else {
        /* TRANSLATORS: a date: the year, the month and the day as numbers (German: "%3$d.%2$d.%1$d") */
        snprintf(out, cap, _("%1$04d-%2$02d-%3$02d"), y, m, d);
    }
    rl_digits_text(out, cap);
    return out;
}
