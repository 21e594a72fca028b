#!/usr/bin/env bash
# CI: each libFuzzer target for 60 seconds.
exec "$(dirname "$0")/../fuzz/run-fuzzers.sh" 60
