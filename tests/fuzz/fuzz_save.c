/* The save loader against arbitrary bytes. Inputs that parse as JSON get a
 * correct checksum, so the fuzzer reaches the checks and the replay behind
 * it instead of stopping at the checksum every time. */
#include <cjson/cJSON.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "../../engine/save/save.h"

static void fix_checksum(cJSON *doc)
{
    cJSON_DeleteItemFromObjectCaseSensitive(doc, "checksum");
    char *text = cJSON_PrintUnformatted(doc);
    char sum[17];
    snprintf(sum, sizeof sum, "%016" PRIx64, text ? hash_bytes(0, text, strlen(text)) : 0);
    cJSON_free(text);
    cJSON_AddStringToObject(doc, "checksum", sum);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/redline-fuzz-save-%d.json", (int)getpid());
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    char *text = NULL;
    cJSON *doc = cJSON_ParseWithLength((const char *)data, size);
    if (cJSON_IsObject(doc)) {
        fix_checksum(doc);
        text = cJSON_Print(doc);
    }
    if (text)
        fputs(text, f);
    else
        fwrite(data, 1, size, f);
    fclose(f);
    cJSON_free(text);
    cJSON_Delete(doc);
    Error err = { 0 };
    Session *s = save_load(path, ".", NULL, &err);
    if (s) {
        for (int t = 0; t < 3 && !session_over(s); t++)
            session_step(s);
        session_free(s);
    }
    remove(path);
    return 0;
}
