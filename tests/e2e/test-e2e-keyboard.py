#!/usr/bin/env python3
"""End to end, keyboard only: the "Actors and Relations" tables do what the
map does without a pointer.  Ctrl+2 opens them, typing filters them, arrow
keys select (and the map follows), Enter moves to the side panel, Enter on a
sentence opens it in the source pane."""

import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import e2elib  # noqa: E402


def main():
    work = tempfile.mkdtemp(prefix="entente-e2e-keys-")
    mapfile = e2elib.fixture("libya-map.json", work)
    app = e2elib.App(mapfile, workdir=work)
    try:
        app.wait_map()
        app.settle()
        app.activate()

        app.key("ctrl+2")
        app.wait(lambda r: r["view"] == "list", "the tables (Ctrl+2)")
        app.type("turkey")
        time.sleep(0.6)                       # the filter entry's search delay
        app.key("Tab")                        # from the filter entry into the actors table
        app.key("Down")
        r = app.wait(lambda r: r["selected_actor"] >= 0, "an actor selected with the arrow keys")
        # (the map is hidden behind the tables; the panel names the selection)
        if r["panel"].splitlines()[0] != "Turkey":
            e2elib.fail(f"the filtered table did not select Turkey: {r['panel'][:120]!r}")

        # Enter: the panel takes the focus on Turkey's first relation;
        # Enter opens it and moves on to its first sentence; Enter opens that.
        app.key("Return")
        time.sleep(0.3)
        app.key("Return")
        r = app.wait(lambda r: r["selected_relation"] >= 0 and "Evidence" in r["panel"],
                     "a relation opened from the panel with Enter")
        relation = r["selected_relation"]
        if "Turkey" not in r["panel"].splitlines()[0]:
            e2elib.fail(f"the opened relation is not one of Turkey's: {r['panel'][:120]!r}")
        time.sleep(0.3)
        app.key("Return")
        r = app.wait(lambda r: r["source_highlight"] is not None and r["source_highlight_visible"]
                     and r["evidence_points"] and r["source_highlight"] == r["evidence_points"][0]["text"],
                     "the relation's first sentence opened in the source pane with Enter")
        if r["selected_relation"] != relation:
            e2elib.fail("opening the sentence changed the selection")
        app.screenshot("keyboard")
        print(f"ok: keyboard only: table filter -> Turkey -> relation {r['selected_relation']} -> "
              f"source {r['source_highlight'][:60]!r}")
    finally:
        app.close()


if __name__ == "__main__":
    main()
