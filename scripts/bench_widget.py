#!/usr/bin/env python
"""Time to first render of N events in the embed widget, in headless Chromium, then scroll
smoothness. Everything (host page, embed.js/css, the API's JSON) is served by Playwright route
interception, so the figure is the widget's own cost, not the network's or the database's.

    .venv/bin/python scripts/bench_widget.py [--events 1000] [--runs 5] [--no-cv]

Needs bin/test-browser-setup (Debian's chromium + playwright)."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STATIC = ROOT / "events" / "static" / "embed"
ORIGIN = "http://bench.test"
TYPES = ["statement", "call_for_talks", "intent_to_negotiate", "proposal", "support", "meeting",
         "phone_call", "agreement", "rejection", "criticism", "demand", "threat", "sanction"]


def fake_events(n: int) -> list[dict]:
    out = []
    day0 = date(2023, 1, 1)
    for i in range(n):
        start = day0 + timedelta(days=i)
        ranged = i % 4 == 0
        end = start + timedelta(days=9) if ranged else start
        actor = {"id": i % 25, "slug": f"actor-{i % 25}", "name": f"Actor number {i % 25}",
                 "kind": "person", "country": "RUS", "role": ""}
        out.append({
            "id": i + 1, "url": f"{ORIGIN}/api/v1/events/{i + 1}/", "type": TYPES[i % 13],
            "type_label": TYPES[i % 13], "cameo": "010",
            "date": {"start": start.isoformat(), "end": end.isoformat(),
                     "precision": "month" if ranged else "day", "mod": "MID" if ranged else "",
                     "value": start.isoformat()[:7] if ranged else start.isoformat(),
                     "display": "", "source": "text", "text": ""},
            "actor": actor, "target": None if i % 3 else actor,
            "summary": f"Summary of event {i}: a minister said something about talks. " * 2,
            "quote": "We are ready for dialogue." if i % 2 else "", "confidence": 0.8,
            "sources": [{"article_id": i, "title": f"Article {i}", "url": "https://example.org/a",
                         "outlet": "Outlet", "published": start.isoformat(), "sentence": "…",
                         "start": 0, "end": 1}],
        })
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--step", type=int, default=200,
                    help="pixels scrolled per frame (200 px at 60 fps is a fast flick)")
    ap.add_argument("--no-cv", action="store_true",
                    help="serve embed.css without content-visibility, for comparison")
    args = ap.parse_args()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("playwright is not installed: run bin/test-browser-setup", file=sys.stderr)
        return 1
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if not chromium:
        print("no chromium: run bin/test-browser-setup", file=sys.stderr)
        return 1

    events_json = json.dumps({"next": None, "previous": None, "results": fake_events(args.events)})
    css = (STATIC / "embed.min.css").read_text()
    if args.no_cv:
        css = css.replace("content-visibility:auto;", "")
    host = ("<!doctype html><html lang='en'><head><meta charset='utf-8'></head><body>"
            "<script>window.__t = {}; document.addEventListener('timeline:rendered', e => {"
            " window.__t.rendered = performance.now(); requestAnimationFrame(() =>"
            " requestAnimationFrame(() => { window.__t.painted = performance.now(); })); });"
            "</script>"
            f"<script src='{ORIGIN}/static/embed/embed.min.js' data-timeline='bench'"
            f" data-page-size='{args.events}' async></script></body></html>")
    bodies = {
        "/article": ("text/html", host),
        "/static/embed/embed.min.js": ("application/javascript",
                                       (STATIC / "embed.min.js").read_text()),
        "/static/embed/embed.min.css": ("text/css", css),
        "/api/v1/timelines/bench/": ("application/json", json.dumps({"slug": "bench",
                                                                       "title": "Bench"})),
        "/api/v1/timelines/bench/events/": ("application/json", events_json),
    }

    def serve(route):
        path = route.request.url[len(ORIGIN):].split("?")[0]
        ctype, body = bodies.get(path, ("text/plain", ""))
        route.fulfill(status=200 if path in bodies else 404, content_type=ctype, body=body)

    renders, paints, frames, work = [], [], [], []
    busy: dict[str, list[float]] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        print(f"Chromium {browser.version}, {args.events} events, {args.runs} runs"
              + (" (content-visibility off)" if args.no_cv else ""))
        for _ in range(args.runs):
            page = browser.new_page(viewport={"width": 800, "height": 900})
            cdp = page.context.new_cdp_session(page)
            cdp.send("Performance.enable")
            page.route(f"{ORIGIN}/**", serve)
            page.goto(f"{ORIGIN}/article")
            page.wait_for_function("() => window.__t.painted", timeout=60_000)
            metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
            for key in ("ScriptDuration", "RecalcStyleDuration", "LayoutDuration"):
                busy.setdefault(key, []).append(metrics[key] * 1000)
            t = page.evaluate("() => window.__t")
            count = page.locator(".ev").count()
            assert count == args.events, count
            api_done = page.evaluate("""() => performance.getEntriesByType('resource')
                .filter(e => e.name.includes('/events/'))[0].responseEnd""")
            work.append(t["rendered"] - api_done)
            renders.append(t["rendered"])
            paints.append(t["painted"])
            # Scroll the whole page to the end, one step per frame; record frame intervals.
            frames.extend(page.evaluate("""STEP => new Promise(done => {
                const gaps = []; let last = performance.now();
                const step = () => {
                  const now = performance.now(); gaps.push(now - last); last = now;
                  const before = scrollY; scrollBy(0, STEP);
                  if (scrollY === before) done(gaps.slice(1)); else requestAnimationFrame(step);
                };
                requestAnimationFrame(step);
            })""", args.step))
            page.close()
        browser.close()
    print(f"time to rendered (navigation start -> all {args.events} events in the DOM): "
          f"median {statistics.median(renders):.0f} ms (min {min(renders):.0f}, "
          f"max {max(renders):.0f})")
    print(f"of which the widget's own work (API response received -> events in the DOM): "
          f"median {statistics.median(work):.0f} ms")
    print("main-thread time up to that paint (CDP metrics, less sensitive to machine load): "
          + ", ".join(f"{k.replace('Duration', '').lower()} {statistics.median(v):.0f} ms"
                      for k, v in busy.items()))
    print(f"time to first paint of them: median {statistics.median(paints):.0f} ms "
          f"(min {min(paints):.0f}, max {max(paints):.0f})")
    frames.sort()
    p95 = frames[int(len(frames) * 0.95)]
    print(f"scrolling {args.step} px per frame to the end: {len(frames)} frames, median "
          f"{statistics.median(frames):.1f} ms, p95 {p95:.1f} ms, worst {frames[-1]:.1f} ms, "
          f"{sum(f > 50 for f in frames)} frames over 50 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
