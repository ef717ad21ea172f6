/* Text leaving the scripts: JSON, saves and the terminal expect valid UTF-8,
 * and a script's bytes are anything. */
#include <string.h>

#include "sandbox.h"

/* The length of the valid UTF-8 character at s (n bytes left), or 0. */
static size_t char_length(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    size_t len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (len == 0 || len > n)
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    /* no overlong forms, no UTF-16 surrogates, nothing past U+10FFFF */
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F) || (c == 0xF0 && s[1] < 0x90) ||
        (c == 0xF4 && s[1] > 0x8F))
        return 0;
    return len;
}

bool sandbox_utf8_valid(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        size_t n = char_length(p + i, len - i);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

size_t sandbox_text(char *out, size_t size, const char *src, size_t len, bool controls)
{
    static const char replacement[] = "\xEF\xBF\xBD";   /* U+FFFD */
    const unsigned char *p = (const unsigned char *)src;
    size_t used = 0;
    if (size == 0)
        return 0;
    for (size_t i = 0; i < len;) {
        size_t n = char_length(p + i, len - i);
        bool control = n == 1 && controls && ((p[i] < 0x20 && p[i] != '\t') || p[i] == 0x7F);
        const char *piece = n && !control ? src + i : replacement;
        size_t width = n && !control ? n : 3;
        if (used + width >= size)
            break;      /* never half a character */
        memcpy(out + used, piece, width);
        used += width;
        i += n ? n : 1;
    }
    out[used] = '\0';
    return used;
}
