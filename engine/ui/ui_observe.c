/* What the window tells tools outside it about its frames, only when asked:
 * where the labelled widgets are (REDLINE_LABELS) and when each frame was
 * presented (REDLINE_FRAME_LOG). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "ui_internal.h"

/* REDLINE_LABELS=FILE: after each frame, the labelled widgets and where they
 * are in pixels, one a line ("x y w h focus label"), for scripts that drive
 * the window from outside (xdotool) and take the guides' screenshots. */
void ui_dump_labels(const App *app)
{
    const char *path = getenv("REDLINE_LABELS");
    if (!path || !*path)
        return;
    char tmp[1100];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (!f)
        return;
    fprintf(f, "# screen %d modal %d focus %d\n", app->screen, app->modal, app->focus);
    for (int i = 0; i < app->nlabels; i++) {
        const FocusLabel *l = &app->labels[i];
        Rect r = ui_screen_rect(app, l->r);     /* the frame is over: the window's own places, mirrored or not */
        fprintf(f, "%.0f %.0f %.0f %.0f %d %s\n", r.x * app->scale, r.y * app->scale, r.w * app->scale,
                r.h * app->scale, l->focus, l->label);
    }
    fclose(f);
    rename(tmp, path);
}

long long ui_monotonic_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

/* REDLINE_FRAME_LOG=FILE: a line per presented frame, "END_NS TOOK_US", the
 * system's monotonic clock when the present returned and how long the frame
 * took from its start. make bench reads the first line from outside the
 * process to time the first frame from exec (tools/bench.sh). */
void ui_log_frame(long long start_ns)
{
    static FILE *log;
    static bool asked;
    if (!asked) {
        const char *path = getenv("REDLINE_FRAME_LOG");
        log = path && *path ? fopen(path, "a") : NULL;
        asked = true;
    }
    if (!log)
        return;
    long long end = ui_monotonic_ns();
    fprintf(log, "%lld %lld\n", end, (end - start_ns) / 1000);
    fflush(log);
}
