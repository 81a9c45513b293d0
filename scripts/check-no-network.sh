#!/usr/bin/env bash
# Privacy check: a whole scripted case makes no network system call. Runs `handlagg new`
# under strace, following threads, and fails if any socket, connect, sendto, bind or
# similar call appears. Needs strace (installed from Debian's packages if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/debug/handlagg}
command -v strace >/dev/null || { apt-get update -qq && apt-get install -y -qq strace >/dev/null; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
HANDLAGG_CASES="$work/store" strace -f -qq -e trace=%network -o "$work/trace" \
  "$binary" new --caseworker Kontroll --now 2026-11-22T04:05:00+01:00 < Tests/Fixtures/full-case-input.txt > "$work/out"
grep -q "Alla frågor är besvarade" "$work/out" || { echo "no-network: the scripted case did not complete"; exit 1; }
calls=$(grep -cE '^[0-9]+ +(socket|connect|bind|listen|accept|sendto|sendmsg|recvfrom|recvmsg|socketpair)\(' "$work/trace" || true)
if [ "$calls" -ne 0 ]; then
  echo "no-network: $calls network system calls:"; grep -E '(socket|connect|bind|sendto)\(' "$work/trace" | head
  exit 1
fi
echo "no-network: a full scripted case made 0 network system calls ($(wc -l < "$work/trace") lines traced)"
