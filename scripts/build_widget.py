#!/usr/bin/env python
"""Minify the widget's sources into the files pages actually load:
events/static/embed/X.js -> X.min.js and embed.css -> embed.min.css.

    .venv/bin/python scripts/build_widget.py          # write the .min files
    .venv/bin/python scripts/build_widget.py --check  # exit 1 if they are stale

rjsmin/rcssmin only drop comments and whitespace (no renaming), so the output is the source,
just smaller; tests/test_widget_size.py checks the .min files are current and within budget."""
from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

STATIC = Path(__file__).resolve().parents[1] / "events" / "static" / "embed"
SOURCES = ("embed.js", "embed.css", "iframe.js", "frame.js")


def minified_name(name: str) -> str:
    stem, ext = name.rsplit(".", 1)
    return f"{stem}.min.{ext}"


def minify(name: str) -> str:
    import rcssmin
    import rjsmin

    text = (STATIC / name).read_text(encoding="utf-8")
    out = rcssmin.cssmin(text) if name.endswith(".css") else rjsmin.jsmin(text)
    return out.strip() + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only check the .min files are current")
    args = ap.parse_args()
    stale = []
    for name in SOURCES:
        target = STATIC / minified_name(name)
        text = minify(name)
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(target.name)
        else:
            target.write_text(text, encoding="utf-8")
            raw = text.encode()
            print(f"{target.relative_to(STATIC.parents[2])}: {len(raw)} B, "
                  f"{len(gzip.compress(raw, compresslevel=9))} B gzipped")
    if stale:
        print("stale, run scripts/build_widget.py: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
