/* The window as the projector's screen for a class on devices: New game,
 * "Teams join from their own devices", Start game starts the host on its own
 * thread and shows the room code, the address and a QR code; frames keep
 * coming while it serves, and a change on the host's side (a team, the clock)
 * is drawn with no event; the facilitator's "End the week now" plays the
 * week; "Stop the class" stops the host and keeps the class. With 8080
 * taken (here by the test itself) the host listens on another port. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "support.h"
#include "../../engine/host/host.h"

/* Listens on 127.0.0.1:8080 if it can (else someone else does): a socket to
 * close. With SO_REUSEADDR, as the host binds: without it, connections to
 * 8080 lately closed (TIME_WAIT) would keep this socket out but let the
 * host in. */
static int take_8080(void)
{
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(8080) };
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int fd = socket(AF_INET, SOCK_STREAM, 0), on = 1;
    if (fd >= 0)
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (fd >= 0 && (bind(fd, (struct sockaddr *)&a, sizeof a) != 0 || listen(fd, 1) != 0)) {
        close(fd);
        fd = -1;
    }
    return fd;
}

static double frame_ms(App *app)
{
    Uint64 t0 = SDL_GetPerformanceCounter();
    ui_app_frame(app);
    return (double)(SDL_GetPerformanceCounter() - t0) * 1000.0 / (double)SDL_GetPerformanceFrequency();
}

/* New game, a class on devices for the US and Iran, up to Start game. */
static App *new_class(int w, int h)
{
    App *app = make_app(FIXTURE, w, h);
    click(app, "New game");
    click(app, "The January Uprising");
    click(app, "Iran");
    click(app, "Teams join from their own devices");
    return app;
}

static void test_projector(void **state)
{
    (void)state;
    App *app = new_class(1280, 720);
    assert_true(app->ng_devices && !app->ng_lan);
    int taken = take_8080();
    click(app, "Start game");
    if (taken >= 0)
        close(taken);
    assert_int_equal(app->screen, SCR_HOST);
    assert_non_null(app->host);
    assert_null(app->s);                        /* the game is the host's, on its thread */
    HostStatus st;
    host_status(ui_host(app), &st);
    assert_int_equal((int)strlen(st.room), NET_ROOM_LEN);
    assert_int_equal(st.nteams, 2);
    assert_int_equal(st.week, 1);
    assert_non_null(strstr(st.url, "http://127.0.0.1:"));   /* loopback unless opened to the room */
    assert_true(st.port > 0 && st.port != 8080);              /* 8080 was taken: another port */
    double worst = 0;
    for (int i = 0; i < 20; i++) {
        double ms = frame_ms(app);
        worst = ms > worst ? ms : worst;
    }
    assert_true(worst < 100);                   /* the host never holds a frame up */
    hover_away(app);
    Uint32 *px = frame_pixels(app->offscreen);
    save_png("host-projector", "actual", px, app->pw, app->ph);
    free(px);
    /* the host changes on its own thread: with no event, the window draws it */
    unsigned long frames = app->frames;
    assert_int_equal(ui_wait_ms(app), UI_HOST_POLL_MS);
    ui_app_tick(app);
    assert_int_equal(app->frames, frames);     /* nothing changed, nothing drawn */
    char said[256];
    Error err = { 0 };
    assert_int_equal(host_command(ui_host(app), "timer 90", said, sizeof said, &err), 0);
    ui_app_tick(app);
    assert_true(app->frames > frames);
    frames = app->frames;
    ui_app_tick(app);
    assert_int_equal(app->frames, frames);     /* drawn once, not again */
    host_status(ui_host(app), &st);
    /* what silent teams do: one toggle, showing the choice */
    assert_int_equal(st.silent, SILENT_PASS);
    click(app, "The computer plays silent teams");
    host_status(ui_host(app), &st);
    assert_int_equal(st.silent, SILENT_AI);
    click(app, "End the week now");
    host_status(ui_host(app), &st);
    assert_int_equal(st.week, 2);
    assert_true(st.nnews > 0);
    click(app, "Stop the class");
    assert_int_equal(app->screen, SCR_MENU);
    assert_null(app->host);
    ui_app_destroy(app);
}

/* What zbarimg (zbar-tools, a real decoder) reads in a PNG: its first
 * code's text, or "" with why in out. */
static void decode_qr(const char *png, char *out, size_t cap)
{
    char cmd[700];
    snprintf(cmd, sizeof cmd, "zbarimg --quiet --raw -Sdisable -Sqrcode.enable '%s' 2>/dev/null", png);
    FILE *f = popen(cmd, "r");
    out[0] = '\0';
    if (f && fgets(out, (int)cap, f))
        out[strcspn(out, "\n")] = '\0';
    int rc = f ? pclose(f) : -1;
    if (rc != 0)
        print_error("zbarimg %s: exit %d (tools/deps.sh test installs zbar-tools)\n", png, rc);
}

/* The projector after a week, at 1280x720 and 1920x1080 and at every
 * interface scale and text size: the map has the week's markers, no text
 * is cut off or covered (support.h, text_problems), and the QR code a
 * phone reads is the address and the room code. */
static void test_projector_reads_well(void **state)
{
    (void)state;
    static const int sizes[][2] = { { 1280, 720 }, { 1920, 1080 } };
    static char report[1 << 18];
    report[0] = '\0';
    int problems = 0;
    for (size_t z = 0; z < sizeof sizes / sizeof *sizes; z++) {
        App *app = new_class(sizes[z][0], sizes[z][1]);
        for (int a = 0; a < ACTOR_COUNT; a++) {      /* a team for every role, each with its name */
            app->ng_human[a] = true;
            snprintf(app->ng_team[a], sizeof app->ng_team[a], "Team %s", actor_title((Actor)a));
        }
        click(app, "Start game");
        assert_int_equal(app->screen, SCR_HOST);
        click(app, "The computer plays silent teams");     /* a week with news */
        click(app, "End the week now");
        HostStatus st;
        host_status(ui_host(app), &st);
        assert_true(st.played == 1 && st.nnews > 0);
        char said[256];
        Error err = { 0 };
        assert_int_equal(host_command(ui_host(app), "timer 600", said, sizeof said, &err), 0);
        assert_int_equal(host_command(ui_host(app), "pause", said, sizeof said, &err), 0);
        keep_text_boxes(app);
        for (int ts = 0; ts < 3; ts++)
            for (int pct = 80; pct <= 150; pct += 35) {
                app->set.ui_scale_pct = pct;
                app->set.text_size = ts;
                ui_apply_settings(app);
                ui_app_measure(app);
                char where[120];
                snprintf(where, sizeof where, "the projector at %dx%d, %d%%, text size %d", app->pw, app->ph, pct, ts);
                problems += text_problems(app, where, report, sizeof report);
                int marks = 0;
                for (int i = 0; i < app->text_log->n; i++)
                    marks += app->text_log->box[i].mark;
                if (marks == 0)
                    problems += snprintf(report + strlen(report), sizeof report - strlen(report),
                                         "%s: no marker on the map\n", where) > 0;
            }
        app->set.ui_scale_pct = 100;
        app->set.text_size = 0;
        ui_apply_settings(app);
        hover_away(app);
        ui_app_frame(app);
        char name[64], png[200], read[300], link[300];
        snprintf(name, sizeof name, "host-projector-%dx%d", sizes[z][0], sizes[z][1]);
        Uint32 *px = frame_pixels(app->offscreen);
        save_png(name, "actual", px, app->pw, app->ph);
        free(px);
        snprintf(png, sizeof png, "%s/%s.actual.png", OUT_DIR, name);
        decode_qr(png, read, sizeof read);
        snprintf(link, sizeof link, "%s#room=%s", st.url, st.room);
        assert_string_equal(read, link);
        click(app, "Stop the class");
        ui_app_destroy(app);
    }
    fputs(report, stderr);
    if (problems)
        fail_msg("%d problems on the projector's screen (listed above)", problems);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_projector, setup),
        cmocka_unit_test_setup(test_projector_reads_well, setup),
    };
    return run_ui_tests("projector", tests, sizeof tests / sizeof *tests);
}
