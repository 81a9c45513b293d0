#!/usr/bin/env python3
"""Crash test: nothing acknowledged is lost when handlagg is killed at a random moment.

Each round starts `handlagg new` on the bundled routine, types the answers of a full case
(Tests/Fixtures/full-case-input.txt) through a pipe with small random pauses, and kills the
process with SIGKILL at a random moment. An answer counts as acknowledged once the next
prompt ("> ") has appeared, since handlagg syncs each answer to disk before it asks the next
question. Then `handlagg resume` opens the case (repairing an interrupted last line) and the
round checks that:
  - no answer was acknowledged for a case that is not in the store (a case is put in place
    just after its first question appears and before any input is read, so a kill in that
    instant may leave no case, but then nothing was typed);
  - every acknowledged answer is in the journal, and at most one more (the one in flight);
  - no question is answered twice and the entry numbers run 1, 2, 3… without gaps;
  - the log on disk is exactly what `handlagg show` renders from the journal;
  - `handlagg review` can read the log and finds its checksum intact.
Kill moments are spread over the time a full unkilled case takes on this machine (measured
first), so that a faster binary is not mostly killed after it has finished. Seeded and bounded:
the same seed gives the same typing and the same kill moments as fractions of that time.

    python3 scripts/crash-test.py [--binary .build/debug/handlagg] [--rounds 200] [--seed 1]
Prints one line per failure and a closing 'N passed, N failed' line; exit 1 on any failure.
"""
import argparse, json, os, random, re, select, shutil, signal, subprocess, sys, tempfile, time

parser = argparse.ArgumentParser()
parser.add_argument("--binary", default=".build/debug/handlagg")
parser.add_argument("--rounds", type=int, default=200)
parser.add_argument("--seed", type=int, default=1)
options = parser.parse_args()

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
script = open(os.path.join(root, "Tests/Fixtures/full-case-input.txt"), encoding="utf-8").read().split("\n")
rng = random.Random(options.seed)
store = tempfile.mkdtemp(prefix="handlagg-crash-")
env = dict(os.environ, HANDLAGG_CASES=store, TZ="Europe/Stockholm", NO_COLOR="1")
passed = failed = 0
kills_by_progress = []

def run(*arguments, stdin=subprocess.DEVNULL):
    return subprocess.run([options.binary, *arguments], env=env, capture_output=True, text=True, stdin=stdin)

def cases():
    """The case folders in the store (a '.new-' staging folder is a case not yet created)."""
    folder = os.path.join(store, "cases")
    return {n for n in os.listdir(folder) if n.startswith("HL-")} if os.path.isdir(folder) else set()

def fail(round_number, message):
    global failed
    failed += 1
    print(f"round {round_number}: {message}")

def full_case_seconds():
    """How long a whole scripted case takes without a kill, typed with pauses like the rounds
    (the longest of three; its own random numbers, so the rounds' stay as seeded)."""
    typing = random.Random(0)
    longest = 0.0
    for _ in range(3):
        started = time.monotonic()
        process = subprocess.Popen([options.binary, "new", "--caseworker", "Crash"], env=env,
                                   stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for line in script:
            process.stdin.write((line + "\n").encode())
            process.stdin.flush()
            pause = typing.choice([0, 0, 0, 0.001, 0.003, 0.01])
            if pause:
                time.sleep(pause)
        process.stdin.close()
        process.wait()
        longest = max(longest, time.monotonic() - started)
    return longest

try:
    window = max(full_case_seconds(), 0.05)
    for round_number in range(1, options.rounds + 1):
        before = cases()
        process = subprocess.Popen([options.binary, "new", "--caseworker", "Crash"], env=env,
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        kill_after = rng.uniform(0.0, 1.0) * window
        pauses = [rng.choice([0, 0, 0, 0.001, 0.003, 0.01]) for _ in script]
        started = time.monotonic()
        output = b""
        try:
            for line, pause in zip(script, pauses):
                if time.monotonic() - started >= kill_after:
                    break
                process.stdin.write((line + "\n").encode())
                process.stdin.flush()
                if pause:
                    time.sleep(pause)
            while time.monotonic() - started < kill_after:
                time.sleep(0.001)
        except BrokenPipeError:
            pass
        process.send_signal(signal.SIGKILL)
        process.wait()
        while True:
            ready, _, _ = select.select([process.stdout], [], [], 0)
            chunk = os.read(process.stdout.fileno(), 1 << 16) if ready else b""
            if not chunk:
                break
            output += chunk
        created = cases() - before
        prompts = output.count(b"\n> ")
        acknowledged = max(prompts - 1, 0)
        if not created:
            if acknowledged:
                fail(round_number, f"{acknowledged} answers were acknowledged but no case folder exists")
            else:
                passed += 1
            continue
        case = created.pop()
        # Exit 3 is the documented "input ended with required questions unanswered": resume
        # reads no answers here, so a case killed before its end is reported that way.
        resumed = run("resume", case, "--caseworker", "Check")
        if resumed.returncode not in (0, 3):
            fail(round_number, f"resume failed ({resumed.returncode}): {resumed.stderr.strip()}")
            continue
        folder = os.path.join(store, "cases", case)
        entries = [json.loads(line) for line in open(os.path.join(folder, "journal.jsonl"), encoding="utf-8")]
        answers = [e for e in entries if e["event"] in ("answered", "skipped")]
        questions = [e["question"] for e in answers]
        problems = []
        if [e["seq"] for e in entries] != list(range(1, len(entries) + 1)):
            problems.append("entry numbers have gaps or repeats")
        if len(questions) != len(set(questions)):
            problems.append("a question was answered twice")
        if len(answers) < acknowledged:
            problems.append(f"{acknowledged} answers acknowledged, only {len(answers)} in the journal")
        if len(answers) > acknowledged + 1:
            problems.append(f"{len(answers)} answers in the journal, more than {acknowledged} acknowledged + 1 in flight")
        log_name = [n for n in os.listdir(folder) if n.endswith(".md")]
        shown = run("show", case).stdout
        if len(log_name) != 1 or open(os.path.join(folder, log_name[0]), encoding="utf-8").read() != shown:
            problems.append("the log on disk does not match the journal")
        if any(".tmp-" in n for n in os.listdir(folder)):
            problems.append("a temporary file from an interrupted write was left after resume")
        review = run("review", os.path.join(folder, log_name[0]) if log_name else folder)
        if "kan inte läsas" in review.stdout or "kontrollsumman" in review.stdout:
            problems.append("review cannot read the log or finds it changed: " + review.stdout.strip().splitlines()[0])
        for problem in problems:
            fail(round_number, f"{case}: {problem}")
        if not problems:
            passed += 1
        kills_by_progress.append(acknowledged)
finally:
    shutil.rmtree(store, ignore_errors=True)

if kills_by_progress:
    print(f"seed {options.seed}, {options.rounds} kills within {window * 1000:.0f} ms; answers acknowledged before the kill: "
          f"min {min(kills_by_progress)}, median {sorted(kills_by_progress)[len(kills_by_progress) // 2]}, max {max(kills_by_progress)}")
print(f"crash-test: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
