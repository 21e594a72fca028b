#!/bin/sh
# tests/screenshot.sh [BUILDDIR] - takes docs/screenshot.png for the README:
# the real window on the bundled sample article under Xvfb at 1280x800, with
# the best documented alliance or hostility clicked (a real pointer event) and its first
# quote opened in the source pane.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
bin=${ENTENTE_BIN:-$build/app/entente}
out=${SCREENSHOT_OUT:-$here/docs/screenshot.png}

for p in Xvfb xdotool import python3; do
  command -v $p >/dev/null 2>&1 || { echo "screenshot.sh: $p is not installed (make deps)" >&2; exit 1; }
done
[ -x "$bin" ] || { echo "screenshot.sh: $bin: not built (make build)" >&2; exit 1; }

work=$(mktemp -d)
cleanup () {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
  [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

n=140
while [ -e /tmp/.X$n-lock ]; do n=$((n + 1)); done
size=${SCREENSHOT_SIZE:-1280x800}
Xvfb :$n -screen 0 ${size}x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=:$n
i=0
until xdotool getdisplaygeometry >/dev/null 2>&1; do
  i=$((i + 1)); [ $i -lt 100 ] || { echo "screenshot.sh: Xvfb did not start" >&2; exit 1; }
  sleep 0.1
done

report=$work/report.json
ENTENTE_TEST_REPORT=$report GSK_RENDERER=cairo GTK_A11Y=none NO_AT_BRIDGE=1 GSETTINGS_BACKEND=memory \
  "$bin" "$here/data/samples/sample-article.txt" >"$work/entente.log" 2>&1 &
app=$!
win=$(xdotool search --sync --onlyvisible --name Entente | head -n 1)
xdotool windowmove "$win" 0 0 windowsize "$win" "${size%x*}" "${size#*x}"

# query EXPR [TIMEOUT]: waits until the Python expression over the report `r` is true, prints it
query () {
  python3 - "$report" "$1" "${2:-60}" <<'PY'
import json, sys, time
path, expr, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
end = time.time() + timeout
last = None
while time.time() < end:
    try:
        r = json.load(open(path))
        v = eval(expr, {"r": r})
        if v:
            print(v if v is not True else "")
            sys.exit(0)
    except (OSError, ValueError, KeyError, IndexError, TypeError):
        pass
    time.sleep(0.1)
sys.exit("screenshot.sh: timed out waiting for " + expr)
PY
}

query 'r["state"] == "map" and not r["busy"] and len(r["relation_points"]) > 0 and r["documents"] == 1'
sleep 1.5   # the view refits after the resize
scale=$(query 'str(r["scale_factor"])')
# an alliance or a hostility rather than a bare mention, the best documented one
point=$(query 'max(r["relation_points"], key=lambda p: (p["polarity"] != "neutral", p["sentences"]))')
x=$(python3 -c "import sys,ast; p=ast.literal_eval(sys.argv[1]); s=int(sys.argv[2]); print(round(p['x']*s), round(p['y']*s), p['index'])" "$point" "$scale")
set -- $x
xdotool mousemove --window "$win" "$1" "$2" click 1
query "r['selected_relation'] == $3 and len(r['evidence_points']) > 0" 20 >/dev/null
quote=$(query 'r["evidence_points"][0]')
set -- $(python3 -c "import sys,ast; p=ast.literal_eval(sys.argv[1]); s=int(sys.argv[2]); print(round(p['x']*s), round(p['y']*s))" "$quote" "$scale")
xdotool mousemove --window "$win" "$1" "$2" click 1
query 'r["source_highlight_visible"]' 20 >/dev/null
xdotool mousemove --window "$win" 5 5
sleep 1

mkdir -p "$(dirname "$out")"
import -window root "$out"
echo "screenshot.sh: wrote $out"
