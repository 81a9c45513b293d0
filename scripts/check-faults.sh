#!/usr/bin/env bash
# Fault checks on real file systems (needs root to mount small tmpfs file systems):
#  1. a read-only case store gives a clear message and exit 1, and creates nothing;
#  2. on a full disk the answer being saved is shown, kept, and saved on retry once space is freed;
#  3. a journal cut off mid-line is recovered on resume up to its last complete entry;
#  4. on a full disk, pausing with q after a refused save says that answer is not saved, and it is not.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$(realpath "${1:-.build/debug/handlagg}")
if [ "$(id -u)" -ne 0 ]; then echo "faults: skipped (needs root to mount test file systems)"; exit 0; fi
work=$(mktemp -d)
cleanup() { umount "$work/ro" "$work/full" "$work/full2" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "faults: FAILED: $*"; exit 1; }
export TZ=Europe/Stockholm NO_COLOR=1

# 1. Read-only store.
mkdir -p "$work/ro"
if ! mount -t tmpfs -o ro,size=64k tmpfs "$work/ro" 2>/dev/null; then
  echo "faults: skipped (this machine does not allow mounting test file systems)"; exit 0
fi
set +e; out=$("$binary" new --caseworker A --cases "$work/ro/store" < /dev/null 2>&1); code=$?; set -e
[ "$code" -eq 1 ] || fail "read-only store: exit $code, expected 1"
grep -q "filsystemet är skrivskyddat" <<<"$out" || fail "read-only store: unclear message: $out"
echo "faults: read-only store -> exit 1: $(head -1 <<<"$out")"

# A case opened on a small tmpfs at $1; after the first answer the disk is filled and the answer
# $2, longer than a memory page (so the journal itself needs space the disk does not have), is
# typed. With $3 = free the space is freed again before the keys $4 are sent; with keep it stays
# full. Prints the session's screen.
full_disk_session() {
  local mount=$1 answer=$2 space=$3 keys=$4
  mkdir -p "$mount" && mount -t tmpfs -o size=256k tmpfs "$mount"
  coproc HL { "$binary" new --caseworker A --cases "$mount/store" 2>&1; }
  local pid=$HL_PID
  exec 3>&"${HL[1]}" 4<&"${HL[0]}"
  printf 'nu\n' >&3
  sleep 1
  head -c 10M /dev/zero > "$mount/filler" 2>/dev/null || true
  printf '%s\n' "$answer" >&3
  sleep 1
  [ "$space" = free ] && rm -f "$mount/filler"
  printf %b "$keys" >&3
  exec 3>&-
  cat <&4
  wait "$pid" || true
  rm -f "$mount/filler"
}

# 2. Full disk: answer, free space, retry with Enter.
transcript=$(full_disk_session "$work/full" "Polisstationen City $(head -c 6000 /dev/zero | tr '\0' 'x')" free '\nq\n')
grep -q "disken är full" <<<"$transcript" || fail "full disk: no clear message"
grep -q "Ditt svar, som inte är sparat: «Polisstationen City x" <<<"$transcript" || fail "full disk: the unsaved answer was not shown"
journal=$(ls "$work"/full/store/cases/*/journal.jsonl)
grep -q '"Polisstationen City x' "$journal" || fail "full disk: the answer was not saved on retry"
python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$journal" || fail "full disk: the journal has a broken line"
echo "faults: full disk -> answer shown, kept and saved on retry; journal intact ($(wc -l < "$journal") entries)"

# 3. Journal truncated mid-line.
case=$(basename "$(dirname "$journal")")
lines=$(wc -l < "$journal")
head -c -20 "$journal" > "$work/cut" && cat "$work/cut" > "$journal"
# Resume reads no answers here, so it ends with exit 3 (input ended, required questions open).
set +e; out=$("$binary" resume "$case" --caseworker B --cases "$work/full/store" < /dev/null 2>&1); code=$?; set -e
[ "$code" -eq 3 ] || fail "truncated journal: resume exit $code, expected 3: $out"
grep -q "ofullständig sista rad" <<<"$out" || fail "truncated journal: no message on resume: $out"
after=$(python3 -c "import json,sys; print(len([json.loads(l) for l in open(sys.argv[1])]))" "$journal")
# The cut last entry is dropped; resume then adds 'resumed' and, at end of input, 'paused'.
[ "$after" -eq $(( lines - 1 + 2 )) ] || fail "truncated journal: expected $(( lines - 1 )) kept + 2 new = $(( lines + 1 )) entries, found $after"
echo "faults: truncated journal -> recovered to its last complete entry and resumed ($after entries)"

# 4. Full disk, then q instead of a retry: the pause must not claim that everything is saved.
transcript=$(full_disk_session "$work/full2" "Sparas inte $(head -c 6000 /dev/zero | tr '\0' 'y')" keep 'q\n')
grep -q "disken är full" <<<"$transcript" || fail "full disk, q: no clear message"
grep -q "det senaste kunde inte sparas" <<<"$transcript" || fail "full disk, q: the pause did not say the last answer is unsaved: $(tail -3 <<<"$transcript")"
if grep -q "Allt du har svarat är sparat" <<<"$transcript"; then fail "full disk, q: the pause claimed everything is saved"; fi
journal2=$(ls "$work"/full2/store/cases/*/journal.jsonl)
if grep -q '"Sparas inte y' "$journal2"; then fail "full disk, q: the refused answer is in the journal"; fi
echo "faults: full disk, then q -> \"$(grep -o 'Pausat[^:]*' <<<"$transcript" | tail -1)\"; the answer is not in the journal"
echo "faults: 4 passed, 0 failed"
