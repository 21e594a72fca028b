#!/bin/bash
# Self-test of tests/score_gold.py on a tiny hand-made article, gold and
# predictions: a perfect prediction scores 1.0; a split, a wrong polarity, a
# missing relation and a false actor each lower the right figure; optional
# entities and relations are neither rewarded nor penalised; name folding,
# factions, the thresholds, evidence checks and bad input behave as documented.
set -u

src="${ENTENTE_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}"
score="$src/tests/score_gold.py"
. "$src/tests/script-lib.sh"
require_python test-score-gold ""
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0

cat >"$tmp/article.txt" <<'TXT'
By A. Reporter

ZENDA, May 2 (Test Wire) - Ruritania's army attacked the Freedom Front on
Monday.  President José Ortega said Borduria backs his government, and
Borduria denied arming the rebels.  The Daily Courier reported the clashes.
TXT

cat >"$tmp/gold.json" <<'JSON'
{ "document": "article.txt", "notes": "self-test",
  "entities": [
    { "id": "rur", "type": "state", "names": ["Ruritania", "Ruritanian army"] },
    { "id": "bor", "type": "state", "names": ["Borduria", "Bordurian"] },
    { "id": "ff", "type": "group", "names": ["Freedom Front", "al-Jabha"] },
    { "id": "ortega", "type": "leader", "faction": "rur", "names": ["José Ortega", "Ortega"] },
    { "id": "courier", "type": "group", "required": false, "names": ["Daily Courier"] } ],
  "relations": [
    { "a": "rur", "b": "ff", "polarity": "hostile", "evidence": "Ruritania's army attacked the Freedom Front" },
    { "a": "bor", "b": "ortega", "polarity": "ally", "evidence": "Borduria backs his government" },
    { "a": "bor", "b": "ff", "polarity": "ally", "required": false, "evidence": "Borduria denied arming the rebels" } ] }
JSON

# pred NAME ACTORS_JSON RELATIONS_JSON
pred () {
  printf '{ "format": "entente/1", "documents": [], "actors": %s, "relations": %s }\n' "$2" "$3" >"$tmp/$1.json"
}
ev () { printf '[ { "doc": "d1", "text": "%s" } ]' "$1"; }

actors='[ { "id": "a1", "name": "Ruritania", "type": "state" },
          { "id": "a2", "name": "The Freedom Front", "type": "group", "aliases": ["Front"] },
          { "id": "a3", "name": "Jose Ortega", "type": "leader" },
          { "id": "a4", "name": "Borduria", "type": "state" } ]'
hostile_rel='{ "id": "r1", "source": "a1", "target": "a2", "polarity": "hostile",
               "evidence": '"$(ev "army attacked the Freedom Front on\nMonday.")"' }'
ally_rel='{ "id": "r2", "source": "a4", "target": "a3", "polarity": "ally",
            "evidence": '"$(ev "Borduria backs his government")"' }'

# check NAME EXPECTED_STATUS PATTERN... : run the scorer on pred NAME with
# thresholds 1.0 and 1.0, compare the exit status and grep for each pattern.
check () {
  local name="$1" want="$2" status
  shift 2
  "$python" "$score" --min-entity-f1 1.0 --min-relation-f1 1.0 \
    "$tmp/gold.json" "$tmp/$name.json" "$tmp/article.txt" >"$tmp/$name.out" 2>&1
  status=$?
  if [ "$status" -ne "$want" ]; then
    echo "FAIL $name: exit status $status, expected $want"; cat "$tmp/$name.out"
    failures=$((failures + 1)); return
  fi
  for pattern in "$@"; do
    if ! grep -qF -- "$pattern" "$tmp/$name.out"; then
      echo "FAIL $name: output lacks '$pattern'"; cat "$tmp/$name.out"
      failures=$((failures + 1)); return
    fi
  done
  echo "ok   $name"
}

# 1. perfect (folded names, a leader standing for its state, evidence with
#    other line breaks, an optional relation, a neutral one, the optional
#    outlet as an actor): everything 1.0
pred perfect "$(echo "$actors" | sed 's/} ]$/}, { "id": "a5", "name": "the Daily Courier", "type": "group" } ]/')" \
  "[ $hostile_rel, $ally_rel,
     { \"id\": \"r3\", \"source\": \"a4\", \"target\": \"a2\", \"polarity\": \"ally\", \"evidence\": $(ev "Borduria denied arming the rebels") },
     { \"id\": \"r4\", \"source\": \"a5\", \"target\": \"a1\", \"polarity\": \"neutral\", \"evidence\": $(ev "The Daily Courier reported the clashes.") } ]"
check perfect 0 "entities P=1.00 R=1.00 F1=1.00 (tp=4 fp=0 fn=0 splits=0) types=1.00" \
  "relations P=1.00 R=1.00 F1=1.00 (tp=2 fp=0 fn=0)" "evidence verbatim 4/4"

# 2. split: a second node for Ortega lowers entity precision only
pred split "$(echo "$actors" | sed 's/} ]$/}, { "id": "a6", "name": "Ortega", "type": "person" } ]/')" \
  "[ $hostile_rel, $ally_rel ]"
check split 1 "entities P=0.80 R=1.00 F1=0.89 (tp=4 fp=1 fn=0 splits=1)" \
  "relations P=1.00 R=1.00 F1=1.00" "split         'Ortega' repeats gold 'ortega'" "FAIL: entity F1"

# 3. wrong polarity: ally where the gold says hostile costs a false and a missed relation
pred polarity "$actors" "[ $(echo "$hostile_rel" | sed 's/"hostile"/"ally"/'), $ally_rel ]"
check polarity 1 "entities P=1.00 R=1.00 F1=1.00" "relations P=0.50 R=0.50 F1=0.50 (tp=1 fp=1 fn=1)" \
  "false relation ff~rur ally" "missed relation ff~rur hostile" "FAIL: relation F1"

# 4. missing relation: recall drops, precision stays
pred missing "$actors" "[ $ally_rel ]"
check missing 1 "relations P=1.00 R=0.50 F1=0.67 (tp=1 fp=0 fn=1)" "missed relation ff~rur hostile"

# 5. a false actor and a relation to it: both precisions drop, the wrong type is noted
pred false_actor "$(echo "$actors" | sed 's/"Borduria", "type": "state"/"Borduria", "type": "group"/; s/} ]$/}, { "id": "a7", "name": "Monday", "type": "person" } ]/')" \
  "[ $hostile_rel, $ally_rel, { \"id\": \"r5\", \"source\": \"a7\", \"target\": \"a1\", \"polarity\": \"hostile\", \"evidence\": $(ev "attacked the Freedom Front") } ]"
check false_actor 1 "entities P=0.80 R=1.00 F1=0.89 (tp=4 fp=1 fn=0 splits=0) types=0.75" \
  "relations P=0.67 R=1.00 F1=0.80 (tp=2 fp=1 fn=0)" "false entity  'Monday'" "wrong type    'Borduria'"

# 6. evidence that is not in the article fails even with perfect figures
pred bad_evidence "$actors" "[ $hostile_rel, $(echo "$ally_rel" | sed 's/backs his government/backs the rebels/') ]"
check bad_evidence 1 "relations P=1.00 R=1.00 F1=1.00" "evidence verbatim 1/2" "FAIL: 1 evidence quotes are not verbatim"

# 7. micro-average over two articles, and thresholds that pass
"$python" "$score" --min-entity-f1 0.8 --min-relation-f1 0.6 \
  "$tmp/gold.json" "$tmp/perfect.json" "$tmp/article.txt" \
  "$tmp/gold.json" "$tmp/missing.json" "$tmp/article.txt" >"$tmp/micro.out" 2>&1
status=$?
if [ "$status" -eq 0 ] && grep -qF "TOTAL (2 articles, micro-averaged): entities P=1.00 R=1.00 F1=1.00 (tp=8 fp=0 fn=0" "$tmp/micro.out" \
   && grep -qF "relations P=1.00 R=0.75 F1=0.86 (tp=3 fp=0 fn=1)" "$tmp/micro.out"; then
  echo "ok   micro-average"
else
  echo "FAIL micro-average (status $status)"; cat "$tmp/micro.out"; failures=$((failures + 1))
fi

# 8. bad input: a gold whose evidence is not in the article, a missing file
sed 's/attacked the Freedom Front/shelled the Freedom Front/' "$tmp/gold.json" >"$tmp/badgold.json"
"$python" "$score" "$tmp/badgold.json" "$tmp/perfect.json" "$tmp/article.txt" >"$tmp/badgold.out" 2>&1
status=$?
if [ "$status" -eq 2 ] && grep -qF "badgold.json: evidence of rur~ff is not in the article" "$tmp/badgold.out"; then
  echo "ok   bad-gold"
else
  echo "FAIL bad-gold (status $status)"; cat "$tmp/badgold.out"; failures=$((failures + 1))
fi
"$python" "$score" "$tmp/gold.json" "$tmp/nonexistent.json" "$tmp/article.txt" >"$tmp/nofile.out" 2>&1
status=$?
if [ "$status" -eq 2 ] && grep -qF "nonexistent.json: cannot read prediction" "$tmp/nofile.out"; then
  echo "ok   missing-file"
else
  echo "FAIL missing-file (status $status)"; cat "$tmp/nofile.out"; failures=$((failures + 1))
fi

# 9. the corpus gold files themselves are well-formed: every evidence quote
#    is in its article, every relation end is an entity (an empty prediction
#    scores zero without an input error)
echo '{ "actors": [], "relations": [] }' >"$tmp/empty.json"
for gold in "$src"/tests/corpus/*.gold.json; do
  name="$(basename "$gold" .gold.json)"
  text="$src/tests/corpus/$name.txt"
  [ "$name" = sample-article ] && text="$src/data/samples/sample-article.txt"
  "$python" "$score" --quiet "$gold" "$tmp/empty.json" "$text" >"$tmp/corpus.out" 2>&1
  if [ $? -ne 0 ]; then
    echo "FAIL gold $name"; cat "$tmp/corpus.out"; failures=$((failures + 1))
  else
    echo "ok   gold $name"
  fi
done

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all score_gold.py checks passed"
