#!/usr/bin/env python3
"""The text a player reads in the game's scripts, as a gettext template.

The scripts are plain Lua tables; the fields the engine shows a player are
named (an action's name, text and news, a rule's reason, an objective's or
an event's text, a scenario's name and briefing, its debrief questions, a
source's summary in sources.lua, and each source's key, the short name a
citation uses, in the context "source"; an article's paragraph, A12, is not
translated). xgettext reads only calls in Lua, so this
reads those fields, with the file and line of each, and writes a .pot that
msgcat joins to the C strings' (make update-po). The engine keeps the
English and the faces show rl_text() of it (engine/api/language.c).

Usage: tools/script_text.py FILE.lua... > scripts.pot
A file the reader cannot follow (an unterminated string or comment) is an
error naming it and its line.
"""
import re
import sys

TEXT_FIELDS = {"name", "text", "news", "reason", "briefing"}
LIST_FIELDS = {"debrief"}          # every string in these tables is text
SOURCES = "sources.lua"            # every string keyed by a tag is a summary
SOURCE_CONTEXT = "source"          # a source's key as a citation names it (rl_sources_text)
ARTICLE_TAG = re.compile(r"[A-Z][0-9]+$")   # A12: an article's paragraph, the same in every language

ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'", "\n": "\n", "a": "\a", "r": "\r"}


class LuaError(Exception):
    pass


def unescape(body, path, line):
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        nxt = body[i + 1] if i + 1 < len(body) else ""
        if nxt in ESCAPES:
            out.append(ESCAPES[nxt])
            i += 2
        elif nxt.isdigit():
            digits = re.match(r"\d{1,3}", body[i + 1:]).group(0)
            out.append(chr(int(digits)))
            i += 1 + len(digits)
        elif nxt == "u":
            m = re.match(r"u\{([0-9a-fA-F]+)\}", body[i + 1:])
            if not m:
                raise LuaError(f"{path}:{line}: a \\u escape needs {{hex}}")
            out.append(chr(int(m.group(1), 16)))
            i += 1 + len(m.group(0))
        else:
            raise LuaError(f"{path}:{line}: unknown escape \\{nxt}")
    return "".join(out)


def tokens(src, path):
    """(kind, value, line): kind is 'str', 'name' or the punctuation itself."""
    i, line, n = 0, 1, len(src)
    while i < n:
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif src.startswith("--", i):
            m = re.match(r"--\[(=*)\[", src[i:])
            if m:
                end = src.find("]" + m.group(1) + "]", i)
                if end < 0:
                    raise LuaError(f"{path}:{line}: unterminated long comment")
                line += src.count("\n", i, end)
                i = end + len(m.group(1)) + 2
            else:
                while i < n and src[i] != "\n":
                    i += 1
        elif c in "\"'":
            start, j = line, i + 1
            while j < n and src[j] != c:
                if src[j] == "\n":
                    raise LuaError(f"{path}:{line}: unterminated string")
                j += 2 if src[j] == "\\" else 1
            if j >= n:
                raise LuaError(f"{path}:{line}: unterminated string")
            yield "str", unescape(src[i + 1:j], path, start), start
            i = j + 1
        elif c == "[" and re.match(r"\[=*\[", src[i:]):
            eq = re.match(r"\[(=*)\[", src[i:]).group(1)
            end = src.find("]" + eq + "]", i)
            if end < 0:
                raise LuaError(f"{path}:{line}: unterminated long string")
            body = src[i + len(eq) + 2:end]
            start = line
            line += src.count("\n", i, end)
            yield "str", body[1:] if body.startswith("\n") else body, start
            i = end + len(eq) + 2
        elif c.isalpha() or c == "_":
            m = re.match(r"[A-Za-z_][A-Za-z0-9_]*", src[i:])
            yield "name", m.group(0), line
            i += len(m.group(0))
        elif src.startswith("..", i):
            yield "..", "..", line
            i += 2
        else:
            yield c, c, line
            i += 1


def reflow(text):
    """A briefing as the engine shows it (script/texts.c, texts_reflow): a
    line break is a space, a blank line a paragraph's end."""
    paragraphs = re.split(r"\n\s*\n", text.strip(" \n"))
    return "\n\n".join(" ".join(line.strip() for line in p.split("\n") if line.strip()) for p in paragraphs)


def texts(path):
    """(text, line, field) for every player-visible string in path; a
    source's key has the field "key" (its summary "source KEY")."""
    with open(path, encoding="utf-8") as f:
        toks = list(tokens(f.read(), path))
    sources = path.endswith("/" + SOURCES) or path == SOURCES
    stack = []      # the field each open { belongs to (or None)
    i = 0
    while i < len(toks):
        kind, value, line = toks[i]
        field = toks[i - 2][1] if i >= 2 and toks[i - 1][0] == "=" and toks[i - 2][0] == "name" else None
        if sources and i >= 4 and [t[0] for t in toks[i - 4:i]] == ["[", "str", "]", "="]:
            field = toks[i - 3][1]      # a source keyed ["Oman talks 2025"] = "...": its summary too
        if kind == "{":
            stack.append(field)
        elif kind == "}" and stack:
            stack.pop()
        elif kind == "str":
            # "a" .. "b": one text
            while i + 2 < len(toks) and toks[i + 1][0] == ".." and toks[i + 2][0] == "str":
                value += toks[i + 2][1]
                i += 2
            listed = not field and stack and stack[-1] in LIST_FIELDS and toks[i - 1][0] in "{,"
            if field in TEXT_FIELDS:
                yield reflow(value) if field == "briefing" else value, line, field
            elif listed:
                yield value, line, stack[-1]
            elif sources and field and len(stack) == 1:
                if not ARTICLE_TAG.match(field):
                    yield field, line, "key"
                yield value, line, "source " + field
        i += 1


def po_string(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    lines = s.split("\n")
    if len(lines) == 1 and len(s) < 70:
        return f'"{s}"'
    parts = [line + "\\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    return '""\n' + "\n".join(f'"{p}"' for p in parts)


def main(paths):
    seen = {}       # (context, text) -> [(path:line, field)]
    order = []
    try:
        for path in paths:
            for text, line, field in texts(path):
                entry = (SOURCE_CONTEXT if field == "key" else None, text)
                if entry not in seen:
                    seen[entry] = []
                    order.append(entry)
                seen[entry].append((f"{path}:{line}", field))
    except (LuaError, OSError) as e:
        print(f"script_text: {e}", file=sys.stderr)
        return 1
    print('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n')
    for entry in order:
        context, text = entry
        if context:
            print("#. TRANSLATORS: the short name a citation gives this source in a list of sources")
            print("#. (\"A39, A41, June 2025 record\"): translate a description; an author and year may stay")
            print("#. as your readers cite them (\"Kuran 1991\"). Its summary: \"source " + text + "\".")
        else:
            fields = sorted({f for _, f in seen[entry]})
            print(f"#. {', '.join(fields)}")
        print("#: " + " ".join(where for where, _ in seen[entry]))
        if "%" in text:
            print("#, no-c-format")
        if context:
            print(f"msgctxt {po_string(context)}")
        print(f"msgid {po_string(text)}\nmsgstr \"\"\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
