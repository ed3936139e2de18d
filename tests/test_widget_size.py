"""The widget's weight budget. Pages load the minified files (scripts/build_widget.py): the
script-tag embed loads embed.min.js + embed.min.css; the iframe embed loads iframe.min.js on the
host page and embed.min.css + frame.min.js inside the frame. All four files together, gzipped at
level 9, must stay within 10 KB. Prints the figures (run with -s to see them)."""
import gzip
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STATIC = ROOT / "events" / "static" / "embed"
FILES = ("embed.min.js", "embed.min.css", "iframe.min.js", "frame.min.js")
BUDGET = 10 * 1024


def sizes(name: str) -> tuple[int, int]:
    raw = (STATIC / name).read_bytes()
    return len(raw), len(gzip.compress(raw, compresslevel=9))


def test_it_keeps_the_widget_within_10_kb_gzipped():
    got = {name: sizes(name) for name in FILES}
    for name, (raw, gz) in got.items():
        print(f"{name:14} {raw:6} B raw {gz:6} B gzipped")
    script_tag = got["embed.min.js"][1] + got["embed.min.css"][1]
    total = sum(gz for _, gz in got.values())
    print(f"script-tag embed (JS + CSS): {script_tag} B gzipped = {script_tag / 1024:.1f} KB; "
          f"all four files: {total} B = {total / 1024:.1f} KB; budget {BUDGET / 1024:.0f} KB")
    assert total <= BUDGET


@pytest.mark.skipif(not importlib.util.find_spec("rjsmin"), reason="rjsmin not installed")
def test_it_serves_minified_files_built_from_the_current_sources():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_widget.py"),
                             "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
