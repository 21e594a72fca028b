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
  python3 python3-networkx poppler-utils librsvg2-bin valgrind time

# Only for `make fuzz`: clang and its libFuzzer runtime (package name follows
# clang's major version: libclang-rt-14-dev on Debian 12).
FUZZ_PACKAGES := clang

.PHONY: all build deps fuzz-deps run check clean bench fuzz

all: build

# $(call apt_install,PACKAGES): installs with apt those not installed yet.
define apt_install
	@if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then \
	  echo "make: this is not a Debian or Ubuntu system (no apt-get/dpkg-query)."; \
	  echo "Install these packages (or your system's equivalents) by hand, then run make again:"; \
	  echo "  $(1)"; \
	  exit 1; \
	fi; \
	missing=""; \
	for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "make: installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends $$missing; \
	fi
endef

deps:
	$(call apt_install,$(DEB_PACKAGES))

fuzz-deps:
	$(call apt_install,$(FUZZ_PACKAGES))
	@v=$$(clang -dumpversion | cut -d. -f1); \
	if apt-cache show libclang-rt-$$v-dev >/dev/null 2>&1; then \
	  dpkg-query -W -f='$${Status}' libclang-rt-$$v-dev 2>/dev/null | grep -q "install ok installed" || { \
	    SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	    DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends libclang-rt-$$v-dev; }; \
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

fuzz: fuzz-deps
	tests/fuzz/run-fuzzers.sh $(FUZZ_SECONDS)

clean:
	rm -rf build build-san build-fuzz
