#!/usr/bin/env bash
# CI: valgrind memcheck of `entente extract` and `entente render` (PNG and
# SVG) on our sample article and corpus article 01.  Builds nothing: CI has
# already built build/ with `make check`.  Fails on any memcheck error or on
# a definite leak; tests/valgrind.supp holds the (commented) suppressions for
# third-party library noise only.  Prints one "ci-check NAME ok|fail" line
# per run.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
bin=${ENTENTE_BIN:-build/app/entente}

if [ ! -x "$bin" ]; then
  echo "ci-check valgrind fail: $bin not built (run make check first)"
  exit 1
fi
if ! command -v valgrind >/dev/null; then
  echo "ci-check valgrind fail: valgrind is not installed (make deps)"
  exit 1
fi

inputs=()
for f in data/samples/sample-article.txt tests/corpus/article-01.txt; do
  [ -f "$f" ] && inputs+=("$f")
done
if [ ${#inputs[@]} -eq 0 ]; then
  echo "ci-check valgrind fail: no input articles found"
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# GLib: plain malloc (no slice magazines) and pointers cleared on free, so
# memcheck sees every block.
export G_SLICE=always-malloc G_DEBUG=gc-friendly
export GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1

status=0
checked=0
memcheck() {  # NAME ARGS...
  local name=$1
  shift
  checked=$((checked + 1))
  if valgrind --tool=memcheck --error-exitcode=99 --leak-check=full \
       --errors-for-leak-kinds=definite --show-leak-kinds=definite \
       --track-origins=yes --num-callers=30 \
       --suppressions="$top/tests/valgrind.supp" \
       --log-file="$tmp/$name.log" "$bin" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"; then
    echo "ci-check valgrind-$name ok ($(grep -m1 'ERROR SUMMARY' "$tmp/$name.log" | sed 's/^==[0-9]*== //'))"
  else
    rc=$?
    status=1
    if [ $rc -eq 99 ]; then
      echo "ci-check valgrind-$name fail: memcheck errors or definite leaks"
    else
      echo "ci-check valgrind-$name fail: entente exited $rc"
      sed 's/^/    /' "$tmp/$name.err" | head -n 20
    fi
    grep -E '^==[0-9]+== ' "$tmp/$name.log" | sed 's/^==[0-9]*== /    /' | head -n 150
  fi
}

for f in "${inputs[@]}"; do
  base=$(basename "$f" .txt)
  memcheck "extract-$base" extract "$f" -o "$tmp/$base.json"
  memcheck "render-png-$base" render "$f" -o "$tmp/$base.png"
  memcheck "render-svg-$base" render "$f" -o "$tmp/$base.svg"
done
# A saved network through render: the JSON reader and the data exporters.
first=$(basename "${inputs[0]}" .txt)
if [ -s "$tmp/$first.json" ]; then
  memcheck "render-graphml-json" render "$tmp/$first.json" -o "$tmp/$first.graphml"
fi

echo "valgrind: $checked runs of $bin on ${inputs[*]}"
exit $status
