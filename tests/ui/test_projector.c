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

/* Listens on 127.0.0.1:8080 if it can (else someone else does): a socket to close. */
static int take_8080(void)
{
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(8080) };
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int fd = socket(AF_INET, SOCK_STREAM, 0);
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

static void test_projector(void **state)
{
    (void)state;
    App *app = make_app(FIXTURE, 1280, 720);
    click(app, "New game");
    click(app, "The January Uprising");
    click(app, "Iran");
    click(app, "Teams join from their own devices");
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

int main(void)
{
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    setenv("SDL_RENDER_DRIVER", "software", 1);
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) {
        fprintf(stderr, "cannot start SDL: %s\n", SDL_GetError());
        return 1;
    }
    const struct CMUnitTest tests[] = { cmocka_unit_test_setup(test_projector, setup) };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    TTF_Quit();
    SDL_Quit();
    return failed;
}
