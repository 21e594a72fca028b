# Thin wrapper over meson.  `make run` and `make check` do all set-up.
BUILDDIR ?= build
MESON ?= meson
SANITIZE ?=

ifneq ($(SANITIZE),)
  BUILDDIR := build-san
  MESON_SETUP_ARGS := -Db_sanitize=$(SANITIZE) -Db_lundef=false -Dbuildtype=debug
endif

# Debian/Ubuntu packages needed to build, run and test.
DEB_PACKAGES := build-essential meson ninja-build pkg-config \
  libgtk-4-dev libglib2.0-dev libcairo2-dev libpango1.0-dev libjansson-dev \
  libgraphviz-dev graphviz \
  xvfb xauth xdotool imagemagick dbus fonts-dejavu-core \
  desktop-file-utils appstream-util \
  python3 python3-networkx poppler-utils librsvg2-bin \
  clang libclang-rt-14-dev valgrind

.PHONY: all build deps run check clean bench fuzz

all: build

deps:
	@if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then \
	  echo "make deps: this is not a Debian or Ubuntu system (no apt-get/dpkg-query)."; \
	  echo "Install these packages (or your system's equivalents) by hand:"; \
	  echo "  $(DEB_PACKAGES)"; \
	  exit 1; \
	fi; \
	missing=""; \
	for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y --no-install-recommends $$missing; \
	fi

$(BUILDDIR)/build.ninja:
	$(MESON) setup $(BUILDDIR) $(MESON_SETUP_ARGS)

build: $(BUILDDIR)/build.ninja
	ninja -C $(BUILDDIR)

run: deps
	$(MAKE) build
	$(BUILDDIR)/app/entente data/samples/sample-article.txt

check: deps
	$(MAKE) build
	xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
	  $(MESON) test -C $(BUILDDIR) --print-errorlogs $(TESTARGS)

bench: build
	tests/bench/run-benchmarks.sh $(BUILDDIR)

fuzz:
	tests/fuzz/run-fuzzers.sh $(FUZZ_SECONDS)

clean:
	rm -rf build build-san build-fuzz
