/* The classroom host's message parser against arbitrary bytes: whatever
 * comes over the network is read or refused with a message, never a crash,
 * and what is read keeps the limits the host relies on. */
#include <stdlib.h>
#include <string.h>

#include "../../engine/redline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    NetMessage m;
    Error err = { 0 };
    if (rl_message_parse((const char *)data, size, &m, &err) != 0) {
        if (err.msg[0] == '\0' || m.script)
            abort();        /* a refusal says why and leaves nothing to free */
        return 0;
    }
    if (m.kind >= NET_KINDS || m.norders < 0 || m.norders > MAX_ORDERS || m.seq < 0 ||
        strlen(m.room) > NET_ROOM_LEN || strlen(m.token) > NET_TOKEN_LEN ||
        (m.kind == NET_JOIN && (m.actor < 0 || m.actor >= ACTOR_COUNT)) ||
        (m.kind == NET_WHY && (m.var < 0 || m.var >= VAR_COUNT || m.turn < 1)) ||
        (m.kind == NET_HANDIN && (!m.script || m.script_len > NET_MAX_SCRIPT || strlen(m.script) != m.script_len)))
        abort();
    for (int i = 0; i < m.norders; i++)
        if (strlen(m.orders[i]) == 0 || strlen(m.orders[i]) >= ID_LEN)
            abort();
    rl_message_free(&m);
    return 0;
}
