/* redline api: the scripting API reference, or stubs for the Lua language
 * server, written out from the engine's own registries (rl_api_reference). */
#include <string.h>

#include "cli.h"

static const char api_usage[] =
    N_("usage: redline api [--markdown | --stubs]\n"
    "\n"
    "  --markdown   the API reference, as in docs/modding.md (the default)\n"
    "  --stubs      annotation stubs for the Lua language server (docs/lua-stubs/redline.lua)\n");

int cmd_api(int argc, char **argv)
{
    if (argc > 2)
        return cli_usage(api_usage, _("expected at most one option"));
    const char *mode = argc == 2 ? argv[1] : "--markdown";
    if (strcmp(mode, "--help") == 0)
        return fputs(_(api_usage), stdout), 0;
    if (strcmp(mode, "--markdown") != 0 && strcmp(mode, "--stubs") != 0)
        return cli_usage(api_usage, _("unknown option '%s'"), mode);
    Error err = { 0 };
    if (rl_api_reference(cli_root, strcmp(mode, "--stubs") == 0, stdout, &err) != 0)
        return cli_fail(err.code ? err.code : 1, "%s", err.msg);
    return 0;
}
