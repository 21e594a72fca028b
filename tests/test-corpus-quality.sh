#!/bin/bash
# Extraction quality on our annotated corpus: runs `entente extract` on every
# tests/corpus/article-*.txt (and the bundled sample article), scores the
# results against the hand-made gold with score_gold.py and fails when the
# micro-averaged entity F1 is below 0.90 or the relation F1 below 0.80 (the
# thresholds of the spec).  Per-article figures and every miss are printed.
set -u

src="${ENTENTE_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}"
corpus="$src/tests/corpus"
. "$src/tests/script-lib.sh"
require_python test-corpus-quality " to score the corpus"
require_bin test-corpus-quality

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

triples=()
add_article () {          # TEXT GOLD NAME
  local text="$1" gold="$2" name="$3"
  if [ ! -f "$gold" ]; then
    echo "test-corpus-quality: $text has no gold file $gold" >&2
    exit 1
  fi
  if ! "$bin" extract "$text" -o "$tmp/$name.json" 2>"$tmp/$name.err"; then
    echo "test-corpus-quality: entente extract failed on $text:" >&2
    cat "$tmp/$name.err" >&2
    exit 1
  fi
  triples+=("$gold" "$tmp/$name.json" "$text")
}

shopt -s nullglob
articles=("$corpus"/article-*.txt)
if [ "${#articles[@]}" -lt 6 ]; then
  echo "test-corpus-quality: expected at least 6 articles in $corpus, found ${#articles[@]}" >&2
  exit 1
fi
for text in "${articles[@]}"; do
  name="$(basename "$text" .txt)"
  add_article "$text" "$corpus/$name.gold.json" "$name"
done
add_article "$src/data/samples/sample-article.txt" "$corpus/sample-article.gold.json" sample-article

"$python" "$src/tests/score_gold.py" --min-entity-f1 0.90 --min-relation-f1 0.80 "${triples[@]}"
