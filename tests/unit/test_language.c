/* The game's language (engine/api/language.c): the catalogues built into
 * locale/ (make translations) are found, a chosen language is spoken at once
 * and the system's comes back, the scripts' text is translated through the
 * same catalogue, and numbers stay as the saves write them whatever the
 * language. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support.h"
#include "../../engine/redline.h"

/* A scenario's text and a variable's description, both in po/redline.pot. */
#define SCRIPT_TEXT "The January Uprising"
#define C_TEXT "Brent crude price"

static int start(void **state)
{
    (void)state;
    unsetenv("LANGUAGE");
    setlocale(LC_ALL, "C.UTF-8");
    rl_language_init("locale");
    return 0;
}

static void test_pseudo_and_back(void **state)
{
    (void)state;
    assert_string_equal(rl_language(), "en");
    assert_string_equal(rl_text(SCRIPT_TEXT), SCRIPT_TEXT);
    assert_int_equal(rl_language_set("qps"), 0);
    assert_string_equal(rl_language(), "qps");
    /* marked, and 40% longer */
    const char *t = rl_text(SCRIPT_TEXT);
    assert_non_null(strstr(t, "⟦"));
    assert_non_null(strstr(t, "⟧"));
    assert_true(strlen(t) > strlen(SCRIPT_TEXT) * 14 / 10);
    assert_non_null(strstr(_(C_TEXT), "⟦"));
    assert_false(rl_language_rtl());
    assert_int_equal(rl_language_set(""), 0);
    assert_string_equal(rl_language(), "en");
    assert_string_equal(_(C_TEXT), C_TEXT);
}

static void test_languages(void **state)
{
    (void)state;
    assert_int_equal(rl_language_set("fa"), 0);
    assert_string_equal(rl_language(), "fa");
    assert_true(rl_language_rtl());
    assert_string_not_equal(rl_text(SCRIPT_TEXT), SCRIPT_TEXT);
    assert_int_equal(rl_language_set("de"), 0);
    assert_string_equal(rl_language(), "de");
    assert_false(rl_language_rtl());
    assert_string_not_equal(rl_text(SCRIPT_TEXT), SCRIPT_TEXT);
    /* a language without a catalogue speaks the game's English */
    assert_int_equal(rl_language_set("xx"), 0);
    assert_string_equal(rl_language(), "en");
    assert_string_equal(rl_text(SCRIPT_TEXT), SCRIPT_TEXT);
    assert_int_equal(rl_language_set("../etc"), -1);
    assert_string_equal(rl_text(""), "");
    rl_language_set("");
}

/* Numbers are written as the saves and reports read them, in any language. */
static void test_numbers_stay(void **state)
{
    (void)state;
    rl_language_set("de");
    char text[32];
    snprintf(text, sizeof text, "%.1f", 2.5);
    assert_string_equal(text, "2.5");
    assert_true(strtod("2.5", NULL) == 2.5);
    rl_language_set("");
}

/* A player's text in the language's digits: Persian's ۰-۹ and ٫ for the
 * numbers of a sentence, a date in its calendar; a source tag, a source's
 * year, an id and what is in [brackets] as they are; German's decimal
 * comma; English unchanged. Labels and outcomes are named, never by their ids. */
static void test_digits_and_names(void **state)
{
    (void)state;
    char text[200] = "هفتهٔ 12: $74.2 (+0.04), 1,250 people [A48, IAEA 2025] (IAEA 2025) A12 stockpile_60 jan2026";
    rl_language_set("de");
    rl_digits_text(text, sizeof text);
    assert_string_equal(text, "هفتهٔ 12: $74,2 (+0,04), 1,250 people [A48, IAEA 2025] (IAEA 2025) A12 stockpile_60 jan2026");
    snprintf(text, sizeof text, "%s", "هفتهٔ 12: $74.2 (+0.04), 1,250 people [A48, IAEA 2025] (IAEA 2025) A12 stockpile_60 jan2026");
    char date[64];
    assert_string_equal(rl_date_text("2026-01-12", date, sizeof date), "12.01.2026");
    /* German's decimal comma and "85 %": only a real decimal changes, not a
     * date, a version, a time, a tag or a facilitator's effect; twice is once */
    char de[200] = "Leiter 4.5 (+0.04), 85%, am 05.12.2026 um 12:30, 0.1.0, A1.2 [A48] 1,250 oil_exports -= 0.2";
    const char *de_shown = "Leiter 4,5 (+0,04), 85\u00a0%, am 05.12.2026 um 12:30, 0.1.0, A1.2 [A48] 1,250 oil_exports -= 0.2";
    rl_digits_text(de, sizeof de);
    assert_string_equal(de, de_shown);
    rl_digits_text(de, sizeof de);
    assert_string_equal(de, de_shown);
    char de_date[200];
    snprintf(de_date, sizeof de_date, "vom %s: 1.5", rl_date_text("2026-12-05", date, sizeof date));
    rl_digits_text(de_date, sizeof de_date);
    assert_string_equal(de_date, "vom 05.12.2026: 1,5");
    assert_string_equal(rl_outcome_title(OUT_AGREEMENT), "Abkommen");
    rl_language_set("fa");
    rl_digits_text(text, sizeof text);
    assert_string_equal(text, "هفتهٔ ۱۲: $۷۴٫۲ (+۰٫۰۴), ۱,۲۵۰ people [A48, IAEA 2025] (IAEA 2025) A12 stockpile_60 jan2026");
    assert_string_equal(rl_date_text("2026-01-12", date, sizeof date), "۲۲ دی ۱۴۰۴");
    char percent[64] = "25% (+4.1%), 0.1.0";     /* Persian's own percent sign, ٪ */
    rl_digits_text(percent, sizeof percent);
    assert_string_equal(percent, "۲۵٪ (+۴٫۱٪), ۰.۱.۰");
    assert_string_not_equal(rl_var_label(V_OIL_PRICE), "oil_price");
    assert_string_not_equal(rl_outcome_title(OUT_TIMEOUT), "timeout");
    char small[8] = "12345";
    rl_digits_text(small, sizeof small);     /* cut to its room, never past it */
    assert_int_equal(strlen(small), 6);
    rl_language_set("");
    assert_string_equal(rl_var_label(V_OIL_PRICE), "Oil price (Brent)");
    assert_string_equal(rl_outcome_title(OUT_TIMEOUT), "Time ran out");
}

/* A list of sources as a player reads it: the articles' tags as they are,
 * each key of scripts/sources.lua by its name in the language, the list's
 * separators the language's; English and a mod's key unchanged. */
static void test_source_names(void **state)
{
    (void)state;
    const char *list = "A39-A41, A41; 2021-2024 record, Kuran 1991; model, my mod 2030";
    char out[300];
    assert_string_equal(rl_sources_text(list, out, sizeof out), list);
    assert_string_equal(rl_source_name("June 2025 record"), "June 2025 record");
    rl_language_set("de");
    assert_string_equal(rl_sources_text(list, out, sizeof out),
                        "A39-A41, A41; Verlauf 2021-2024, Kuran 1991; Modellannahme, my mod 2030");
    assert_string_equal(rl_source_name("June 2025 record"), "Ereignisse Juni 2025");
    rl_language_set("fa");
    assert_string_equal(rl_sources_text(list, out, sizeof out),
                        "A39-A41، A41؛ رویدادهای ۲۰۲۱ تا ۲۰۲۴، Kuran 1991؛ فرض مدل، my mod 2030");
    assert_string_equal(rl_source_name("Oman talks 2025"), "مذاکرات عمان ۲۰۲۵");
    assert_string_equal(rl_source_name("A12"), "A12");
    char small[12];
    rl_sources_text(list, small, sizeof small);     /* cut to its room, never past it */
    assert_true(strlen(small) < sizeof small);
    assert_string_equal(rl_sources_text("", out, sizeof out), "");
    rl_language_set("");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pseudo_and_back),
        cmocka_unit_test(test_languages),
        cmocka_unit_test(test_numbers_stay),
        cmocka_unit_test(test_digits_and_names),
        cmocka_unit_test(test_source_names),
    };
    return cmocka_run_group_tests(tests, start, NULL);
}
