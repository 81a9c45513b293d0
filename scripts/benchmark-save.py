#!/usr/bin/env python3
"""Time to save one answer in a case that already has 1, 100 and 1,000 journal entries.

For each size, a case is opened with the binary, its journal is grown to the size by
re-answering a free-text question (each change is a new entry, as in real use), and then
`handlagg resume` is driven through a pipe: the figure is the time from sending an answer to
the next question appearing, which covers the journal append and fsync, the rewrite of the
log and showing the next question. Not a test: it prints figures to read and record.

    python3 scripts/benchmark-save.py [BINARY]
"""
import json, os, select, shutil, statistics, subprocess, sys, tempfile, time

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/release/handlagg"
store = tempfile.mkdtemp(prefix="handlagg-save-")
env = dict(os.environ, HANDLAGG_CASES=store, TZ="Europe/Stockholm", NO_COLOR="1")

def prompt_after(process, data, seen):
    start = time.perf_counter()
    process.stdin.write(data)
    process.stdin.flush()
    buffer = b""
    while not seen(buffer):
        ready, _, _ = select.select([process.stdout], [], [], 5)
        if not ready:
            raise SystemExit("no answer from handlagg within 5 s")
        buffer += os.read(process.stdout.fileno(), 1 << 16)
    return time.perf_counter() - start

def shown(buffer):
    return b"\n> " in buffer

try:
    print(f"binary: {binary}")
    # One entry: the first answer of a new case, whose journal holds only its opening. Each sample
    # is a new case; the answer is sent a moment after the first question, once the case is in place.
    samples = []
    for _ in range(20):
        process = subprocess.Popen([binary, "new", "--caseworker", "Bench"], env=env,
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        prompt_after(process, b"", shown)
        time.sleep(0.05)
        samples.append(prompt_after(process, b"\n", shown))
        process.stdin.close()
        process.wait()
    print(f"    1 entry:   save one answer, median {statistics.median(samples) * 1000:.2f} ms, "
          f"max {max(samples) * 1000:.2f} ms (20 new cases)")
    for size in (100, 1000):
        # A case answered up to the intake's free-text question 'stated-age', then grown by changes to it.
        opened = subprocess.run([binary, "new", "--caseworker", "Bench"], env=env, input="nu\nx\n",
                                capture_output=True, text=True)
        case = sorted(os.listdir(os.path.join(store, "cases")))[-1]
        journal = os.path.join(store, "cases", case, "journal.jsonl")
        entries = [json.loads(line) for line in open(journal)]
        at = entries[-1]["at"]
        with open(journal, "a") as f:
            for seq in range(len(entries) + 1, size + 1):
                f.write(json.dumps({"seq": seq, "at": at, "event": "answered", "by": "Bench",
                                    "question": "stated-age", "value": {"text": f"plats {seq}"}}) + "\n")
        count = sum(1 for _ in open(journal))
        process = subprocess.Popen([binary, "resume", case, "--caseworker", "Bench"], env=env,
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        prompt_after(process, b"", shown)
        samples = []
        for i in range(20):
            # Go back to the text question and change it: one new journal entry per sample.
            prompt_after(process, b"<\n", shown)
            samples.append(prompt_after(process, f"plats {i}\n".encode(), shown))
        process.stdin.close()
        process.wait()
        print(f"{count:>5} entries: save one answer, median {statistics.median(samples) * 1000:.2f} ms, "
              f"max {max(samples) * 1000:.2f} ms (20 saves)")
finally:
    shutil.rmtree(store, ignore_errors=True)
