#!/usr/bin/env python3
"""End to end: `entente` with no file shows the welcome page; clicking
"Open Sample" loads the bundled article; a click on a link and on its quote
opens the article in the source pane, and a click on an underlined actor
name there selects that actor on the map."""

import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import e2elib  # noqa: E402


def main():
    work = tempfile.mkdtemp(prefix="entente-e2e-welcome-")
    app = e2elib.App(workdir=work)
    try:
        r = app.wait(lambda r: r["state"] == "welcome" and "welcome_sample" in r, "the welcome page")
        if r["documents"] != 0 or r["status"] != "No map open":
            e2elib.fail(f"welcome page with a map? {r['status']!r}")
        app.screenshot("welcome")

        b = r["welcome_sample"]
        app.click(b["x"], b["y"])
        r = app.wait(lambda r: r["state"] == "map" and not r["busy"] and r["documents"] == 1
                     and r["relation_points"], "the sample map")
        r = app.settle()
        if "sample-article" not in r["title"]:
            e2elib.fail(f"window title does not name the sample: {r['title']!r}")

        # A link whose on-curve point is clear of every actor (their shapes
        # and labels win the click) and of other links' points; among those
        # the best documented alliance or hostility.
        def clearance(p):
            others = [(a["x"], a["y"]) for a in r["actor_points"]]
            others += [(q["x"], q["y"]) for q in r["relation_points"] if q["index"] != p["index"]]
            return min(((p["x"] - x) ** 2 + (p["y"] - y) ** 2) ** 0.5 for x, y in others)
        target = max(r["relation_points"],
                     key=lambda p: (clearance(p) >= 30, p["polarity"] != "neutral", p["sentences"]))
        app.click(target["x"], target["y"])
        r = app.wait(lambda r: r["selected_relation"] == target["index"] and r["evidence_points"],
                     "the link selected")
        r = app.settle()
        quote = r["evidence_points"][0]
        app.click(quote["x"], quote["y"])
        r = app.wait(lambda r: r["source_highlight"] and r["source_highlight_visible"] and r["mention_points"],
                     "the quote in the source pane")
        r = app.settle()

        # An underlined name of an actor other than the link's two.
        ends = {target["source"], target["target"]}
        shown = {a["index"] for a in r["actor_points"]}
        mention = next((m for m in r["mention_points"] if m["name"] not in ends and m["actor"] in shown), None)
        if mention is None:
            mention = next((m for m in r["mention_points"] if m["actor"] in shown), None)
        if mention is None:
            e2elib.fail("no underlined actor in the visible source text")
        app.click(mention["x"], mention["y"])
        r = app.wait(lambda r: r["selected_actor"] == mention["actor"],
                     f"the click on {mention['name']!r} in the source to select it")
        r = app.settle()
        app.screenshot("mention-selected")
        if mention["name"] not in r["panel"].splitlines()[0]:
            e2elib.fail(f"panel does not show {mention['name']!r}: {r['panel'][:200]!r}")
        if r["source_highlight"] is None or not r["source_highlight_visible"]:
            e2elib.fail("the source pane jumped away from the sentence being read")
        print(f"ok: welcome -> sample; {target['source']} — {target['target']} clicked; "
              f"quote highlighted; {mention['name']} selected from the source text")
    finally:
        app.close()


if __name__ == "__main__":
    main()
