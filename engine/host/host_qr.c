/* QR codes of the join links (libqrencode), for the projector's screen and
 * the printed cards: the modules, or an SVG image of them. Medium error
 * correction (15%): a card may be creased, a projector blurry. */
#include <qrencode.h>
#include <string.h>

#include "host.h"

#define QUIET 4     /* the light border a reader needs, in modules */

int host_qr(const char *text, unsigned char *out, int cap)
{
    QRcode *qr = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!qr)
        return -1;
    int w = qr->width;
    if (w * w > cap) {
        QRcode_free(qr);
        return -1;
    }
    for (int i = 0; i < w * w; i++)
        out[i] = qr->data[i] & 1;
    QRcode_free(qr);
    return w;
}

int host_qr_svg(const char *text, int size, FILE *f)
{
    unsigned char modules[177 * 177];
    int w = host_qr(text, modules, (int)sizeof modules);
    if (w < 0)
        return -1;
    int all = w + 2 * QUIET;
    fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
               "shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"%d\" height=\"%d\" fill=\"#fff\"/><path "
               "fill=\"#000\" d=\"", size, size, all, all, all, all);
    for (int y = 0; y < w; y++)
        for (int x = 0; x < w; x++)
            if (modules[y * w + x])
                fprintf(f, "M%d %dh1v1h-1z", x + QUIET, y + QUIET);
    fputs("\"/></svg>", f);
    return 0;
}
