#!/bin/sh
# test-export-readers.sh: the data files `entente render -o` writes are read
# by real tools: Graphviz (dot), networkx (GraphML, GEXF), Python's csv and
# json modules.  The input is a hand-written entente/1 network whose actor
# names and sentences hold quotes, angle brackets, ampersands, braces,
# backslashes, line breaks and a control character; every reader must get
# the exact names back (the control character replaced by U+FFFD where the
# format cannot carry it), the right counts and the attributes.
set -eu

BIN=${ENTENTE_BIN:?ENTENTE_BIN not set}
SRC=${ENTENTE_SOURCE_DIR:?ENTENTE_SOURCE_DIR not set}
FIXTURE="$SRC/tests/fixtures/export/hostile-names.json"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

for ext in dot gv graphml gexf json csv; do
  if ! "$BIN" render "$FIXTURE" -o "$TMP/map.$ext" 2>"$TMP/err.$ext"; then
    echo "FAIL: entente render -o map.$ext failed:" >&2
    cat "$TMP/err.$ext" >&2
    exit 1
  fi
  test -s "$TMP/map.$ext" || { echo "FAIL: map.$ext is empty" >&2; exit 1; }
done

# Graphviz lays the DOT out (and the .gv spelling is the same format).
dot -Tsvg "$TMP/map.dot" -o "$TMP/map.svg"
grep -q '<svg' "$TMP/map.svg"
dot -Tjson "$TMP/map.gv" -o "$TMP/dot.json"
# neato keeps the pinned positions when the export carries a layout.
neato -Tsvg "$TMP/map.dot" -o /dev/null

# An output that cannot be written is an error naming the file; nothing is left behind.
if "$BIN" render "$FIXTURE" -o "$TMP/no-such-dir/map.csv" 2>"$TMP/err.bad"; then
  echo "FAIL: writing into a missing folder succeeded" >&2
  exit 1
fi
grep -q "no-such-dir/map.csv" "$TMP/err.bad" || { echo "FAIL: error does not name the file:" >&2; cat "$TMP/err.bad" >&2; exit 1; }

# Debian's python3-networkx is what the README promises users; prefer the
# system interpreter that sees it.
PY3=python3
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c "import networkx" 2>/dev/null && PY3=/usr/bin/python3

$PY3 - "$TMP" "$FIXTURE" <<'PY'
import csv, json, sys
import networkx as nx

tmp, fixture = sys.argv[1], sys.argv[2]
src = json.load(open(fixture, encoding="utf-8"))
actors = {a["id"]: a for a in src["actors"]}
relations = {r["id"]: r for r in src["relations"]}
n_evidence = sum(len(r["evidence"]) for r in src["relations"])

def xml_name(s):
    # XML 1.0 cannot carry C0 controls other than tab, LF, CR.
    return "".join("\ufffd" if (ord(c) < 32 and c not in "\t\n\r") else c for c in s)

def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)

def check(cond, msg):
    if not cond:
        fail(msg)

def one_line(text):
    return " ".join(text.split())

# Sanity: the fixture really is hostile.
names = "".join(a["name"] for a in src["actors"])
for c in ['"', "<", "&", "{", "}", "\\", "\n", "\x01"]:
    check(c in names, "fixture lacks %r" % c)

# ---- GraphML through networkx
g = nx.read_graphml(tmp + "/map.graphml")
check(g.number_of_nodes() == len(actors), "graphml nodes %d" % g.number_of_nodes())
check(g.number_of_edges() == len(relations), "graphml edges %d" % g.number_of_edges())
for aid, a in actors.items():
    d = g.nodes[aid]
    check(d["label"] == xml_name(a["name"]), "graphml label %r != %r" % (d["label"], a["name"]))
    check(d["name"] == d["label"], "graphml name of %s" % aid)
    check(d["type"] == a["type"], "graphml type of %s" % aid)
    check(d.get("aliases", "") == "; ".join(a["aliases"]), "graphml aliases of %s: %r" % (aid, d.get("aliases")))
    check(d["mentions"] == len(a["mentions"]), "graphml mentions of %s" % aid)
    if "affiliation" in a:
        check(d["affiliation"] == actors[a["affiliation"]]["name"], "graphml affiliation")
edges = list(g.edges(data=True))
seen = set()
for u, v, d in edges:
    r = [r for r in src["relations"] if {r["source"], r["target"]} == {u, v}]
    check(len(r) == 1, "graphml edge %s-%s unknown" % (u, v))
    r = r[0]
    seen.add(r["id"])
    check(d["polarity"] == r["polarity"], "graphml polarity of %s" % r["id"])
    check(d["kind"] == r["kind"], "graphml kind of %s" % r["id"])
    check(d["directed"] == r["directed"], "graphml directed of %s" % r["id"])
    check(d["sentences"] == len(r["evidence"]), "graphml sentences of %s" % r["id"])
    want = "\n".join(xml_name(one_line(e["text"])) for e in r["evidence"])
    check(d["evidence"] == want, "graphml evidence of %s: %r != %r" % (r["id"], d["evidence"], want))
check(seen == set(relations), "graphml relations")

# ---- GEXF 1.2 through networkx, as a user would read it (no options).
x = nx.read_gexf(tmp + "/map.gexf")
check(x.number_of_nodes() == len(actors), "gexf nodes")
check(x.number_of_edges() == len(relations), "gexf edges")
for aid, a in actors.items():
    d = x.nodes[aid]
    check(d["label"] == xml_name(a["name"]), "gexf label %r != %r" % (d["label"], a["name"]))
    check(d["type"] == a["type"], "gexf type of %s" % aid)
    check(d["mentions"] == len(a["mentions"]), "gexf mentions of %s" % aid)
    check("color" in d.get("viz", {}), "gexf viz:color of %s" % aid)
for u, v, d in x.edges(data=True):
    r = [r for r in src["relations"] if {r["source"], r["target"]} == {u, v}][0]
    check(d["polarity"] == r["polarity"], "gexf polarity of %s" % r["id"])
    check(d["sentences"] == len(r["evidence"]), "gexf sentences of %s" % r["id"])
    check(d["directed"] == r["directed"], "gexf directed of %s" % r["id"])
    check(len(d["evidence"].split("\n")) == len(r["evidence"]), "gexf evidence of %s" % r["id"])
    check(d["weight"] == float(len(r["evidence"])), "gexf weight of %s" % r["id"])

# ---- CSV: one row per evidence sentence, exact text
with open(tmp + "/map.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f, strict=True))
header = ["relation_id", "source", "source_type", "target", "target_type", "polarity", "kind",
          "directed", "document", "sentence_index", "cue", "speaker", "text"]
check(rows[0] == header, "csv header %r" % rows[0])
check(len(rows) == 1 + n_evidence, "csv rows %d, want %d" % (len(rows), 1 + n_evidence))
i = 1
for r in src["relations"]:
    for e in r["evidence"]:
        row = dict(zip(header, rows[i]))
        check(len(rows[i]) == 13, "csv row %d has %d fields" % (i, len(rows[i])))
        check(row["relation_id"] == r["id"], "csv id")
        check(row["source"] == xml_name(actors[r["source"]]["name"]), "csv source %r" % row["source"])
        check(row["target"] == xml_name(actors[r["target"]]["name"]), "csv target %r" % row["target"])
        # Formula-like fields are defused with a leading apostrophe.
        want = ("'" if e["text"][:1] in ("=", "+", "-", "@") else "") + xml_name(e["text"])
        check(row["text"] == want, "csv text %r != %r" % (row["text"], want))
        check(row["speaker"] == (e.get("speaker") or ""), "csv speaker")
        check(row["sentence_index"] == str(e["sentence"]), "csv sentence index")
        check(row["document"] == src["documents"][0]["path"], "csv document %r" % row["document"])
        i += 1

# ---- entente/1 JSON: exact, control characters included
j = json.load(open(tmp + "/map.json", encoding="utf-8"))
check(j["format"] == "entente/1", "json format")
check([a["name"] for a in j["actors"]] == [a["name"] for a in src["actors"]], "json names")
check(sum(len(r["evidence"]) for r in j["relations"]) == n_evidence, "json evidence")

# ---- DOT: what Graphviz draws is the name
d = json.load(open(tmp + "/dot.json", encoding="utf-8"))
check(len(d["objects"]) == len(actors), "dot nodes")
check(len(d["edges"]) == len(relations), "dot edges")
for o in d["objects"]:
    a = actors[o["name"]]
    drawn = "\n".join(op["text"] for op in o["_ldraw_"] if op["op"] == "T")
    check(drawn == xml_name(a["name"]), "dot label %r != %r" % (drawn, a["name"]))
    check(o["type"] == a["type"], "dot type")
for e in d["edges"]:
    r = relations[e["id"]]
    check(e["polarity"] == r["polarity"], "dot polarity")
    check(e["dir"] == ("forward" if r["directed"] else "none"), "dot dir")
print("ok: dot, graphml, gexf, json and csv read back with %d actors, %d relations, %d sentences"
      % (len(actors), len(relations), n_evidence))
PY
