#!/usr/bin/env python3
"""End to end: in the real window, search an alias with the keyboard (Ctrl+F,
type, Enter) and check the map selects that actor; export through the real
save dialog (Ctrl+E, type a file name, Enter) and check the file; open an
unreadable file through the open dialog and check the error banner names it
while the map stays."""

import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import e2elib  # noqa: E402


def main():
    work = tempfile.mkdtemp(prefix="entente-e2e-search-")
    mapfile = e2elib.fixture("libya-map.json", work)
    data = json.load(open(mapfile))
    names = [a["name"] for a in data["actors"]]

    # An alias that is no part of any other actor's name or alias.
    def unique(alias):
        low = alias.lower()
        for a in data["actors"]:
            for n in [a["name"], *a["aliases"]]:
                if low in n.lower() and n != alias:
                    return False
        return True
    actor, alias = next((i, al) for i, a in enumerate(data["actors"]) for al in a["aliases"]
                        if unique(al) and len(al) > 4)

    app = e2elib.App(mapfile, workdir=work)
    try:
        app.wait_map()
        r = app.settle()
        app.activate()

        # -- search an alias with the keyboard ------------------------------
        app.key("ctrl+f")
        app.type(alias)
        app.wait(lambda r: r["search_results"] >= 1, f"search results for {alias!r}")
        app.key("Return")
        r = app.wait(lambda r: r["selected_actor"] == actor, f"{alias!r} to select {names[actor]}")
        r = app.settle()
        app.screenshot("search-alias")
        if names[actor] not in r["panel"]:
            e2elib.fail(f"panel does not show {names[actor]}: {r['panel']!r}")
        app.key("Escape")

        # -- export through the save dialog --------------------------------
        out = os.path.join(work, "e2e-export.svg")
        app.activate()
        app.key("ctrl+e")
        dialog = app.find_window("Export Map")
        if dialog is None:
            e2elib.fail("Ctrl+E opened no export dialog")
        import time
        time.sleep(0.8)
        app.screenshot("export-dialog")
        app.key("ctrl+a")
        app.type("e2e-export.svg")
        app.key("Return")
        deadline = time.time() + 30
        while not os.path.exists(out) and time.time() < deadline:
            time.sleep(0.1)
        if not os.path.exists(out):
            e2elib.fail(f"no {out} after typing its name in the export dialog")
        time.sleep(0.5)
        svg = open(out, encoding="utf-8").read()
        if "<svg" not in svg:
            e2elib.fail("the exported file is not SVG")
        # Labels are <text> lines (long names wrap onto two).
        labels = " ".join(t.strip() for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg))
        for name in names:
            if name.replace("&", "&amp;") not in labels:
                e2elib.fail(f"the exported SVG lacks the label {name!r}: {labels[:500]!r}")
        r = app.wait(lambda r: "Exported e2e-export.svg" in r["search_status"], "the export notice")

        # -- an unreadable file through the open dialog --------------------
        bad = os.path.join(work, "scanned-page.txt")
        with open(bad, "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
        actors_before = r["actors"]
        app.activate()
        app.key("ctrl+o")
        if app.find_window("Open Articles") is None:
            e2elib.fail("Ctrl+O opened no dialog")
        time.sleep(0.8)
        app.key("ctrl+l")
        app.type(bad)
        app.key("Return")
        r = app.wait(lambda r: r["error"] is not None, "the error banner")
        r = app.settle()
        app.screenshot("error-banner")
        if "scanned-page.txt" not in r["error"]:
            e2elib.fail(f"the banner does not name the file: {r['error']!r}")
        if r["state"] != "map" or r["actors"] != actors_before:
            e2elib.fail("the map was lost after a failed open")
        print(f"ok: {alias!r} found {names[actor]}, SVG exported through the dialog, "
              f"banner: {r['error']!r}")
    finally:
        app.close()


if __name__ == "__main__":
    main()
