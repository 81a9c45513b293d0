#!/usr/bin/env python3
"""Start-up figures for a built handlagg binary (default: .build/release/handlagg).

Prints the median and 90th percentile of N runs for:
  - `handlagg --version` to exit;
  - `handlagg new` to its first question: the time until the first "> " prompt appears on
    standard output, with standard input held open as a worker's terminal would be.
Not a test: it prints figures for people to read and record.
"""
import os, select, statistics, subprocess, sys, tempfile, time

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/release/handlagg"
runs = int(os.environ.get("RUNS", "50"))

def figures(samples):
    samples = sorted(samples)
    return f"median {statistics.median(samples)*1000:.2f} ms, p90 {samples[int(len(samples)*0.9)-1]*1000:.2f} ms"

def version():
    start = time.perf_counter()
    subprocess.run([binary, "--version"], stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start

def first_question(store):
    start = time.perf_counter()
    process = subprocess.Popen([binary, "new", "--caseworker", "Bench", "--cases", store],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    seen = b""
    while b"\n> " not in seen:
        ready, _, _ = select.select([process.stdout], [], [], 5)
        if not ready:
            raise SystemExit("no prompt within 5 s")
        chunk = os.read(process.stdout.fileno(), 65536)
        if not chunk:
            raise SystemExit("the process ended before its first question")
        seen += chunk
    elapsed = time.perf_counter() - start
    process.stdin.close()
    process.wait()
    return elapsed

with tempfile.TemporaryDirectory() as store:
    version()
    first_question(store)
    print(f"binary: {binary}")
    print(f"handlagg --version ({runs} runs): {figures([version() for _ in range(runs)])}")
    print(f"handlagg new to first question ({runs} runs): {figures([first_question(store) for _ in range(runs)])}")
