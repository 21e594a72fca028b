#!/usr/bin/env bash
# CI: each libFuzzer target for 60 seconds.
set -e
cd "$(dirname "$0")/../.."
make fuzz-deps
exec tests/fuzz/run-fuzzers.sh 60
