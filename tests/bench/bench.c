/* Timings for make bench: microseconds of processor time per turn split into
 * the scripts (actors' decide and the event deck, in Lua) and the resolution
 * in C, and save and load times (wall: a save waits for the disk). Each
 * figure is the median of repeated runs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../engine/save/save.h"

#define REPEATS 5

static double now_us(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

static double cpu_us(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, by_value);
    return v[n / 2];
}

static int no_orders(void *ctx, const Game *g, Actor a, Order *out, int max)
{
    (void)ctx, (void)g, (void)a, (void)out, (void)max;
    return 0;
}

/* Mean microseconds per turn over `games` games, with the scripts deciding
 * (scripted) or with every actor passing and no events (the C baseline). */
static double per_turn(Session *s, int games, int scripted)
{
    TurnHooks baseline = { .decide = no_orders };
    long turns = 0;
    double spent = 0;
    for (int i = 0; i < games; i++) {
        session_restart(s, (uint64_t)i + 1);
        double start = cpu_us();
        while (!session_over(s)) {
            if (scripted)
                session_step(s);
            else
                turn_resolve(&s->game, &baseline);
            turns++;
        }
        spent += cpu_us() - start;
    }
    return spent / (double)turns;
}

static Session *open_game(const char *scenario, uint64_t seed)
{
    SessionConfig cfg = { .root = ".", .scenario = scenario, .seed = seed };
    Error err = { 0 };
    Session *s = session_open(&cfg, &err);
    if (!s) {
        fprintf(stderr, "bench: %s\n", err.msg);
        exit(1);
    }
    return s;
}

static void turn_split(const char *scenario)
{
    Session *s = open_game(scenario, 1);
    double full[REPEATS], c_only[REPEATS];
    per_turn(s, 20, 1);
    for (int r = 0; r < REPEATS; r++) {
        full[r] = per_turn(s, 100, 1);
        c_only[r] = per_turn(s, 100, 0);
    }
    double f = median(full, REPEATS), c = median(c_only, REPEATS);
    printf("turn_us %s %.1f %.1f %.1f\n", scenario, f, f - c, c);
    session_free(s);
}

static void save_and_load(void)
{
    Session *s = open_game("jan2026", 7);
    while (!session_over(s))
        session_step(s);
    const char *path = "build/bench-save.json";
    double save[REPEATS * 4], load[REPEATS * 4];
    Error err;
    for (int r = 0; r < REPEATS * 4; r++) {
        double t0 = now_us();
        if (save_write(s, path, &err) != 0)
            fprintf(stderr, "bench: %s\n", err.msg), exit(1);
        double t1 = now_us();
        Session *loaded = save_load(path, ".", NULL, &err);
        double t2 = now_us();
        if (!loaded)
            fprintf(stderr, "bench: %s\n", err.msg), exit(1);
        session_free(loaded);
        save[r] = (t1 - t0) / 1000;
        load[r] = (t2 - t1) / 1000;
    }
    printf("save_ms %.2f\nload_ms %.2f\n", median(save, REPEATS * 4), median(load, REPEATS * 4));
    remove(path);
    session_free(s);
}

int main(void)
{
    turn_split("jan2026");
    turn_split("letter2025");
    save_and_load();
    return 0;
}
