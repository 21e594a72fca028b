#!/bin/sh
# test-cli-render.sh: `entente render` from the command line.
set -u

BIN=${ENTENTE_BIN:-build/app/entente}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/entente-cli-render-XXXXXX")
trap 'rm -rf "$TMP"' EXIT
failures=0

fail () {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# expect STATUS DESCRIPTION -- COMMAND...: runs the command, checks its exit status.
expect () {
  want=$1; what=$2; shift 3
  "$@" >"$TMP/out" 2>"$TMP/err"
  got=$?
  if [ "$got" -ne "$want" ]; then
    fail "$what: exit $got, expected $want"
    sed 's/^/  | /' "$TMP/err" >&2
  fi
}

stderr_has () {
  if ! grep -q -- "$1" "$TMP/err"; then
    fail "stderr lacks '$1'"
    sed 's/^/  | /' "$TMP/err" >&2
  fi
}

cat >"$TMP/map.json" <<'EOF'
{ "format": "entente/1",
  "documents": [ { "id": "d1", "path": "libya.txt", "title": "Rival Libyan camps trade accusations",
                   "sentences": [ { "start": 0, "end": 60 } ] } ],
  "actors": [
    { "id": "a1", "name": "Khalifa Haftar", "type": "leader", "aliases": ["Hifter"] },
    { "id": "a2", "name": "Egypt", "type": "state" },
    { "id": "a3", "name": "Turkey", "type": "state" },
    { "id": "a4", "name": "Wagner Group", "type": "group" },
    { "id": "a5", "name": "Aguila \"the Speaker\" Saleh <&>", "type": "person" },
    { "id": "a6", "name": "Malta", "type": "state" }
  ],
  "relations": [
    { "id": "r1", "source": "a2", "target": "a1", "polarity": "ally", "kind": "support", "directed": true,
      "evidence": [ { "doc": "d1", "sentence": 0, "start": 0, "end": 60,
                      "text": "Cairo kept faith with the commander in the east.", "cue": "kept faith" } ] },
    { "id": "r2", "source": "a3", "target": "a1", "polarity": "hostile", "kind": "conflict", "directed": false,
      "evidence": [ { "doc": "d1", "sentence": 0, "start": 0, "end": 60,
                      "text": "Turkish drones hit his columns outside the capital.", "cue": "hit" },
                    { "doc": "d1", "sentence": 0, "start": 0, "end": 60,
                      "text": "Ankara said it would keep striking.", "cue": "striking" } ] },
    { "id": "r3", "source": "a4", "target": "a1", "polarity": "ally", "kind": "cooperation", "directed": false, "evidence": [] },
    { "id": "r4", "source": "a5", "target": "a1", "polarity": "neutral", "kind": "mention", "directed": false, "evidence": [] },
    { "id": "r5", "source": "a2", "target": "a3", "polarity": "ally", "kind": "agreement", "directed": false, "evidence": [] },
    { "id": "r6", "source": "a2", "target": "a3", "polarity": "hostile", "kind": "accusation", "directed": true, "evidence": [] }
  ] }
EOF

# Width and height of a PNG from its IHDR chunk.
png_size () {
  python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); assert d[:8]==b"\x89PNG\r\n\x1a\n"; print("%dx%d" % struct.unpack(">II", d[16:24]))' "$1"
}

# The first pixel of a PNG as r,g,b,a (every PNG filter leaves it as is).
png_corner () {
  python3 -c 'import struct, sys, zlib
d = open(sys.argv[1], "rb").read()
pos, idat, ihdr = 8, b"", None
while pos < len(d):
    n, kind = struct.unpack(">I4s", d[pos:pos + 8])
    body = d[pos + 8:pos + 8 + n]
    if kind == b"IHDR": ihdr = body
    if kind == b"IDAT": idat += body
    pos += 12 + n
assert ihdr[8] == 8 and ihdr[9] == 6, "expected 8-bit RGBA"
raw = zlib.decompress(idat)
print("%d,%d,%d,%d" % tuple(raw[1:5]))' "$1"
}

# Text of the <text> elements of an SVG, one per line (fails on bad XML).
svg_text () {
  python3 -c 'import sys, xml.etree.ElementTree as ET
for t in ET.parse(sys.argv[1]).iter("{http://www.w3.org/2000/svg}text"): print(t.text)' "$1"
}

# --- bad arguments: usage, exit 2 ------------------------------------------
expect 2 "no arguments" -- "$BIN" render
stderr_has "Usage"
expect 2 "no output" -- "$BIN" render "$TMP/map.json"
stderr_has "no output file"
expect 2 "unknown extension" -- "$BIN" render "$TMP/map.json" -o "$TMP/map.xyz"
stderr_has "cannot tell the format"
expect 2 "unknown format" -- "$BIN" render "$TMP/map.json" -o "$TMP/map.png" --format bmp
stderr_has "unknown format 'bmp'"
expect 2 "unknown engine" -- "$BIN" render "$TMP/map.json" -o "$TMP/map.png" --layout spring
stderr_has "unknown layout engine 'spring'"
expect 2 "bad type" -- "$BIN" render "$TMP/map.json" -o "$TMP/map.png" --types state,country
stderr_has "unknown actor type 'country'"
expect 2 "bad polarity" -- "$BIN" render "$TMP/map.json" -o "$TMP/map.png" --polarities friendly
stderr_has "unknown polarity 'friendly'"
expect 2 "zero scale" -- "$BIN" render "$TMP/map.json" -o "$TMP/map.png" --scale 0
expect 2 "scale not a number" -- "$BIN" render "$TMP/map.json" -o "$TMP/map.png" --scale big
expect 2 "negative width" -- "$BIN" render "$TMP/map.json" -o "$TMP/map.png" --width -5
expect 2 "three hops" -- "$BIN" render "$TMP/map.json" -o "$TMP/map.png" --focus Egypt --hops 3
expect 2 "unknown option" -- "$BIN" render "$TMP/map.json" -o "$TMP/map.png" --colour red
[ -e "$TMP/map.png" ] && fail "a file was written despite bad arguments"

# --- bad input: entente: FILE: reason, exit 1 -------------------------------
expect 1 "missing input" -- "$BIN" render "$TMP/missing.json" -o "$TMP/map.png"
stderr_has "^entente: $TMP/missing.json: "
printf '{ "format": "entente/1", "actors": [ { "id": "a1", "name": ' >"$TMP/broken.json"
expect 1 "truncated JSON" -- "$BIN" render "$TMP/broken.json" -o "$TMP/map.png"
stderr_has "^entente: $TMP/broken.json: "
expect 1 "unknown focus" -- "$BIN" render "$TMP/map.json" -o "$TMP/map.png" --focus Atlantis
stderr_has "Atlantis"
expect 1 "unwritable output" -- "$BIN" render "$TMP/map.json" -o "$TMP/no/such/dir/map.png"
stderr_has "^entente: $TMP/no/such/dir/map.png: "

# --- images ----------------------------------------------------------------
expect 0 "png" -- "$BIN" render "$TMP/map.json" -o "$TMP/map.png" --scale 1 --width 400
[ "$(png_size "$TMP/map.png" | cut -dx -f1)" = 400 ] || fail "png width $(png_size "$TMP/map.png"), expected 400"
expect 0 "png scale 2" -- "$BIN" render "$TMP/map.json" -o "$TMP/map2.png" --width 400 --height 300
[ "$(png_size "$TMP/map2.png")" = 800x600 ] || fail "png size $(png_size "$TMP/map2.png"), expected 800x600"
expect 0 "png dark transparent" -- "$BIN" render "$TMP/map.json" -o "$TMP/dark.png" --dark --transparent --layout circo
[ "$(png_corner "$TMP/dark.png" | cut -d, -f4)" = 0 ] || fail "--transparent: corner is $(png_corner "$TMP/dark.png")"
expect 0 "png dark" -- "$BIN" render "$TMP/map.json" -o "$TMP/dark.png" --dark
[ "$(png_corner "$TMP/dark.png")" = "36,36,36,255" ] || fail "--dark: corner is $(png_corner "$TMP/dark.png")"
[ "$(png_corner "$TMP/map.png")" = "250,250,250,255" ] || fail "light: corner is $(png_corner "$TMP/map.png")"

expect 0 "svg" -- "$BIN" render "$TMP/map.json" -o "$TMP/map.svg"
svg_text "$TMP/map.svg" >"$TMP/svg.txt" || fail "svg is not well-formed XML"
for name in "Khalifa Haftar" "Egypt" "Wagner Group" "Malta" "Rival Libyan camps"; do
  grep -q "$name" "$TMP/svg.txt" || fail "svg lacks '$name'"
done
tr '\n' ' ' <"$TMP/svg.txt" | grep -q 'Aguila "the Speaker" Saleh <&>' || fail "svg lacks the escaped name"
grep -q "Hostile" "$TMP/svg.txt" || fail "svg lacks the legend"
if command -v rsvg-convert >/dev/null; then
  rsvg-convert -o "$TMP/svg.png" "$TMP/map.svg" || fail "rsvg-convert cannot draw the svg"
fi

expect 0 "svg filtered" -- "$BIN" render "$TMP/map.json" -o "$TMP/states.svg" --types state --hide-isolated --no-legend --title "States only"
svg_text "$TMP/states.svg" >"$TMP/states.txt" || fail "filtered svg is not XML"
grep -q "Egypt" "$TMP/states.txt" || fail "filtered svg lacks Egypt"
grep -q "Turkey" "$TMP/states.txt" || fail "filtered svg lacks Turkey"
grep -q "States only" "$TMP/states.txt" || fail "filtered svg lacks its title"
grep -q "Haftar\|Malta\|Hostile" "$TMP/states.txt" && fail "filtered svg shows a leader, an isolated state or the legend"

expect 0 "svg focus" -- "$BIN" render "$TMP/map.json" -o "$TMP/focus.svg" --focus hifter --hops 1 --polarities ally
svg_text "$TMP/focus.svg" >"$TMP/focus.txt" || fail "focus svg is not XML"
grep -q "Khalifa Haftar" "$TMP/focus.txt" || fail "focus svg lacks Haftar"
grep -q "Wagner Group" "$TMP/focus.txt" || fail "focus svg lacks Wagner"
grep -q "Turkey" "$TMP/focus.txt" && fail "focus svg shows Turkey (hostile only)"

expect 0 "format overrides extension" -- "$BIN" render "$TMP/map.json" -o "$TMP/map.out" --format svg
head -c 200 "$TMP/map.out" | grep -q "<svg" || fail "--format svg did not write SVG"

expect 0 "pdf" -- "$BIN" render "$TMP/map.json" -o "$TMP/map.pdf" --layout dot
head -c 4 "$TMP/map.pdf" | grep -q "%PDF" || fail "not a PDF"
if command -v pdftotext >/dev/null; then
  pdftotext "$TMP/map.pdf" - | tr '\n' ' ' >"$TMP/pdf.txt"
  for name in "Khalifa Haftar" "Egypt" "Turkey" "Wagner Group" "Malta" "Aguila"; do
    grep -q "$name" "$TMP/pdf.txt" || fail "pdf text lacks '$name'"
  done
fi

# --- data formats (written by the data exporter) -----------------------------
expect 0 "graphml" -- "$BIN" render "$TMP/map.json" -o "$TMP/map.graphml" --min-sentences 1
python3 -c 'import sys, xml.etree.ElementTree as ET; ET.parse(sys.argv[1])' "$TMP/map.graphml" || fail "graphml is not XML"
expect 0 "json" -- "$BIN" render "$TMP/map.json" -o "$TMP/out.json"
python3 -c 'import sys, json; d = json.load(open(sys.argv[1])); assert d["format"] == "entente/1"; assert len(d["actors"]) == 6' "$TMP/out.json" || fail "json output"

# --- an article ------------------------------------------------------------
cat >"$TMP/article.txt" <<'EOF'
CAIRO (Wire) - Egypt and Turkey traded sharp words on Tuesday over Libya.

Egypt accused Turkey of sending fighters to Tripoli, while Turkey said Egypt was arming the eastern commander.
EOF
expect 0 "article" -- "$BIN" render "$TMP/article.txt" -o "$TMP/article.svg"
svg_text "$TMP/article.svg" >/dev/null || fail "article svg is not XML"

if [ "$failures" -ne 0 ]; then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "ok"
