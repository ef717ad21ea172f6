/* The two palettes: the standard dark one, and one for colour-blind players
 * built on the Okabe-Ito colours (blue for better, orange for worse, no
 * meaning carried by colour alone: trends also have arrows). In each, the
 * colours that carry a meaning (better, worse, a warning or secret, each
 * side, the data series) stay apart by at least 20 in CIELAB, and in the
 * colour-blind one also as protanopes and deuteranopes see them, but
 * better/worse against warning, which also differ in shape and words
 * (tests/ui/test_ui.c checks it). */
#include "ui_internal.h"

static SDL_Color hex(unsigned x) { return (SDL_Color){ (Uint8)(x >> 16), (Uint8)(x >> 8), (Uint8)x, 255 }; }

void ui_palette(Palette *p, bool colourblind)
{
    p->bg = hex(0x0f151d);
    p->panel = hex(0x18212c);
    p->panel2 = hex(0x202b38);
    p->raised = hex(0x273446);
    p->border = hex(0x34445a);
    p->text = hex(0xe9eef4);
    p->dim = hex(0xa7b4c4);
    p->faint = hex(0x6f7d8f);
    p->hover = hex(0x8fb3d9);
    p->world = hex(0xc9d2dc);
    p->neutral = hex(0x8a97a8);
    p->sea = hex(0x0e2333);
    p->land = hex(0x222a35);
    p->land_key = hex(0x2f3a48);
    p->coast = hex(0x53647a);
    if (!colourblind) {
        p->accent = hex(0xd8453b);
        p->accent_text = hex(0xffffff);
        p->good = hex(0x4cc38a);
        p->bad = hex(0xff5c7a);
        p->warn = hex(0xf59e42);
        p->us = hex(0x4f8fe8);
        p->iran = hex(0xb58cf0);
        p->protesters = hex(0xf2c6a0);
        p->proxies = hex(0xc9a227);
        p->series = hex(0x66d9e8);
        p->focus = hex(0xffe066);
        p->marker = hex(0xffe066);
        p->selected = hex(0x3a2a2e);
        p->land_iran = hex(0x3d3552);
        static const unsigned ladder[11] = { 0x2f8f6a, 0x4f9a5e, 0x74a352, 0x9aa947, 0xbca43f, 0xd3933a,
                                             0xdf7d36, 0xe26434, 0xdb4a33, 0xc93232, 0xa51f2b };
        for (int i = 0; i < 11; i++)
            p->ladder[i] = hex(ladder[i]);
    } else {
        p->accent = hex(0xd55e00);      /* vermillion */
        p->accent_text = hex(0xffffff);
        p->good = hex(0x56b4e9);        /* sky blue */
        p->bad = hex(0xe69f00);         /* orange */
        p->warn = hex(0xf0e442);        /* yellow */
        p->us = hex(0x8833ff);
        p->iran = hex(0xcc5555);
        p->protesters = hex(0x6688ff);
        p->proxies = hex(0x44dd99);
        p->series = hex(0xe9eef4);
        p->focus = hex(0xffffff);
        p->marker = hex(0xffffff);
        p->selected = hex(0x3a3024);
        p->land_iran = hex(0x4a3434);
        static const unsigned ladder[11] = { 0x0072b2, 0x2a80b8, 0x4f8fbf, 0x7a9fbf, 0xa3a9a0, 0xc9ac6e,
                                             0xe0a640, 0xe69f00, 0xde8400, 0xd86c00, 0xd55e00 };
        for (int i = 0; i < 11; i++)
            p->ladder[i] = hex(ladder[i]);
    }
    p->band = alpha(p->series, 70);
}

/* Text that reads on a fill of colour c: dark on light, light on dark. */
SDL_Color ui_text_on(const Palette *p, SDL_Color c)
{
    double luma = 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;
    return luma > 140 ? p->bg : p->text;
}
