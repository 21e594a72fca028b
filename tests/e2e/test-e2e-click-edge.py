#!/usr/bin/env python3
"""End to end: open an article in the real window, click a link on the map
with the pointer, check the side panel shows that link's evidence sentences
(as `entente extract` finds them), then click a quote and check the source
pane highlights that sentence and scrolls it into view."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import e2elib  # noqa: E402


def main():
    import tempfile
    work = tempfile.mkdtemp(prefix="entente-e2e-edge-")
    article = e2elib.fixture("libya-talks.txt", work)
    ref = e2elib.extract(article)
    ref_rel = {r["id"]: r for r in ref["relations"]}
    ref_names = {a["id"]: a["name"] for a in ref["actors"]}
    if not ref_rel:
        e2elib.fail("the fixture article gives no relations; the test needs at least one")

    app = e2elib.App(article, workdir=work)
    try:
        r = app.wait_map()
        r = app.settle()
        app.screenshot("edge-0-opened")
        if r["documents"] != 1 or r["relations"] != len(ref["relations"]):
            e2elib.fail(f"window shows {r['documents']} documents / {r['relations']} relations, "
                        f"extract finds 1 / {len(ref['relations'])}")
        if f"{r['relations_shown']} of {r['relations']} relations shown" not in r["status"]:
            e2elib.fail(f"status line does not count the relations: {r['status']!r}")

        # The most documented link: the most interesting panel.
        points = sorted(r["relation_points"], key=lambda p: -p["sentences"])
        target = points[0]
        expected = ref_rel[target["id"]]
        if {target["source"], target["target"]} != {ref_names[expected["source"]], ref_names[expected["target"]]}:
            e2elib.fail(f"report and extract disagree on {target['id']}")

        app.activate()
        app.click(target["x"], target["y"])
        r = app.wait(lambda r: r["selected_relation"] == target["index"],
                     f"the click at ({target['x']:.0f}, {target['y']:.0f}) to select {target['id']}")
        r = app.settle()
        app.screenshot("edge-1-selected")
        panel = r["panel"]
        for name in (target["source"], target["target"]):
            if name not in panel:
                e2elib.fail(f"panel does not name {name}: {panel!r}")
        for ev in expected["evidence"]:
            if ev["text"] not in panel:
                e2elib.fail(f"panel lacks the evidence sentence {ev['text']!r}; panel: {panel!r}")
        if len(r["evidence_points"]) == 0:
            e2elib.fail("no evidence sentence is on screen to click")

        # Click the first quote: the source pane shows and highlights it.
        quote = r["evidence_points"][0]
        app.click(quote["x"], quote["y"])
        r = app.wait(lambda r: r["source_highlight"] is not None and r["source_highlight_visible"],
                     "the clicked quote highlighted in the source pane")
        r = app.settle()
        app.screenshot("edge-2-quote")
        want = expected["evidence"][quote["index"]]["text"]
        if r["source_highlight"] != want:
            e2elib.fail(f"source pane highlights {r['source_highlight']!r}, expected {want!r}")
        print(f"ok: clicked {target['id']} ({target['source']} — {target['target']}), "
              f"{len(expected['evidence'])} sentences in the panel, quote highlighted")
    finally:
        app.close()


if __name__ == "__main__":
    main()
