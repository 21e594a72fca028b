# Sourced by the script tests after they set $src (the source tree):
# the checks every one of them starts with.  NAME is the script's name
# for its messages.

# require_python NAME WHY: sets $python or exits 1 saying WHY it is needed
require_python () {
  python="$(command -v python3 || true)"
  if [ -z "$python" ]; then
    echo "$1: python3 is needed$2" >&2
    exit 1
  fi
}

# require_bin NAME: sets $bin ($ENTENTE_BIN or the build tree's) or exits 1
require_bin () {
  bin="${ENTENTE_BIN:-$src/build/app/entente}"
  if [ ! -x "$bin" ]; then
    echo "$1: $bin: not an executable (set ENTENTE_BIN)" >&2
    exit 1
  fi
}
