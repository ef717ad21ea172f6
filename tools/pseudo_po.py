#!/usr/bin/env python3
"""The pseudo-language of the tests (qps): every message of the template
marked and 40% longer, so that a screen shows at once a string that did not
go through gettext (no marks) and text that will not fit a longer language
(clipped or overlapping). Accented letters stand in for the English ones, so
it stays readable; printf directives and line breaks are kept as they are.

Usage: tools/pseudo_po.py po/redline.pot > qps.po
"""
import re
import sys

ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "àéîöûÀÉÎÖÛçñýÇÑÝ")
DIRECTIVE = re.compile(r"%(?:\d+\$)?[-+ #0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|z|j|t|L)?[diouxXeEfFgGcsp%]")


def stretch(text):
    """⟦text, accented, padded to 140%⟧ with its directives untouched."""
    if not text:
        return text
    parts, last = [], 0
    for m in DIRECTIVE.finditer(text):
        parts.append(text[last:m.start()].translate(ACCENTS))
        parts.append(m.group(0))
        last = m.end()
    parts.append(text[last:].translate(ACCENTS))
    body = "".join(parts)
    pad = max(1, round(len(text) * 0.4) - 2)
    # line breaks at either end stay outside the marks, as msgfmt --check wants
    head = "\n" if body.startswith("\n") else ""
    tail = "\n" if body.endswith("\n") and len(body) > len(head) else ""
    body = body[len(head):len(body) - len(tail)]
    return head + "⟦" + body + " " + "·" * pad + "⟧" + tail


def unquote(s):
    """A PO string's text: its C escapes undone."""
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s.strip()[1:-1])


def quote(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{s}"'


def entries(lines):
    """Yield each entry as (comment lines, {keyword: text})."""
    comments, fields, key = [], {}, None
    for line in lines + [""]:
        line = line.rstrip("\n")
        if not line.strip():
            if fields:
                yield comments, fields
            comments, fields, key = [], {}, None
        elif line.startswith("#"):
            comments.append(line)
        elif line.startswith('"'):
            fields[key] += unquote(line)
        else:
            key, rest = line.split(" ", 1)
            fields[key] = unquote(rest)


def main(path):
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    out = []
    for comments, fields in entries(lines):
        msgid = fields.get("msgid", "")
        if msgid == "":
            out.append('msgid ""\nmsgstr ""\n"Project-Id-Version: redline\\n"\n"PO-Revision-Date: 2026-01-01 00:00+0000\\n"\n'
                       '"Last-Translator: tools/pseudo_po.py\\n"\n"Language-Team: none\\n"\n"Language: qps\\n"\n'
                       '"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                       '"Content-Transfer-Encoding: 8bit\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n')
            continue
        out.extend(c for c in comments if c.startswith("#,"))
        if "msgctxt" in fields:
            out.append("msgctxt " + quote(fields["msgctxt"]))
        out.append("msgid " + quote(msgid))
        if "msgid_plural" in fields:
            out.append("msgid_plural " + quote(fields["msgid_plural"]))
            out.append("msgstr[0] " + quote(stretch(msgid)))
            out.append("msgstr[1] " + quote(stretch(fields["msgid_plural"])))
        else:
            out.append("msgstr " + quote(stretch(msgid)))
        out.append("")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
