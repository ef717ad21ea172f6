/* The words a player reads that live in the scripts: a scenario's briefing
 * and the sources it rests on, and the summary of every source paragraph
 * (scripts/sources.lua). Read once, as plain C strings, so that the faces
 * never touch Lua. */
#ifndef REDLINE_TEXTS_H
#define REDLINE_TEXTS_H

#include <stddef.h>

#include "../core/error.h"
#include "../redline.h"
#include "sandbox.h"

#define SOURCE_NOTE_LEN 600

typedef struct SourceNote {
    char tag[SOURCE_TAG_LEN];
    char text[SOURCE_NOTE_LEN];
} SourceNote;

/* Every source summary, sorted by tag (NULL notes: none were found). */
typedef struct SourceNotes {
    int count;
    SourceNote *notes;
} SourceNotes;

/* Hard-wrapped script text as running prose: single line breaks become
 * spaces, blank lines stay paragraph breaks. */
void texts_reflow(const char *in, char *out, size_t cap);

/* The scenario table at registry reference `ref`: its briefing (reflowed)
 * and the tags in its sources list; returns how many tags. */
int texts_briefing(Sandbox *sb, int ref, char *briefing, size_t cap, char (*sources)[SOURCE_TAG_LEN], int max);

/* scripts/sources.lua read into notes (empty if the file is missing); -1
 * and err if it is there but broken. */
int texts_sources(Sandbox *sb, SourceNotes *notes, Error *err);
const char *texts_source(const SourceNotes *notes, const char *tag);
void texts_sources_free(SourceNotes *notes);

#endif
