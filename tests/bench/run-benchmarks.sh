#!/bin/sh
# Runs every benchmark and prints its figures (`make bench`).  Benchmarks are
# run by hand: they report, they never fail on time.
#   tests/bench/run-benchmarks.sh [BUILDDIR]
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
b=${1:-build}
case $b in /*) ;; *) b=$top/$b ;; esac

echo "== rendering: 3,000 actors, 8,000 relations into 1920x1080 (bench-render)"
"$b/tests/bench/bench-render" --actors 3000 --relations 8000

echo
echo "== data exports and projects on a 3,000/8,000 map (bench-export)"
"$b/tests/bench/bench-export"

echo
echo "== extraction on a generated 110 MB corpus, beside wc -w (bench-extract.sh)"
"$top/tests/bench/bench-extract.sh" "$b"

# The window benchmarks need a display; run them under Xvfb when there is none.
run_gui () {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a -s "-screen 0 1920x1080x24" "$@"; fi
}
echo
echo "== graph view frames: re-render, pan, hover, node drag (bench-graph-view)"
GSK_RENDERER=${GSK_RENDERER:-cairo} run_gui "$b/tests/bench/bench-graph-view"
echo
echo "== window responsiveness while a large corpus loads (bench-window)"
GSK_RENDERER=${GSK_RENDERER:-cairo} run_gui "$b/tests/bench/bench-window"
