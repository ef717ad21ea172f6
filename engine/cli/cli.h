#ifndef REDLINE_CLI_H
#define REDLINE_CLI_H

#include <cjson/cJSON.h>
#include <stdio.h>

#include "../redline.h"
#include "paths.h"

extern const char *cli_root;    /* the folder holding scripts/ */
extern const Places *const cli_places;  /* and where the player's files go */
extern const ModSet *cli_mods;  /* the mods every command plays with */

/* Everything main() does, so tests and fuzzers can call it. */
int cli_main(int argc, char **argv);

int cmd_run(int argc, char **argv);
int cmd_scenarios(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_batch(int argc, char **argv);
int cmd_replay(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_fork(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_api(int argc, char **argv);
int cmd_tournament(int argc, char **argv);
int cmd_league(int argc, char **argv);
int cmd_sweep(int argc, char **argv);
int cmd_mods(int argc, char **argv);
int cmd_host(int argc, char **argv);
int cmd_handouts(int argc, char **argv);

/* Install the mods every command and the window play with: those switched on
 * (redline mods enable), none under REDLINE_NO_MODS=1. */
void cli_use_mods(void);
/* If a mod that is off has scenario id, say so and how to switch it on. */
void cli_hint_mod_scenario(const char *id);

/* Whether the scenario exists; if not, say so and list the known ones. */
int cli_known_scenario(const char *id);

/* Print "redline: message" to stderr and return code. */
int cli_fail(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int cli_usage(const char *usage, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* text into HTML or SVG, with what would break the markup escaped */
void cli_put_escaped(FILE *f, const char *text);
/* fprintf of the game's own words with numbers (a weight, a share, a mean) in
 * the language's digits and decimal comma, as the window writes them
 * (rl_digits_text); never for a URL, a code, a command or what programs read. */
void cli_print_numbers(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int cli_parse_u64(const char *text, unsigned long long max, unsigned long long *out);

/* A configuration for a game of the installed content: root and mods set. */
SessionConfig cli_config(void);
/* Print a game's warnings to stderr ("redline: warning: ..."). */
void cli_warnings(const Session *s);

#endif
