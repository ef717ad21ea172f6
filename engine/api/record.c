/* The front door: a game's record as JSON, and the after-action report. */
#include <cjson/cJSON.h>

#include "../redline.h"
#include "../report/report.h"

int rl_write_record(const Session *s, RecordKind kind, FILE *out, Error *err)
{
    cJSON *doc = kind == RECORD_FULL ? record_to_json(s) : game_to_json(s);
    char *text = doc ? cJSON_Print(doc) : NULL;
    int rc = 0;
    if (!text)
        rc = (error_set(err, ERR_INTERNAL, "out of memory"), -1);
    else if (fputs(text, out) < 0 || fputc('\n', out) == EOF)
        rc = (error_set(err, ERR_DATA, "cannot write the record"), -1);
    cJSON_free(text);
    cJSON_Delete(doc);
    return rc;
}

void rl_write_story(const Session *s, FILE *out)
{
    story_write(out, s);
}

int rl_report(const Session *s, const Session *branch, const char *branch_name, const char *dir, Error *err)
{
    return report_write(s, branch, branch_name, dir, err);
}
