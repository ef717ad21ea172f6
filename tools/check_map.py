#!/usr/bin/env python3
"""check_map.py - parse assets/map/region.map strictly (as the C loader will) and render
it to an image for a visual check.  Standard library only; writes a binary PPM and, if
ImageMagick's `convert` is available, a labelled PNG next to it.

    python3 tools/check_map.py assets/map/region.map /tmp/region.png [LON0 LAT0 LON1 LAT1]

The optional box zooms the picture (default: the file's bbox).
"""
import math
import os
import re
import shutil
import subprocess
import sys

CODE = re.compile(r"^[A-Z]{3}$")
PID = re.compile(r"^[A-Z_]+$")
NUM = re.compile(r"^-?\d+(\.\d{1,3})?$")


def fail(path, line, msg):
    sys.exit(f"{path}:{line}: {msg}")


def parse(path):
    bbox, countries, points = None, [], []
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    i = 0
    while i < len(lines):
        n, ln = i + 1, lines[i]
        i += 1
        if ln == "" or ln.startswith("#"):
            continue
        kw, _, rest = ln.partition(" ")
        if kw == "bbox":
            f = rest.split(" ")
            if bbox or countries or len(f) != 4 or not all(NUM.match(x) for x in f):
                fail(path, n, "expected one 'bbox LON0 LAT0 LON1 LAT1' before countries")
            bbox = [float(x) for x in f]
        elif kw == "country":
            code, _, name = rest.partition(" ")
            if not bbox or not CODE.match(code) or not name or points:
                fail(path, n, "expected 'country CODE NAME' after bbox and before points")
            if any(c["code"] == code for c in countries):
                fail(path, n, f"duplicate country {code}")
            countries.append({"code": code, "name": name, "rings": []})
        elif kw in ("ring", "hole"):
            if not countries or not rest.isdigit() or int(rest) < 3:
                fail(path, n, f"expected '{kw} N' (N >= 3) inside a country")
            if kw == "hole" and not countries[-1]["rings"]:
                fail(path, n, "hole before any ring")
            pts = []
            for _ in range(int(rest)):
                if i >= len(lines):
                    fail(path, i, "file ends inside a ring")
                f = lines[i].split(" ")
                i += 1
                if len(f) != 2 or not all(NUM.match(x) for x in f):
                    fail(path, i, "expected 'LON LAT'")
                x, y = float(f[0]), float(f[1])
                if not (bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]):
                    fail(path, i, "point outside bbox")
                pts.append((x, y))
            countries[-1]["rings"].append((kw, pts))
        elif kw == "point":
            f = rest.split(" ", 3)
            if len(f) != 4 or not PID.match(f[0]) or not NUM.match(f[1]) or not NUM.match(f[2]):
                fail(path, n, "expected 'point ID LON LAT LABEL'")
            points.append((f[0], float(f[1]), float(f[2]), f[3]))
        else:
            fail(path, n, f"unknown keyword '{kw}'")
    if not bbox:
        fail(path, len(lines), "no bbox")
    return bbox, countries, points


def render(bbox, countries, points, out_png, view=None):
    bbox = view or bbox
    W = 1400
    kx = math.cos(math.radians((bbox[1] + bbox[3]) / 2))  # equirectangular at mid-latitude
    sx = W / ((bbox[2] - bbox[0]) * kx)
    H = int(round((bbox[3] - bbox[1]) * sx))
    proj = lambda x, y: ((x - bbox[0]) * kx * sx, (bbox[3] - y) * sx)
    sea = (40, 70, 110)
    img = bytearray(bytes(sea) * (W * H))
    pal = [(200, 190, 160), (170, 190, 150), (210, 170, 150), (180, 170, 200),
           (160, 200, 190), (220, 210, 140)]
    special = {"IRN": (235, 140, 90), "BHR": (255, 60, 60), "QAT": (255, 220, 60),
               "OMN": (150, 150, 110), "ISR": (120, 160, 220), "PSE": (230, 230, 230)}
    labels = []
    for ci, c in enumerate(countries):
        col = bytes(special.get(c["code"], pal[ci % len(pal)]))
        edges = []
        for _, pts in c["rings"]:
            pp = [proj(*p) for p in pts]
            for j in range(len(pp)):
                a, b = pp[j], pp[(j + 1) % len(pp)]
                if a[1] != b[1]:
                    edges.append((a, b))
        for y in range(H):  # even-odd scanline fill over all rings of the country
            yc = y + 0.5
            xs = sorted(a[0] + (yc - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
                        for a, b in edges if (a[1] <= yc) != (b[1] <= yc))
            for k in range(0, len(xs) - 1, 2):
                x0, x1 = max(0, int(math.ceil(xs[k] - 0.5))), min(W - 1, int(math.floor(xs[k + 1] - 0.5)))
                if x1 >= x0:
                    img[(y * W + x0) * 3:(y * W + x1 + 1) * 3] = col * (x1 - x0 + 1)
        big = max((pts for kw, pts in c["rings"] if kw == "ring"), key=len)
        cx = sum(p[0] for p in big) / len(big)
        cy = sum(p[1] for p in big) / len(big)
        labels.append((c["code"],) + proj(cx, cy))
    # outlines
    for c in countries:
        for _, pts in c["rings"]:
            pp = [proj(*p) for p in pts]
            for j in range(len(pp)):
                (x0, y0), (x1, y1) = pp[j], pp[(j + 1) % len(pp)]
                steps = int(max(abs(x1 - x0), abs(y1 - y0))) + 1
                for s in range(steps + 1):
                    x = int(x0 + (x1 - x0) * s / steps)
                    y = int(y0 + (y1 - y0) * s / steps)
                    if 0 <= x < W and 0 <= y < H:
                        img[(y * W + x) * 3:(y * W + x) * 3 + 3] = b"\x30\x30\x30"
    for _, x, y, _ in points:
        px, py = proj(x, y)
        for dy in range(-3, 4):
            for dx in range(-3, 4):
                X, Y = int(px) + dx, int(py) + dy
                if 0 <= X < W and 0 <= Y < H:
                    img[(Y * W + X) * 3:(Y * W + X) * 3 + 3] = b"\xff\x00\xff"
    ppm = os.path.splitext(out_png)[0] + ".ppm"
    with open(ppm, "wb") as f:
        f.write(b"P6\n%d %d\n255\n" % (W, H) + bytes(img))
    if shutil.which("convert"):
        draw = []
        for code, x, y in labels:
            draw += ["-fill", "black", "-annotate", f"+{int(x) - 12}+{int(y) + 5}", code]
        for pid, x, y, _ in points:
            px, py = proj(x, y)
            draw += ["-fill", "white", "-annotate", f"+{int(px) + 5}+{int(py) - 4}", pid]
        subprocess.run(["convert", ppm, "-pointsize", "13"] + draw + [out_png], check=True)
    return W, H


def main():
    if len(sys.argv) not in (3, 7):
        sys.exit("usage: check_map.py region.map out.png [LON0 LAT0 LON1 LAT1]")
    view = [float(x) for x in sys.argv[3:7]] or None
    bbox, countries, points = parse(sys.argv[1])
    nr = sum(len(c["rings"]) for c in countries)
    nv = sum(len(p) for c in countries for _, p in c["rings"])
    print(f"ok: bbox {bbox}, {len(countries)} countries, {nr} rings/holes, {nv} vertices, {len(points)} points")
    print("countries:", " ".join(c["code"] for c in countries))
    print("points:", " ".join(p[0] for p in points))
    print("image %dx%d -> %s" % (render(bbox, countries, points, sys.argv[2], view) + (sys.argv[2],)))


if __name__ == "__main__":
    main()
