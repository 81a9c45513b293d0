#!/usr/bin/env bash
# Builds the release binary the way README installs it (static Swift runtime) and runs every
# benchmark against it, after naming the machine. Prints figures; nothing here is a test.
#
#   bash scripts/benchmark.sh            # all figures (a build of about a minute, then about two)
#   LOGS="1000" bash scripts/benchmark.sh   # fewer generated logs for review/stats
#
# Goals (issue #17): the first question within 50 ms of starting `new`; an answer saved within
# 10 ms at 1,000 journal entries; review and stats of 10,000 logs within 2 s each; lint of a
# 1,000-step routine within 0.5 s.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=${SCRATCH:-.build-bench}
echo "building: swift build -c release --static-swift-stdlib --disable-local-rpath --scratch-path $scratch"
mkdir -p "$scratch"
swift build -c release --static-swift-stdlib --disable-local-rpath --scratch-path "$scratch" > "$scratch/build.log" 2>&1 \
  || { cat "$scratch/build.log" >&2; exit 1; }
binary="$scratch/release/handlagg"
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || true)
echo "machine: $(uname -srm); ${cpu:-unknown CPU}; $(nproc) cores; $(swift --version 2>&1 | grep -m1 -o 'Swift version [0-9.]*')"
echo "when: $(date -u '+%Y-%m-%d %H:%M UTC'); load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo
python3 scripts/benchmark-startup.py "$binary"
echo
python3 scripts/benchmark-save.py "$binary"
echo
python3 scripts/benchmark-lint.py "$binary"
echo
# shellcheck disable=SC2086
python3 scripts/benchmark-logs.py --binary "$binary" ${LOGS:-1000 10000}
