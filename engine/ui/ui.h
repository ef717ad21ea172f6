#ifndef REDLINE_UI_H
#define REDLINE_UI_H

/* The game window. `redline` with no arguments and `redline play ...` come
 * here; argv[0] is "play" for the latter. Returns the process exit code. */
int ui_main(int argc, char **argv, const char *root);

#endif
