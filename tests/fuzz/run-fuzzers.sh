#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS (default 600) with seed corpora built
# from our fixtures.  Prints the executions count of each run; exits 1 on a
# finding (the crash input is kept in build-fuzz/findings/).
# FUZZ_TARGETS="text json" picks targets (default: all four, one after the
# other).  The JSON targets use the token dictionary tests/fuzz/json.dict.
set -eu
seconds=${1:-600}
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
bdir=build-fuzz
if [ ! -f $bdir/build.ninja ]; then
  CC=clang meson setup $bdir -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false \
    -Dbuildtype=debugoptimized >/dev/null
fi
targets=${FUZZ_TARGETS:-text extract json gazetteer}
ninja -C $bdir -j "${NINJA_JOBS:-2}" $(for t in $targets; do echo tests/fuzz/fuzz-$t; done) >/dev/null

seed() {  # seed corpus for a target
  local t=$1 dir=$bdir/corpus/$t
  mkdir -p "$dir"
  case $t in
    text|extract)
      cp -n tests/corpus/*.txt data/samples/*.txt "$dir"/ 2>/dev/null || true
      find tests/fixtures -name '*.txt' -size -64k -exec cp -n {} "$dir"/ \; 2>/dev/null || true ;;
    json)
      find tests/fixtures -name '*.json' -size -256k -exec cp -n {} "$dir"/ \; 2>/dev/null || true
      find tests/fixtures -name '*.entente' -size -256k -exec cp -n {} "$dir"/ \; 2>/dev/null || true
      printf '{"format": "entente/1", "documents": [], "actors": [], "relations": []}' > "$dir/empty.json" ;;
    gazetteer)
      find tests/fixtures -name '*gazetteer*.json' -exec cp -n {} "$dir"/ \; 2>/dev/null || true
      printf '{"leaders": [{"id": "x", "name": "Jane Roe", "surnames": ["Roe"], "type": "leader", "acts_for": "tur"}]}' > "$dir/leader.json"
      printf '{"states": [{"id": "zzz", "name": "Freedonia", "names": ["Freedonia"], "demonyms": ["Freedonian"], "capital": "Fredville"}]}' > "$dir/state.json"
      printf '{"lexicon": {"cues": [{"polarity": "hostile", "kind": "conflict", "directed": true, "verbs": ["shell", "raid"], "nouns": ["siege"], "agent_nouns": ["foe"], "prepositions": ["at war with"], "adjectives": ["hostile to"]}], "leader_titles": ["Marshal"], "given_names": ["Jane"]}}' > "$dir/lexicon.json"
      printf '{"groups": {"qf": {"name": "Quoted Front", "abbreviations": ["QF"], "kind": "militia", "acts_for": "zzz"}}, "outlets": [{"name": "Desk Wire"}]}' > "$dir/groups.json" ;;
  esac
  echo "$dir"
}

status=0
mkdir -p $bdir/findings
for t in $targets; do
  dir=$(seed $t)
  log=$bdir/fuzz-$t.log
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
  dict=()
  case $t in json|gazetteer) dict=(-dict=tests/fuzz/json.dict) ;; esac
  if $bdir/tests/fuzz/fuzz-$t "${dict[@]}" -max_total_time="$seconds" -max_len=16384 -timeout=20 -rss_limit_mb=2048 \
       -artifact_prefix=$bdir/findings/$t- -print_final_stats=1 "$dir" >"$log" 2>&1; then
    execs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
    echo "fuzz-$t: ok, ${seconds}s, ${execs:-?} executions"
  else
    echo "fuzz-$t: FINDING (see $log and $bdir/findings/)"
    tail -n 30 "$log"
    status=1
  fi
done
exit $status
