#!/usr/bin/env bash
# Fuzzes one or all targets with libFuzzer for a bounded time.
#
#   scripts/fuzz.sh [steps|scenario|log|journal|all] [SECONDS]   (default: all, 60 s each)
#
# The engine's sources are compiled directly with swiftc -sanitize=fuzzer,address together with
# one entry file from Fuzz/ (normal SwiftPM builds are untouched); binaries and working corpora
# go to .build-fuzz/. Seeds come from the bundled routines and scenarios, the malformed scenario
# corpus, the golden logs and a journal. A
# crash is saved as .build-fuzz/crash-<target>-*: fix it and keep the input as a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=${1:-all}
seconds=${2:-60}
[ "$targets" = all ] && targets="steps scenario log journal"
out=.build-fuzz
mkdir -p "$out"
sources=$(find Sources/RoutineEngine -name '*.swift')
digest=$(find Sources/Digest -name '*.swift')
mkdir -p "$out/modules"

seed() {
  local target=$1 corpus=$out/corpus-$1
  mkdir -p "$corpus"
  case $target in
    steps) cp Resources/routines/*.steps "$corpus/" ;;
    scenario) cp Resources/scenarios/*.scenario Tests/Fixtures/malformed/*.scenario "$corpus/" ;;
    log) cp Tests/RoutineEngineTests/Golden/*.md "$corpus/" ;;
    journal)
      printf '%s\n' '{"at":"2026-11-22T02:00:00+00:00","by":"A","caseID":"HL-ABCDEF","event":"opened","fingerprint":"f","routine":"mini","seq":1}' \
        '{"at":"2026-11-22T02:01:00+00:00","by":"A","event":"answered","question":"age","seq":2,"value":{"choice":"under-18"}}' > "$corpus/journal.jsonl" ;;
  esac
}

for target in $targets; do
  case $target in
    steps) entry=Fuzz/StepFileTarget.swift ;;
    scenario) entry=Fuzz/ScenarioTarget.swift ;;
    log) entry=Fuzz/LogReaderTarget.swift ;;
    journal) entry=Fuzz/JournalTarget.swift ;;
    *) echo "usage: scripts/fuzz.sh [steps|scenario|log|journal|all] [SECONDS]" >&2; exit 64 ;;
  esac
  binary=$out/fuzz-$target
  if [ ! -x "$binary" ] || [ -n "$(find $sources $digest $entry -newer "$binary" 2>/dev/null | head -1)" ]; then
    echo "building $binary"
    # Digest (SHA-256) is its own module, as in the package: built first, then linked in.
    { swiftc -sanitize=fuzzer,address -parse-as-library -O -wmo -module-name Digest -c $digest \
        -emit-module -emit-module-path "$out/modules/Digest.swiftmodule" -o "$out/Digest.o" &&
      swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name RoutineEngine -I "$out/modules" \
        $sources Fuzz/EmbeddedResourcesStub.swift "$entry" "$out/Digest.o" -o "$binary"; } > "$out/build-$target.log" 2>&1 \
      || { cat "$out/build-$target.log" >&2; exit 1; }
  fi
  seed "$target"
  # The scenario target keeps the bundled routine in a global; LeakSanitizer takes the indirect
  # enum boxes of its conditions for leaks (tagged pointers), so leak checks are off for it alone.
  leaks=1
  [ "$target" = scenario ] && leaks=0
  echo "fuzzing $target for $seconds s"
  ASAN_OPTIONS=detect_leaks=$leaks SWIFT_BACKTRACE=enable=no "$binary" -max_total_time="$seconds" -max_len=65536 -detect_leaks=$leaks \
    -artifact_prefix="$out/crash-$target-" "$out/corpus-$target" 2>"$out/fuzz-$target.log" || true
  runs=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$out/fuzz-$target.log" | tail -1 || true)
  crashes=$(find "$out" -maxdepth 1 -name "crash-$target-*" | wc -l)
  echo "$target: ${runs:-no summary (see $out/fuzz-$target.log)}, $crashes crash files"
done
