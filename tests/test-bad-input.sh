#!/usr/bin/env bash
# test-bad-input.sh: hostile and broken input for `entente extract` and
# `entente render`.  Every row of the bad-input table is run here: the exit
# code (0 works, 1 bad input, 2 bad arguments), the message (exactly one
# line `entente: FILE: reason` for bad input; the usage text for bad
# arguments) and the absence of crashes and sanitizer reports (exit >= 128,
# "runtime error", "AddressSanitizer", "LeakSanitizer", GLib criticals).
# Rows that work check their output: offsets against the file's bytes,
# bounded sentences, actor counts, well-formed XML.
#
# Big and binary inputs are generated into a temporary folder; the 600 MB
# "too large" file is sparse (no disk cost).  At the end the script prints
# the table of what each row gave.
set -u

BIN=${ENTENTE_BIN:?ENTENTE_BIN not set}
SRC=${ENTENTE_SOURCE_DIR:?ENTENTE_SOURCE_DIR not set}
FIX="$SRC/tests/fixtures/bad"
# Sanitizer builds are several times slower; no row needs more than this.
LIMIT=${BAD_INPUT_TIMEOUT:-240}

TMP=$(mktemp -d)
trap 'chmod -R u+rwx "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT
chmod 755 "$TMP"

failures=0
rows=0
TABLE="$TMP/table.md"
: >"$TABLE"

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# Describe one row of the table (markdown).
row() {  # INPUT RESULT MESSAGE
  printf '| %s | %s | %s |\n' "$1" "$2" "$3" >>"$TABLE"
}

# run NAME EXPECT PATTERN -- ARGS...
#   Runs $BIN ARGS with stdout in $TMP/out and stderr in $TMP/err.
#   EXPECT is the exit code.  For 1, stderr must be exactly one line matching
#   the extended regex PATTERN (anchored at both ends); for 2 it must hold the
#   usage and match PATTERN somewhere; for 0 PATTERN is ignored and stderr
#   must be empty.  Sets LAST_ERR to the first stderr line.
run() {
  local name=$1 expect=$2 pattern=$3 rc lines
  shift 4
  rows=$((rows + 1))
  timeout -k 10 "$LIMIT" "$BIN" "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
  rc=$?
  LAST_ERR=$(head -n 1 "$TMP/err")
  if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
    fail "$name: did not finish within ${LIMIT}s"
    return 1
  fi
  if [ $rc -ge 128 ]; then
    fail "$name: crashed (exit $rc)"; sed 's/^/    /' "$TMP/err" | head -n 40 >&2
    return 1
  fi
  if grep -qE 'runtime error|AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|-CRITICAL \*\*|-WARNING \*\*|assertion' "$TMP/err"; then
    fail "$name: sanitizer report, critical or warning"; sed 's/^/    /' "$TMP/err" | head -n 40 >&2
    return 1
  fi
  if [ $rc -ne "$expect" ]; then
    fail "$name: exit $rc, expected $expect"; sed 's/^/    /' "$TMP/err" | head -n 20 >&2
    return 1
  fi
  case $expect in
    0)
      if [ -s "$TMP/err" ]; then
        fail "$name: succeeded but wrote to stderr"; sed 's/^/    /' "$TMP/err" | head -n 20 >&2
        return 1
      fi ;;
    1)
      lines=$(wc -l <"$TMP/err")
      if [ "$lines" -ne 1 ]; then
        fail "$name: expected exactly one line on stderr, got $lines"; sed 's/^/    /' "$TMP/err" | head -n 20 >&2
        return 1
      fi
      if ! grep -qE "^($pattern)\$" "$TMP/err"; then
        fail "$name: message does not match /$pattern/: $LAST_ERR"
        return 1
      fi ;;
    2)
      if ! grep -q 'Usage:' "$TMP/err" || ! grep -qE "$pattern" "$TMP/err"; then
        fail "$name: expected the usage and /$pattern/:"; sed 's/^/    /' "$TMP/err" | head -n 20 >&2
        return 1
      fi ;;
  esac
  return 0
}

# Python helper: checks on the entente/1 JSON in $TMP/out.
pycheck() {  # NAME SCRIPT ARGS...
  local name=$1 script=$2
  shift 2
  if ! python3 -c "$script" "$TMP/out" "$@" 2>"$TMP/py.err"; then
    fail "$name: $(tail -n 3 "$TMP/py.err" | tr '\n' ' ')"
    return 1
  fi
  return 0
}

# Every sentence span lies in the text, and ARGV[3] (a sentence of the
# article) is one of them, byte for byte from the file ARGV[2].
SENTENCE_CHECK='
import json, sys
out, path, want = sys.argv[1], sys.argv[2], sys.argv[3].encode()
data = open(path, "rb").read()
if len(sys.argv) > 4:   # converted input: offsets are into this UTF-8 text
    data = open(sys.argv[4], "rb").read()
net = json.load(open(out, encoding="utf-8"))
doc = net["documents"][0]
spans = [(s["start"], s["end"]) for s in doc["sentences"]]
assert spans, "no sentences"
texts = [data[a:b] for a, b in spans]
for a, b in spans:
    assert 0 <= a < b <= len(data), f"span {a}..{b} outside the text"
    assert not data[a:b].startswith(b"\xef\xbb\xbf"), "a sentence holds the byte order mark"
assert want in texts, f"sentence {want!r} not found; got {texts[:6]!r}"
for a in net["actors"]:
    for m in a["mentions"]:
        assert 0 <= m["start"] < m["end"] <= len(data)
        surface = data[m["start"]:m["end"]].decode()
        assert surface.strip() == surface and surface, f"mention {surface!r}"
for r in net["relations"]:
    for e in r["evidence"]:
        assert data[e["start"]:e["end"]].decode() == e["text"], "evidence text differs from the file bytes"
'

ARTICLE="$FIX/article.txt"
KNOWN='The Kremlin denied the charge and said Ankara was "inventing pretexts" to keep its troops inside Syria.'

# ---------------------------------------------------------------------------
# Arguments

run "no arguments" 2 'no input file' -- extract && row '`entente extract` (no file)' 'exit 2' "usage: $LAST_ERR"
run "unknown option" 2 'Unknown option' -- extract --frobnicate "$ARTICLE" && row '`entente extract --frobnicate`' 'exit 2' "usage: $LAST_ERR"
run "render without -o" 2 'no output file' -- render "$ARTICLE" && row '`entente render FILE` (no -o)' 'exit 2' "usage: $LAST_ERR"
run "render unknown format" 2 'cannot tell the format' -- render "$ARTICLE" -o "$TMP/map.xyz" && row '`entente render FILE -o map.xyz`' 'exit 2' "usage: cannot tell the format ..."
run "render bad --hops" 2 'hops must be 1 or 2' -- render "$ARTICLE" --hops 3 -o "$TMP/m.svg" && row '`entente render --hops 3`' 'exit 2' "usage: $LAST_ERR"
run "render bad --scale" 2 'scale must be' -- render "$ARTICLE" --scale -1 -o "$TMP/m.png" && row '`entente render --scale -1`' 'exit 2' "usage: $LAST_ERR"

# Standard output redirected to a file: the JSON lands in the file, and
# /dev/stdout (a symlink to it) is not replaced by a rename.
stdout_was_link=no; [ -L /dev/stdout ] && stdout_was_link=yes
if run "stdout to a file" 0 '' -- extract "$ARTICLE"; then
  if ! python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$TMP/out" 2>/dev/null; then
    fail "stdout to a file: the redirected output is not the JSON ($(wc -c <"$TMP/out") bytes)"
  elif [ $stdout_was_link = yes ] && [ ! -L /dev/stdout ]; then
    fail "stdout to a file: /dev/stdout was replaced"
  else
    row '`entente extract FILE > out.json` (no -o)' 'exit 0' 'JSON in out.json; /dev/stdout left alone'
  fi
fi

# ---------------------------------------------------------------------------
# Files that cannot be read

for cmd in extract render; do
  out=(); [ $cmd = render ] && out=(-o "$TMP/m.svg")
  run "$cmd missing file" 1 "entente: $TMP/missing.txt: no such file" -- $cmd "$TMP/missing.txt" "${out[@]}" \
    && [ $cmd = extract ] && row 'missing file' 'exit 1' '`entente: FILE: no such file`'
  mkdir -p "$TMP/folder.txt"
  run "$cmd directory" 1 "entente: $TMP/folder.txt: is a directory, not a text file" -- $cmd "$TMP/folder.txt" "${out[@]}" \
    && [ $cmd = extract ] && row 'a directory' 'exit 1' '`entente: FILE: is a directory, not a text file`'
done

# Unreadable: chmod 000.  Root reads such files anyway, so as root the row
# runs as the unprivileged user "nobody" (setpriv) when it can, else it is
# skipped with a message; a file whose read() fails (/proc/self/mem reads
# unmapped address 0: EIO) covers the read-error path either way.
cp "$ARTICLE" "$TMP/locked.txt"
chmod 000 "$TMP/locked.txt"
if [ "$(id -u)" -ne 0 ]; then
  run "unreadable file" 1 "entente: $TMP/locked.txt: permission denied" -- extract "$TMP/locked.txt" \
    && row 'unreadable file (chmod 000)' 'exit 1' '`entente: FILE: permission denied`'
elif command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$BIN" 2>/dev/null; then
  rows=$((rows + 1))
  setpriv --reuid=65534 --regid=65534 --clear-groups timeout "$LIMIT" "$BIN" extract "$TMP/locked.txt" >"$TMP/out" 2>"$TMP/err"
  rc=$?
  if [ $rc -ne 1 ] || [ "$(wc -l <"$TMP/err")" -ne 1 ] || \
     ! grep -qx "entente: $TMP/locked.txt: permission denied" "$TMP/err"; then
    fail "unreadable file (as nobody): exit $rc: $(head -c 400 "$TMP/err")"
  else
    row 'unreadable file (chmod 000; as root the test runs as `nobody`)' 'exit 1' '`entente: FILE: permission denied`'
  fi
else
  echo "SKIP: unreadable file: running as root and cannot switch to nobody (setpriv)"
fi
run "read error" 1 "entente: /proc/self/mem: cannot be read.*" -- extract /proc/self/mem \
  && row 'file whose read fails (`/proc/self/mem`, EIO)' 'exit 1' "\`$LAST_ERR\`"

# ---------------------------------------------------------------------------
# Files that hold no text

: >"$TMP/empty.txt"
run "empty file" 1 "entente: $TMP/empty.txt: (no text|empty.*)" -- extract "$TMP/empty.txt" \
  && row 'empty file' 'exit 1' "\`${LAST_ERR/$TMP\//}\`"
printf ' \n\t\r\n   \n\n' >"$TMP/blank.txt"
run "whitespace only" 1 "entente: $TMP/blank.txt: (no text|empty.*|only white ?space.*)" -- extract "$TMP/blank.txt" \
  && row 'whitespace only' 'exit 1' "\`${LAST_ERR/$TMP\//}\`"
printf '\xef\xbb\xbf  \n' >"$TMP/bom-blank.txt"
run "BOM and whitespace" 1 "entente: $TMP/bom-blank.txt: (no text|empty.*)" -- extract "$TMP/bom-blank.txt"

# A PNG-like header followed by image-ish bytes; a JPEG and a PDF header.
python3 - "$TMP" <<'PY'
import random, struct, sys, zlib
tmp = sys.argv[1]
rnd = random.Random(20261125)
ihdr = struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0)
png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
png += bytes(rnd.randrange(256) for _ in range(3000))
open(f"{tmp}/picture.txt", "wb").write(png)
open(f"{tmp}/photo.jpg", "wb").write(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(rnd.randrange(256) for _ in range(2000)))
open(f"{tmp}/report.txt", "wb").write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
# Random bytes: no magic number, NUL bytes likely but not at the start.
open(f"{tmp}/random.bin", "wb").write(b"Q" + bytes(rnd.randrange(256) for _ in range(65536)))
# Random bytes without NUL: only the UTF-8 check can refuse them.
open(f"{tmp}/random-nonul.bin", "wb").write(b"Q" + bytes(rnd.randrange(1, 256) for _ in range(65536)))
PY
run "PNG image" 1 "entente: $TMP/picture.txt: binary data, not text" -- extract "$TMP/picture.txt" \
  && row 'an image (PNG header, named .txt)' 'exit 1' '`entente: FILE: binary data, not text`'
run "PNG image (render)" 1 "entente: $TMP/picture.txt: binary data, not text" -- render "$TMP/picture.txt" -o "$TMP/m.png"
run "JPEG image" 1 "entente: $TMP/photo.jpg: binary data, not text" -- extract "$TMP/photo.jpg"
run "PDF file" 1 "entente: $TMP/report.txt: binary data, not text" -- extract "$TMP/report.txt" \
  && row 'a PDF' 'exit 1' '`entente: FILE: binary data, not text`'
run "random bytes" 1 "entente: $TMP/random.bin: (binary data, not text|invalid UTF-8 at byte [0-9]+)" -- extract "$TMP/random.bin" \
  && row 'random bytes (64 KB)' 'exit 1' "\`${LAST_ERR/$TMP\//}\`"
run "random bytes without NUL" 1 "entente: $TMP/random-nonul.bin: invalid UTF-8 at byte [0-9]+" -- extract "$TMP/random-nonul.bin" \
  && row 'random bytes without NUL' 'exit 1' "\`${LAST_ERR/$TMP\//}\`"

# NUL bytes inside otherwise good text.
{ head -c 200 "$ARTICLE"; printf '\0\0'; tail -c +201 "$ARTICLE"; } >"$TMP/nul.txt"
run "NUL bytes" 1 "entente: $TMP/nul.txt: binary data, not text" -- extract "$TMP/nul.txt" \
  && row 'NUL bytes in the text' 'exit 1' '`entente: FILE: binary data, not text`'

# ---------------------------------------------------------------------------
# Encodings

# Invalid UTF-8: a Latin-1 e-acute at a known offset.
printf 'Turkey and Russia met in Geneva.\nThe caf\xe9 owner said nothing.\n' >"$TMP/latin1.txt"
off=$(( $(printf 'Turkey and Russia met in Geneva.\nThe caf' | wc -c) ))
run "invalid UTF-8" 1 "entente: $TMP/latin1.txt: invalid UTF-8 at byte $off" -- extract "$TMP/latin1.txt" \
  && row 'invalid UTF-8 (Latin-1 byte)' 'exit 1' "\`entente: FILE: invalid UTF-8 at byte $off\` (the exact offset)"
printf 'Turkey backed Qatar.\n\xe2\x80' >"$TMP/truncated-utf8.txt"
run "truncated UTF-8 sequence" 1 "entente: $TMP/truncated-utf8.txt: invalid UTF-8 at byte 21" -- extract "$TMP/truncated-utf8.txt" \
  && row 'UTF-8 cut in the middle of a character' 'exit 1' '`entente: FILE: invalid UTF-8 at byte 21`'

# UTF-8 with a byte order mark: offsets stay file offsets, no sentence holds the mark.
{ printf '\xef\xbb\xbf'; cat "$ARTICLE"; } >"$TMP/bom.txt"
if run "UTF-8 BOM" 0 '' -- extract "$TMP/bom.txt" && pycheck "UTF-8 BOM" "$SENTENCE_CHECK" "$TMP/bom.txt" "$KNOWN"; then
  row 'UTF-8 with a byte order mark' 'exit 0' 'works; offsets are file offsets, the mark is in no sentence'
fi

# UTF-16 with a byte order mark, both byte orders: converted to UTF-8.
for enc in UTF-16LE UTF-16BE; do
  python3 - "$ARTICLE" "$TMP/$enc.txt" "$enc" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
bom = b"\xff\xfe" if sys.argv[3] == "UTF-16LE" else b"\xfe\xff"
open(sys.argv[2], "wb").write(bom + text.encode(sys.argv[3].lower().replace("utf-16", "utf-16-")))
PY
  if run "$enc with BOM" 0 '' -- extract "$TMP/$enc.txt" && \
     pycheck "$enc with BOM" "$SENTENCE_CHECK" "$TMP/$enc.txt" "$KNOWN" "$ARTICLE"; then
    row "$enc with a byte order mark" 'exit 0' 'converted to UTF-8; offsets are into the converted text'
  fi
done
printf '\xff\xfeT\x00u\x00\x00\xd8' >"$TMP/bad-utf16.txt"   # a lone surrogate
run "broken UTF-16" 1 "entente: $TMP/bad-utf16.txt: invalid UTF-16LE text" -- extract "$TMP/bad-utf16.txt" \
  && row 'UTF-16 with a lone surrogate' 'exit 1' '`entente: FILE: invalid UTF-16LE text`'

# ---------------------------------------------------------------------------
# Line ends

sed 's/$/\r/' "$ARTICLE" >"$TMP/crlf.txt"
if run "CRLF line ends" 0 '' -- extract "$TMP/crlf.txt" && pycheck "CRLF" "$SENTENCE_CHECK" "$TMP/crlf.txt" "$KNOWN"; then
  row 'CRLF line ends' 'exit 0' 'same sentences; offsets exact (checked against the file bytes)'
fi
tr '\n' '\r' <"$ARTICLE" >"$TMP/cr.txt"
if run "CR line ends" 0 '' -- extract "$TMP/cr.txt" && pycheck "CR" "$SENTENCE_CHECK" "$TMP/cr.txt" "$KNOWN" && \
   pycheck "CR headline" '
import json, sys
net = json.load(open(sys.argv[1], encoding="utf-8"))
data = open(sys.argv[2], "rb").read()
texts = [data[s["start"]:s["end"]] for s in net["documents"][0]["sentences"]]
assert b"Border talks stall as Ankara and Moscow trade blame" in texts, f"headline not a sentence: {texts[:3]!r}"
' "$TMP/cr.txt"; then
  row 'CR (old Mac) line ends' 'exit 0' 'same sentences as LF (headline and byline stand alone); offsets exact'
fi

# ---------------------------------------------------------------------------
# Size

# A 1 MB line of words without any punctuation, and a 1 MB "word".
python3 - "$TMP" <<'PY'
import sys
words = "talks envoy border ceasefire convoy militia capital delegation".split()
line, i = [], 0
size = 0
while size < 1 << 20:
    w = words[i % len(words)]; i += 1
    line.append(w); size += len(w) + 1
open(sys.argv[1] + "/long-line.txt", "w").write(" ".join(line) + "\n")
open(sys.argv[1] + "/long-word.txt", "w").write("a" * (1 << 20) + "\n")
PY
BOUNDED='
import json, sys
net = json.load(open(sys.argv[1], encoding="utf-8"))
size = int(sys.argv[2])
spans = net["documents"][0]["sentences"]
assert spans, "no sentences"
longest = max(s["end"] - s["start"] for s in spans)
assert longest <= 2000, f"a sentence of {longest} bytes"
assert sum(s["end"] - s["start"] for s in spans) >= size * 0.95, "text lost between sentences"
'
start=$(date +%s)
if run "1 MB line" 0 '' -- extract "$TMP/long-line.txt" && \
   pycheck "1 MB line" "$BOUNDED" "$(wc -c <"$TMP/long-line.txt")"; then
  secs=$(( $(date +%s) - start ))
  row 'a 1 MB line without punctuation' 'exit 0' "works (${secs} s here); sentences cut at <= 2000 bytes"
fi
if run "1 MB word" 0 '' -- extract "$TMP/long-word.txt" && \
   pycheck "1 MB word" "$BOUNDED" "$(wc -c <"$TMP/long-word.txt")"; then
  row 'a 1 MB word (no spaces)' 'exit 0' 'works; cut at character boundaries, <= 2000 bytes'
fi
if run "1 MB line render" 0 '' -- render "$TMP/long-line.txt" -o "$TMP/long.svg"; then :; fi

# Too large: a sparse file one byte over the limit costs no disk.
limit=$(sed -n 's/^#define ENT_TEXT_MAX_BYTES ((gsize) \([0-9]*\) \* \([0-9]*\) \* \([0-9]*\)).*/\1*\2*\3/p' "$SRC/app/core/ent-text.h")
limit=$((limit))
if [ "$limit" -le 0 ]; then
  fail "could not read ENT_TEXT_MAX_BYTES from ent-text.h"
else
  truncate -s $((limit + 1)) "$TMP/huge.txt"
  run "too large" 1 "entente: $TMP/huge.txt: too large \\($((limit + 1)) bytes; the limit is $limit\\)" -- extract "$TMP/huge.txt" \
    && row "a file over ENT_TEXT_MAX_BYTES ($limit bytes; sparse file)" 'exit 1' "\`entente: FILE: too large ($((limit + 1)) bytes; the limit is $limit)\`"
  run "too large (render)" 1 "entente: $TMP/huge.txt: too large .*" -- render "$TMP/huge.txt" -o "$TMP/m.svg"
fi

# 10,000 distinct invented leaders from a --gazetteer file, all named in one text.
python3 - "$TMP" <<'PY'
import json, sys
tmp = sys.argv[1]
cons = "bdfklmnprstvz"   # letters the transliteration skeleton keeps apart
vow = "aeiou"
given = ["Adela", "Boris", "Carmen", "Dario", "Elena", "Farid", "Greta", "Hugo", "Irena", "Jonas"]
leaders, lines = [], []
n = 0
for a in cons:
    for b in cons:
        for c in cons:
            for d in cons:
                if n == 10000:
                    break
                sur = (a.upper() + vow[n % 5] + b + vow[(n // 5) % 5] + c + "a" + d + "el")
                name = f"{given[n % 10]} {sur}"
                leaders.append({"id": f"inv-{n:05d}", "name": name, "type": "leader"})
                n += 1
para = []
for i, l in enumerate(leaders):
    para.append(f"{l['name']} spoke to delegates on Monday.")
    if len(para) == 8:
        lines.append(" ".join(para)); para = []
if para:
    lines.append(" ".join(para))
json.dump({"leaders": leaders}, open(f"{tmp}/many-leaders.json", "w"), indent=0)
open(f"{tmp}/many-leaders.txt", "w").write("\n\n".join(lines) + "\n")
json.dump([l["name"] for l in leaders], open(f"{tmp}/many-names.json", "w"))
PY
start=$(date +%s)
if run "10,000 actors" 0 '' -- extract --gazetteer "$TMP/many-leaders.json" "$TMP/many-leaders.txt" -o "$TMP/many.json"; then
  secs=$(( $(date +%s) - start ))
  cp "$TMP/many.json" "$TMP/out"
  if pycheck "10,000 actors" '
import json, sys
net = json.load(open(sys.argv[1], encoding="utf-8"))
want = set(json.load(open(sys.argv[2], encoding="utf-8")))
got = {a["name"] for a in net["actors"] if a["type"] == "leader"}
missing = want - got
assert not missing, f"{len(missing)} invented leaders missing, e.g. {sorted(missing)[:5]}"
ids = [a["id"] for a in net["actors"]]
assert len(ids) == len(set(ids)), "duplicate actor ids"
' "$TMP/many-names.json"; then
    row '10,000 distinct actors (`--gazetteer` with 10,000 invented leaders)' 'exit 0' "all 10,000 found (${secs} s here)"
  fi
fi

# ---------------------------------------------------------------------------
# Names with markup and quotes: extract -> JSON -> render SVG, GraphML, GEXF, DOT.

cat >"$TMP/markup-gazetteer.json" <<'EOF'
{ "groups": [
    {"id": "ampersand-front", "name": "Brothers & Partners <Front>", "type": "group"},
    {"id": "quote-brigade", "name": "The \"Dawn\" Brigade", "type": "group"},
    {"id": "tag-movement", "name": "Movement <Renewal/>", "type": "group"}
  ],
  "leaders": [
    {"id": "odd-leader", "name": "Idris O'Malley-Kant", "surnames": ["O'Malley-Kant"], "type": "leader"}
  ]
}
EOF
cat >"$TMP/markup.txt" <<'EOF'
Brothers & Partners <Front> said on Friday it had signed a pact with The "Dawn" Brigade against the army.

Idris O'Malley-Kant, who leads Movement <Renewal/>, accused Brothers & Partners <Front> of betrayal.
EOF
# Double quotes in names are not matched in running text (quotes mark
# speech there), so they come in through a hand-written entente/1 network
# rendered together with the extracted one.
cat >"$TMP/quotes.json" <<'EOF'
{"format": "entente/1",
 "documents": [{"id": "d1", "path": "q\"uote<s>.txt", "title": "A \"quoted\" <title> & more",
                "sentences": [{"start": 0, "end": 40}]}],
 "actors": [
  {"id": "a1", "name": "The \"Dawn\" Brigade", "type": "group", "aliases": ["\"Dawn\""], "mentions": []},
  {"id": "a2", "name": "Sheikh 'Abd \"Abu Layla\" ]]> & </graphml>", "type": "leader", "aliases": [], "mentions": []},
  {"id": "a3", "name": "Movement </text><script>alert(1)</script>", "type": "group", "aliases": [], "mentions": []}],
 "relations": [
  {"id": "r1", "source": "a2", "target": "a1", "polarity": "ally", "kind": "support", "directed": true,
   "evidence": [{"doc": "d1", "sentence": 0, "start": 0, "end": 40,
                 "text": "He said: \"we <b>back</b> the 'Dawn' & co\"", "cue": "back"}]}]}
EOF
MARKUP_NAMES=("Brothers & Partners <Front>" "Idris O'Malley-Kant" "Movement </text><script>alert(1)</script>"
              'The "Dawn" Brigade' "Sheikh 'Abd \"Abu Layla\" ]]> & </graphml>")
before=$failures
if run "markup names (extract)" 0 '' -- extract --gazetteer "$TMP/markup-gazetteer.json" "$TMP/markup.txt" -o "$TMP/markup.json"; then
  cp "$TMP/markup.json" "$TMP/out"
  pycheck "markup names found" '
import json, sys
net = json.load(open(sys.argv[1], encoding="utf-8"))
names = {a["name"] for a in net["actors"]}
want = {"Brothers & Partners <Front>", "Idris O'"'"'Malley-Kant"}
assert want <= names, f"missing {want - names}; got {sorted(names)}"
assert net["relations"], "no relations between the marked-up names"
'
  for ext in svg graphml gexf dot; do
    run "markup names (render $ext)" 0 '' -- render "$TMP/markup.json" "$TMP/quotes.json" -o "$TMP/markup.$ext" || continue
    case $ext in
      svg|graphml|gexf)
        if ! python3 -c '
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
# Labels may be wrapped over several <text> lines (SVG) or be attributes (GEXF).
squash = lambda t: "".join(t.split())
flat = squash("".join(root.itertext()))
attrs = {squash(v) for el in root.iter() for v in el.attrib.values()}
for name in sys.argv[2:]:
    n = squash(name)
    assert n in flat or any(n in v for v in attrs), f"name {name!r} missing"
assert not any(el.tag.endswith("script") for el in root.iter()), "markup in a name became an element"
' "$TMP/markup.$ext" "${MARKUP_NAMES[@]}" 2>"$TMP/py.err"; then
          fail "markup names: $ext is not well-formed or lost a name: $(tail -n 2 "$TMP/py.err" | tr '\n' ' ')"
        fi ;;
      dot)
        if command -v dot >/dev/null && ! dot -Tsvg "$TMP/markup.dot" -o "$TMP/markup-dot.svg" 2>"$TMP/dot.err"; then
          fail "markup names: Graphviz rejects the DOT: $(head -n 2 "$TMP/dot.err")"
        fi ;;
    esac
  done
  [ $failures -eq "$before" ] && row 'names with markup, quotes, `&`, `</text><script>`' 'exit 0' 'extract finds them; SVG, GraphML, GEXF well-formed with the exact names; DOT read by Graphviz'
fi

# ---------------------------------------------------------------------------
# Malformed and truncated projects, entente/1 JSON and gazetteers

PROJECT="$FIX/project.entente"
if run "valid project" 0 '' -- render "$PROJECT" -o "$TMP/project.svg"; then :; fi
head -c 700 "$PROJECT" >"$TMP/truncated.entente"
run "truncated project" 1 "entente: $TMP/truncated.entente:[0-9]+:[0-9]+: .+" -- render "$TMP/truncated.entente" -o "$TMP/m.svg" \
  && row 'a truncated `.entente` project' 'exit 1' "\`${LAST_ERR/$TMP\//}\`"
sed '0,/"engine": "auto",/s//"engine": "auto",,/' "$PROJECT" >"$TMP/malformed.entente"
run "malformed project" 1 "entente: $TMP/malformed.entente:3:[0-9]+: .+" -- render "$TMP/malformed.entente" -o "$TMP/m.svg" \
  && row 'a malformed `.entente` project (stray comma on line 3)' 'exit 1' "\`${LAST_ERR/$TMP\//}\`"
python3 - "$PROJECT" "$TMP/badfield.entente" <<'PY'
import json, sys
p = json.load(open(sys.argv[1], encoding="utf-8"))
p["network"]["relations"][0]["target"] = "a99"
json.dump(p, open(sys.argv[2], "w", encoding="utf-8"), indent=1)
PY
run "project with a dangling id" 1 "entente: $TMP/badfield.entente: .*a99.*|entente: $TMP/badfield.entente: .*target.*" -- render "$TMP/badfield.entente" -o "$TMP/m.svg" \
  && row 'a project whose relation names a missing actor' 'exit 1' "\`${LAST_ERR/$TMP\//}\`"
printf '{"format": "entente/1", "documents": [],\n "actors": [{"id": "a1", "name": "X", "type": "stat' >"$TMP/truncated.json"
run "truncated entente/1 JSON" 1 "entente: $TMP/truncated.json: line [0-9]+, column [0-9]+: .+" -- render "$TMP/truncated.json" -o "$TMP/m.svg" \
  && row 'a truncated entente/1 JSON' 'exit 1' "\`${LAST_ERR/$TMP\//}\`"

# Nothing lost: a failing run leaves an existing output file alone.
printf 'previous output\n' >"$TMP/keep.json"
before=$failures
run "failure keeps old output" 1 "entente: $TMP/missing.txt: no such file" -- extract "$TMP/missing.txt" -o "$TMP/keep.json"
if [ "$(cat "$TMP/keep.json")" != "previous output" ]; then
  fail "a failed extract changed the existing output file"
fi
printf 'previous map\n' >"$TMP/keep.svg"
run "render failure keeps old output" 1 "entente: $TMP/truncated.entente:.*" -- render "$TMP/truncated.entente" -o "$TMP/keep.svg"
if [ "$(cat "$TMP/keep.svg")" != "previous map" ]; then
  fail "a failed render changed the existing output file"
elif [ $failures -eq "$before" ]; then
  row 'any failure with `-o` naming an existing file' 'exit 1' 'the old file is left untouched'
fi
run "unwritable output" 1 "entente: $TMP/no-such-dir/out.json: .+" -- extract "$ARTICLE" -o "$TMP/no-such-dir/out.json" \
  && row 'output in a missing folder' 'exit 1' "\`${LAST_ERR/$TMP\//}\`"

# Gazetteers
run "missing gazetteer" 1 "entente: $TMP/nope.json: no such file" -- extract --gazetteer "$TMP/nope.json" "$ARTICLE" \
  && row '`--gazetteer` file missing' 'exit 1' '`entente: FILE: no such file`'
run "malformed gazetteer" 1 "entente: $FIX/gazetteer-broken.json: line 5, column [0-9]+: .+" -- extract --gazetteer "$FIX/gazetteer-broken.json" "$ARTICLE" \
  && row 'a malformed `--gazetteer` file (missing comma)' 'exit 1' "\`${LAST_ERR/$FIX\//}\`"
head -c 120 "$FIX/gazetteer-overrides.json" >"$TMP/gaz-truncated.json"
run "truncated gazetteer" 1 "entente: $TMP/gaz-truncated.json: line [0-9]+, column [0-9]+: .+" -- extract --gazetteer "$TMP/gaz-truncated.json" "$ARTICLE" \
  && row 'a truncated `--gazetteer` file' 'exit 1' "\`${LAST_ERR/$TMP\//}\`"
run "gazetteer duplicate key" 1 "entente: $FIX/gazetteer-duplicate-key.json: line 4, column [0-9]+: duplicate object key.*" -- extract --gazetteer "$FIX/gazetteer-duplicate-key.json" "$ARTICLE" \
  && row 'a gazetteer entry with a key given twice' 'exit 1' "\`${LAST_ERR/$FIX\//}\`"
printf '{"leaders": {"x": 3}}' >"$TMP/gaz-badentry.json"
run "gazetteer bad entry" 1 "entente: $TMP/gaz-badentry.json: .*leaders.*" -- extract --gazetteer "$TMP/gaz-badentry.json" "$ARTICLE" \
  && row 'a gazetteer entry that is not an object' 'exit 1' "\`${LAST_ERR/$TMP\//}\`"
printf '{"leaders": [{"id": "x", "name": 42}]}' >"$TMP/gaz-badname.json"
run "gazetteer bad name" 1 "entente: $TMP/gaz-badname.json: .*name.*" -- extract --gazetteer "$TMP/gaz-badname.json" "$ARTICLE" \
  && row 'a gazetteer name that is not a string' 'exit 1' "\`${LAST_ERR/$TMP\//}\`"
printf '[1, 2, 3]\n' >"$TMP/gaz-list.json"
run "gazetteer not an object" 1 "entente: $TMP/gaz-list.json: .+" -- extract --gazetteer "$TMP/gaz-list.json" "$ARTICLE" \
  && row 'a gazetteer that is a list, not an object' 'exit 1' "\`${LAST_ERR/$TMP\//}\`"

# Duplicate and conflicting entries: the same id twice is one entry, later
# fields win (name, type), name lists are merged.
if run "gazetteer overrides" 0 '' -- extract --gazetteer "$FIX/gazetteer-overrides.json" "$FIX/overrides-article.txt"; then
  if pycheck "gazetteer overrides" '
import json, sys
net = json.load(open(sys.argv[1], encoding="utf-8"))
by = {a["name"]: a for a in net["actors"]}
assert "Orla Venn-Castell" in by, f"later name did not win: {sorted(by)}"
assert "Orla Venn" not in by, "the overridden name is a separate actor"
assert by["Orla Venn-Castell"]["type"] == "leader"
assert len(by["Orla Venn-Castell"]["mentions"]) >= 2, "old and new spellings are not one actor"
assert "Pim Arrow" in by and by["Pim Arrow"]["type"] == "leader", "later type did not win"
'; then
    row 'a gazetteer with the same id twice, conflicting name and type' 'exit 0' 'one entry: later name and type win, spellings merged (documented override)'
  fi
fi

# ---------------------------------------------------------------------------

echo
echo "| input | CLI result | message |"
echo "|---|---|---|"
cat "$TABLE"
echo
echo "$rows checks, $failures failed"
[ $failures -eq 0 ]
