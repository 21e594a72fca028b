#!/bin/bash
# Robustness on generated wire copy: tests/bench/gen-corpus.py writes a few
# megabytes of articles (two seeds), and
# `entente extract` must read them all, exit 0 and write an entente/1 file
# with actors and relations.  This is the benchmark's kind of input in
# small: a rule that reads outside its sentence (a crash once, on a name
# opening a sentence) shows here, and under the sanitizer pass of .ci/run
# as a memory error, long before anyone runs the benchmark.
set -u

src="${ENTENTE_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}"
. "$src/tests/script-lib.sh"
require_python test-generated-corpus " to generate the corpus"
require_bin test-generated-corpus

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
status=0

for spec in "3 11" "2 23"; do
  set -- $spec
  text="$tmp/gen-$2.txt"
  out="$tmp/gen-$2.json"
  if ! "$python" "$src/tests/bench/gen-corpus.py" "$text" "$1" "$2" > /dev/null; then
    echo "test-generated-corpus: gen-corpus.py failed (seed $2)" >&2
    exit 1
  fi
  "$bin" extract "$text" -o "$out" 2> "$tmp/err"
  rc=$?
  if [ $rc -ne 0 ]; then
    echo "FAIL: entente extract exited $rc on $1 MB of generated copy (seed $2):" >&2
    head -20 "$tmp/err" >&2
    status=1
    continue
  fi
  if ! "$python" - "$out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d.get("format") == "entente/1", d.get("format")
hostile = sum(1 for r in d["relations"] if r["polarity"] == "hostile")
ally = sum(1 for r in d["relations"] if r["polarity"] == "ally")
assert len(d["actors"]) > 100 and hostile > 100 and ally > 100, (len(d["actors"]), hostile, ally)
print(f"{sys.argv[1]}: {len(d['actors'])} actors, {ally} ally and {hostile} hostile relations")
PY
  then
    echo "FAIL: the output for seed $2 is not a full entente/1 network" >&2
    status=1
  fi
done
exit $status
