#!/bin/sh
# Extraction benchmark: throughput and peak memory of `entente extract` on a
# generated corpus of >= 100 MB, next to `wc -w` on the same file.
#
# Usage: tests/bench/bench-extract.sh [BUILDDIR] [MEGABYTES]
# Targets: >= 50 MB/s on one core; peak RSS <= 2 x input + 200 MB.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
builddir=${1:-$here/../../build}
mb=${2:-110}
bin=$builddir/app/entente
corpus=${TMPDIR:-/tmp}/entente-bench-corpus-${mb}.txt

[ -x "$bin" ] || { echo "bench-extract: $bin not built" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench-extract: /usr/bin/time (GNU time) is needed" >&2; exit 1; }
if [ ! -s "$corpus" ]; then
  python3 "$here/gen-corpus.py" "$corpus" "$mb"
fi
bytes=$(stat -c %s "$corpus")

measure () {   # prints "seconds peak_kb"
  log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log" >&2; rm -f "$log"; exit 1; }
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
                      for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
  kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
  rm -f "$log"
  echo "$secs $kb"
}

set -- $(measure wc -w "$corpus"); wc_s=$1
set -- $(measure "$bin" extract "$corpus" -o /dev/null); ex_s=$1; ex_kb=$2

awk -v b="$bytes" -v w="$wc_s" -v e="$ex_s" -v k="$ex_kb" 'BEGIN {
  mbytes = b / 1048576;
  printf "corpus:          %.1f MB\n", mbytes;
  printf "wc -w:           %.2f s  (%.1f MB/s)\n", w, (w > 0 ? mbytes / w : 0);
  printf "entente extract: %.2f s  (%.1f MB/s)\n", e, (e > 0 ? mbytes / e : 0);
  printf "peak memory:     %.1f MB (limit %.1f MB = 2 x input + 200 MB)\n", k / 1024, 2 * mbytes + 200;
}'
