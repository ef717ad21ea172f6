/* redline handouts: the printed materials for a lesson with devices -- a
 * role card for every actor (objectives, means, what it knows, sources, its
 * join code as text and QR code), a student briefing, and the teacher's
 * lesson plan with learning objectives and debrief questions; HTML with
 * print styles. It also makes the class (room code, join codes: class.txt)
 * that `redline host --dir DIR` then uses, so the cards work on the day. In
 * the game's language (gettext: LANGUAGE=fa redline handouts ...; right to
 * left where it is written so). */
#include <errno.h>
#include <stdarg.h>
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../host/host.h"
#include "cli.h"

static const char handouts_usage[] =
    N_("usage: redline handouts --scenario ID --out DIR [--url URL] [--teams us,iran,...]\n"
    "\n"
    "  --scenario ID   the scenario the class will play\n"
    "  --out DIR       where to write cards.html, briefing.html, lesson-plan.html and the class\n"
    "                  (class.txt: its room code and join codes, for redline host --dir DIR)\n"
    "  --url URL       the address teams will open (default: http://THIS-COMPUTER:8080/)\n"
    "  --teams LIST    the roles the lesson plan suggests (default: us,iran,protesters); cards\n"
    "                  are written for every role\n");

typedef struct Handouts {
    Session *s;
    const char *dir, *teams;
    char url[200], room[NET_ROOM_LEN + 1];
    char token[ACTOR_COUNT][NET_TOKEN_LEN + 1];
} Handouts;

/* fputs of a format whose %s arguments are escaped ("%s" only). */
static void html(FILE *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    for (const char *p = fmt; *p; p++) {
        if (p[0] == '%' && p[1] == 's') {
            cli_put_escaped(f, va_arg(ap, const char *));
            p++;
        } else {
            fputc(*p, f);
        }
    }
    va_end(ap);
}

static const char style[] =
    "<style>body{font:11pt/1.4 'DejaVu Sans',sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem;color:#111}"
    "h1{font-size:18pt;border-bottom:3px solid #a4161a}h2{font-size:14pt;margin-top:1.2em}h3{font-size:12pt}"
    ".card{border:1px solid #444;padding:0.8rem 1rem;margin:1rem 0;break-inside:avoid}"
    ".code{font:bold 16pt monospace;letter-spacing:0.1em}.join{display:flex;gap:1rem;align-items:center}"
    "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:2px 4px;text-align:start;"
    "vertical-align:top}.muted{color:#555}strong,.code,code{unicode-bidi:plaintext}:lang(fa) ol{list-style-type:persian}"   /* a URL, a code: their own direction */
    "@media print{body{margin:0;max-width:none}.card{page-break-after:always;border:none}"
    "a{color:inherit;text-decoration:none}}</style>";

static FILE *open_page(const Handouts *h, const char *name, const char *title)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", h->dir, name);
    FILE *f = fopen(path, "w");
    if (f)
        html(f, "<!doctype html>\n<html lang=\"%s\" dir=\"%s\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                "content=\"width=device-width, initial-scale=1\"><title>%s</title>", rl_language(),
             rl_language_rtl() ? "rtl" : "ltr", title),
            fprintf(f, "%s</head><body>\n", style);
    return f;
}

static void link_of(const Handouts *h, Actor a, char *out, size_t cap)
{
    snprintf(out, cap, "%s#room=%s&team=%s&token=%s", h->url, h->room, actor_name(a), h->token[a]);
}

static void card_objectives(FILE *f, const Session *s, Actor a)
{
    const Scenario *sc = rl_scenario(s);
    /* TRANSLATORS: the handouts (redline handouts) are HTML: keep the tags and the %s, %d in their order,
       translate the text between them */
    fputs(_("<h3>Objectives</h3>"), f);
    if (sc->nobjectives[a] == 0) {
        fputs(_("<p>No scored objectives in this scenario: decide what your side wants, and say in the debrief "
              "whether you got it.</p>"), f);
        return;
    }
    fputs("<ul>", f);
    for (int i = 0; i < sc->nobjectives[a]; i++)
        html(f, "<li>%s", rl_text(sc->objectives[a][i].text)), cli_print_numbers(f, _(" (weight %g)</li>"), sc->objectives[a][i].weight);
    fputs("</ul>", f);
}

static void card_means(FILE *f, const Session *s, Actor a)
{
    const Catalogue *cat = rl_catalogue(s);
    cli_print_numbers(f, _("<h3>Your means</h3><p>Up to %d orders a week, within %d political capital a week.</p><table>"
               "<tr><th>Action</th><th>Cost</th><th>What it does</th></tr>"), MAX_ORDERS, rl_capital(s, a));
    for (int k = 0; k < cat->count; k++) {
        const Action *act = &cat->actions[k];
        if (!(act->actors & (1u << a)))
            continue;
        html(f, "<tr><td>%s", rl_text(act->name));
        cli_print_numbers(f, "%s</td><td>%d</td>", act->secret ? _(" <em>(secret)</em>") : "", act->cost);
        char named[sizeof act->sources * 4];
        html(f, "<td>%s <span class=\"muted\">[%s]</span></td></tr>", rl_text(act->text),
             rl_sources_text(act->sources, named, sizeof named));
    }
    fputs("</table>", f);
}

/* What the role sees as it is, and what it only estimates, at the start. */
static void card_knowledge(FILE *f, const Session *s, Actor a)
{
    fputs(_("<h3>What you know at the start</h3><p>Values marked ≈ are your side's estimates: you cannot see the "
          "truth of them, and your page will show estimates too.</p><table>"), f);
    for (int v = 0; v < VAR_COUNT; v++) {
        if (var_info[v].flags & (INTERNAL | TRANSIENT))
            continue;
        double sd, x = rl_value(s, a, 0, (Var)v, &sd);
        html(f, "<tr><td>%s</td><td>", rl_var_label((Var)v));
        if (isnan(x))
            fputs(_("unknown"), f);
        else if (sd > 0)
            cli_print_numbers(f, fabs(x) >= 1000 ? "≈ %.0f (± %.2g)" : "≈ %.3g (± %.2g)", x, sd);
        else
            cli_print_numbers(f, fabs(x) >= 1000 ? "%.0f" : "%.3g", x);     /* 1450, not 1.45e+03 */
        html(f, " %s</td><td class=\"muted\">%s</td></tr>", var_info[v].unit, rl_text(var_info[v].description));
    }
    fputs("</table>", f);
}

static void card_sources(FILE *f, const Session *s)
{
    const char *tags[MAX_SCENARIO_SOURCES];
    int n = rl_scenario_sources(s, tags, MAX_SCENARIO_SOURCES);
    fputs(_("<h3>Sources</h3><ul>"), f);
    for (int i = 0; i < n; i++) {
        const char *note = rl_source_note(s, tags[i]);
        html(f, "<li><strong>%s</strong>: %s</li>", rl_source_name(tags[i]), note ? rl_text(note) : "");
    }
    fputs("</ul>", f);
}

static int write_cards(const Handouts *h)
{
    FILE *f = open_page(h, "cards.html", _("Red Line: role cards"));
    if (!f)
        return -1;
    html(f, _("<h1>%s: role cards</h1><p class=\"muted\">One card per role; cut or print each on its own page. "
            "The join code is the team's: keep it within the team.</p>"), rl_text(rl_scenario(h->s)->name));
    for (int a = 0; a < ACTOR_COUNT; a++) {
        char link[400];
        link_of(h, (Actor)a, link, sizeof link);
        html(f, "<section class=\"card\"><h2>%s</h2><div class=\"join\">", rl_text(actor_title((Actor)a)));
        host_qr_svg(link, 132, f);
        html(f, _("<div><p>Open <strong>%s</strong>, room code <span class=\"code\">%s</span>, or scan the code.</p>"),
             h->url, h->room);
        fprintf(f, _("<p>Your team's join code: <span class=\"code\">%.4s-%.4s-%.4s-%.4s</span></p></div></div>"),
                h->token[a], h->token[a] + 4, h->token[a] + 8, h->token[a] + 12);
        card_objectives(f, h->s, (Actor)a);
        card_means(f, h->s, (Actor)a);
        card_knowledge(f, h->s, (Actor)a);
        card_sources(f, h->s);
        fputs("</section>\n", f);
    }
    fputs("</body></html>\n", f);
    return fclose(f);
}

static int write_briefing(const Handouts *h)
{
    FILE *f = open_page(h, "briefing.html", _("Red Line: student briefing"));
    if (!f)
        return -1;
    const Scenario *sc = rl_scenario(h->s);
    html(f, _("<h1>%s</h1><h2>The situation</h2><p>%s</p>"), rl_text(sc->name), rl_text(rl_briefing(h->s)));
    cli_print_numbers(f, _("<h2>How the game works</h2><ul><li>Each turn is a week of the crisis (%d weeks at most). Your team "
               "decides its side's orders for the week: up to %d actions, within its political capital.</li>"
               "<li>Every side decides at the same time, then the week is played: what each side did, and what "
               "it set off, is in the news you read next.</li><li>You see what your side would see: some "
               "values are only estimates (≈), and other sides' secret moves stay secret.</li><li>Your "
               "objectives are on your team's card. Other roles are played by the computer, by rules drawn "
               "from the reporting the game cites.</li></ul>"), sc->turns, MAX_ORDERS);
    html(f, _("<h2>Joining</h2><ol><li>Open <strong>%s</strong> on your phone, tablet or laptop (the room's Wi-Fi).</li>"
            "<li>Type the room code <span class=\"code\">%s</span> and choose your team, or scan the code on "
            "your team's card.</li><li>Only the first device of a team joins without the join code: the others "
            "type the code on the card, or the one the first page shows.</li>"
            "<li>Build the week's orders together, then <em>Send our orders</em>. You may change them until the "
            "week ends: when every team has sent, or the time is up.</li></ol>"), h->url, h->room);
    fputs("</body></html>\n", f);
    return fclose(f);
}

static int write_plan(const Handouts *h)
{
    FILE *f = open_page(h, "lesson-plan.html", _("Red Line: lesson plan"));
    if (!f)
        return -1;
    const Scenario *sc = rl_scenario(h->s);
    html(f, _("<h1>Lesson plan: %s</h1><p>50 minutes, every team on its own device. Teams suggested: %s "
            "(the computer plays the other roles).</p>"), rl_text(sc->name), h->teams);
    fputs(_("<h2>Learning objectives</h2><p>By the end of the lesson students can:</p><ul>"
          "<li>explain how sanctions, talks, threats and strikes interact in a crisis, and why a move's effect "
          "depends on what the other sides do;</li><li>distinguish what an actor knows from what is true, and "
          "decide under uncertainty (estimates, secret moves);</li><li>trace an outcome back to the decisions and "
          "events that caused it, citing the reporting behind the game's rules;</li><li>weigh their side's "
          "objectives against the risk of escalation, and argue for a choice in the debrief.</li></ul>"), f);
    html(f, _("<h2>Before the lesson</h2><ol><li>Print <em>cards.html</em> (one role card a team) and "
            "<em>briefing.html</em> (one a student or a team).</li><li>On the teacher's computer, on the room's "
            "network: <code>redline host --scenario %s --dir %s --teams %s --timer 240 --silent ai --bind "
            "0.0.0.0</code> (or this computer's address instead of 0.0.0.0). The cards' codes are this class's.</li>"
            "<li>Open <em>%s</em> on a phone to check that the room can reach it.</li></ol>"),
         sc->id, h->dir, h->teams, h->url);
    fputs(_("<h2>Timeline</h2><table><tr><th>Minutes</th><th>What happens</th></tr>"
          "<tr><td>0–5</td><td>Teams sit together, get their card and open the page; the room code is on the "
          "projector.</td></tr><tr><td>5–10</td><td>Read the situation aloud; teams read their objectives and means "
          "and plan week 1.</td></tr><tr><td>10–34</td><td>Weeks 1 to 6, about four minutes each: teams decide and "
          "send; the projector shows who has sent and the time left; read the news together when the week "
          "resolves. Between weeks, inject an event from the host's console if the game needs a push.</td></tr>"
          "<tr><td>34–36</td><td>The game ends (or stop it): the report is written into the class's folder."
          "</td></tr><tr><td>36–48</td><td>Debrief with the report on the projector (questions below).</td></tr>"
          "<tr><td>48–50</td><td>Hand-in (optional homework): a team writes a strategy and hands it in from its "
          "page; the class's tournament plays them off.</td></tr></table>"), f);
    fputs(_("<h2>Debrief questions</h2><ol>"), f);
    for (int i = 0; i < sc->ndebrief; i++)
        html(f, "<li>%s</li>", rl_text(sc->debrief[i]));
    fputs(_("<li>Which of your moves did another side misread, and why?</li><li>Where did an estimate mislead "
          "you?</li><li>What would you do differently in the week that mattered most?</li></ol>"), f);
    fputs("</body></html>\n", f);
    return fclose(f);
}

/* http://ADDRESS:8080/ with this computer's first address on a network. */
static void default_url(char *out, size_t cap)
{
    HostAddress first;
    snprintf(out, cap, "http://%s:8080/", host_addresses(&first, 1) ? first.addr : "127.0.0.1");
}

int cmd_handouts(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "scenario", required_argument, NULL, 's' }, { "out", required_argument, NULL, 'o' },
        { "url", required_argument, NULL, 'u' }, { "teams", required_argument, NULL, 't' },
        { "help", no_argument, NULL, 'h' }, { 0, 0, 0, 0 },
    };
    Handouts h = { .teams = "us,iran,protesters" };
    const char *scenario = NULL, *url = NULL;
    opterr = 0;
    optind = 0;
    for (int c; (c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1;) {
        switch (c) {
        case 's': scenario = optarg; break;
        case 'o': h.dir = optarg; break;
        case 'u': url = optarg; break;
        case 't': h.teams = optarg; break;
        case 'h': fputs(_(handouts_usage), stdout); return 0;
        case ':': return cli_usage(handouts_usage, _("%s needs a value"), argv[optind - 1]);
        default: return cli_usage(handouts_usage, _("unknown option '%s'"), argv[optind - 1]);
        }
    }
    if (optind < argc)
        return cli_usage(handouts_usage, _("unexpected '%s'"), argv[optind]);
    if (!scenario || !h.dir)
        return cli_usage(handouts_usage, _("give --scenario ID and --out DIR"));
    if (!cli_known_scenario(scenario))
        return 2;
    if (url && strncmp(url, "http://", 7) != 0 && strncmp(url, "https://", 8) != 0)
        return cli_usage(handouts_usage, _("--url: an address starting with http://, not '%s'"), url);
    if (url)
        snprintf(h.url, sizeof h.url, "%s%s", url, url[strlen(url) - 1] == '/' ? "" : "/");
    else
        default_url(h.url, sizeof h.url);
    if (mkdir(h.dir, 0700) != 0 && errno != EEXIST)
        return cli_fail(2, _("%s: cannot make the folder: %s"), h.dir, strerror(errno));
    SessionConfig cfg = cli_config();
    cfg.scenario = scenario;
    cfg.seed = 1;
    Error err = { 0 };
    if (!(h.s = rl_open(&cfg, &err)))
        return cli_fail(err.code, "%s", err.msg);
    int rc = host_new_class(h.dir, h.room, h.token, &err);
    if (rc == 0 && (write_cards(&h) != 0 || write_briefing(&h) != 0 || write_plan(&h) != 0))
        rc = error_set(&err, ERR_DATA, _("%s: cannot write the handouts: %s"), h.dir, strerror(errno));
    rl_close(h.s);
    if (rc != 0)
        return cli_fail(err.code, "%s", err.msg);
    printf(_("wrote %s/cards.html, briefing.html, lesson-plan.html; room code %s at %s\n"
           "on the day: redline host --scenario %s --dir %s --teams %s --bind 0.0.0.0\n"),
           h.dir, h.room, h.url, scenario, h.dir, h.teams);
    return 0;
}
