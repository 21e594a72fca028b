#!/bin/sh
# Extraction benchmark: throughput and peak memory of `entente extract` on a
# generated corpus of >= 100 MB, next to `wc -w` on the same file.
#
# Usage: tests/bench/bench-extract.sh [BUILDDIR] [MEGABYTES]
# Targets: >= 50 MB/s on one core; peak RSS <= 2 x input + 200 MB; the
# gazetteer (bench-extract-gazetteer, when built) loads in well under 50 ms.
# ENTENTE_BIN=path measures another build of entente (before/after).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
builddir=${1:-$here/../../build}
mb=${2:-110}
bin=${ENTENTE_BIN:-$builddir/app/entente}
corpus=${TMPDIR:-/tmp}/entente-bench-corpus-${mb}.txt

[ -x "$bin" ] || { echo "bench-extract: $bin not built" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench-extract: /usr/bin/time (GNU time) is needed" >&2; exit 1; }
if [ ! -s "$corpus" ]; then
  python3 "$here/gen-corpus.py" "$corpus" "$mb"
fi
bytes=$(stat -c %s "$corpus")

measure () {   # prints "wall_seconds cpu_seconds peak_kb"
  log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log" >&2; rm -f "$log"; exit 1; }
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
                      for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log")
  kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
  rm -f "$log"
  echo "$secs $cpu $kb"
}

set -- $(measure wc -w "$corpus"); wc_s=$1; wc_c=$2
set -- $(measure "$bin" extract "$corpus" -o /dev/null); ex_s=$1; ex_c=$2; ex_kb=$3

# Wall time on a shared machine depends on the other load; CPU time
# (user + system) is the figure to compare.
awk -v b="$bytes" -v w="$wc_s" -v wc="$wc_c" -v e="$ex_s" -v ec="$ex_c" -v k="$ex_kb" 'BEGIN {
  mbytes = b / 1048576;
  printf "corpus:          %.1f MB\n", mbytes;
  printf "wc -w:           %.2f s wall, %.2f s CPU  (%.1f MB/s CPU)\n", w, wc, (wc > 0 ? mbytes / wc : 0);
  printf "entente extract: %.2f s wall, %.2f s CPU  (%.1f MB/s CPU)\n", e, ec, (ec > 0 ? mbytes / ec : 0);
  printf "peak memory:     %.1f MB (limit %.1f MB = 2 x input + 200 MB)\n", k / 1024, 2 * mbytes + 200;
}'
if [ -x "$builddir/tests/bench/bench-extract-gazetteer" ]; then
  "$builddir/tests/bench/bench-extract-gazetteer" 20
fi
