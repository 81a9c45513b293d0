#!/usr/bin/env python3
"""Load test: the case store stays whole with many handlagg processes writing and reading at once.

Three things run at the same time on one fresh store:
  1. Resumers: N processes (--resumers, default 8) together make --resumes (default 500)
     attempts to append an answer to the SAME case, each `handlagg change CASE age-basis` with
     a unique one-line token and its own caseworker name. Afterwards:
       - each acknowledged attempt (exit 0) has its token in the journal exactly once, in an
         answer to age-basis by that attempt's caseworker;
       - each refused attempt got exit 75 and a message naming the holder and since when; the
         holder it names is an acknowledged attempt that was running at that moment; its token
         is nowhere in the journal;
       - the journal's "seq" numbers run 1, 2, 3... with no duplicates or gaps, and it has
         exactly one entry more per acknowledged attempt than before;
       - `show` still opens the case, its log on disk is exactly what `show` prints, and the
         current answer it shows is the last acknowledged token.
  2. Creators: M processes (--creators, default 4) open --news (default 1000) new cases with
     `handlagg new --routine akut-barn`, answering the first two questions (read; arrival time
     02:40) and then ending input, so each exits 3. Afterwards: as many distinct ids as cases
     created, each named on the first output line; the store holds exactly those cases and the
     contested one; each journal parses, starts with "opened" for its id, numbers 1, 2, 3...
     and holds the 02:40 answer; `show` of every case succeeds; no staging folder (.new-*) and
     no stray file is left over.
  3. A reader keeps running `list`, `review` and `stats` on the store (plain and --json in
     turn). None may crash, exit otherwise than documented (list 0, review 0 or 1, stats 0),
     write to stderr, name an unreadable case or a log changed after writing, print invalid
     JSON, or count fewer cases than an earlier read of the same kind (cases are only added).
Any other exit code, a signal or a process hanging past --timeout is a failure.

    python3 scripts/load-test.py [--binary .build/debug/handlagg] [--short] [--keep DIR]
Prints the failures (at most 20 of each kind), then the figures: attempts, acknowledged,
refused, failures, wall time, median/max latency per kind of operation and reads performed.
Exit 0 when every check passes, else 1.
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, tempfile, threading, time, uuid
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

parser = argparse.ArgumentParser(description="Load test of the handlagg case store.")
parser.add_argument("--binary", default=".build/debug/handlagg")
parser.add_argument("--resumes", type=int, help="attempts to append to the one case (default 500; --short 80)")
parser.add_argument("--resumers", type=int, help="processes making them (default 8; --short 4)")
parser.add_argument("--news", type=int, help="new cases to create (default 1000; --short 100)")
parser.add_argument("--creators", type=int, help="processes creating them (default 4; --short 4)")
parser.add_argument("--short", action="store_true", help="a short round for CI")
parser.add_argument("--keep", metavar="DIR", help="build the store in DIR (new or empty) and keep it")
parser.add_argument("--timeout", type=float, default=120, help="seconds one handlagg process may take")
options = parser.parse_args()
defaults = (80, 4, 100, 4) if options.short else (500, 8, 1000, 4)
for name, default in zip(("resumes", "resumers", "news", "creators"), defaults):
    if getattr(options, name) is None:
        setattr(options, name, default)

binary = os.path.abspath(options.binary)
if not os.access(binary, os.X_OK):
    sys.exit(f"load-test: no handlagg binary at {binary}")
if options.keep:
    store = os.path.abspath(options.keep)
    os.makedirs(store, mode=0o700, exist_ok=True)
    if os.listdir(store):
        sys.exit(f"load-test: {store} is not empty")
    os.chmod(store, 0o700)
else:
    store = tempfile.mkdtemp(prefix="handlagg-load-")  # mode 0700
cases_dir = os.path.join(store, "cases")
env = {k: v for k, v in os.environ.items() if not k.startswith("HANDLAGG_")}
env.update(TZ="Europe/Stockholm", NO_COLOR="1", HANDLAGG_LANG="en")

CASE_ID = re.compile(r"\bHL-[0-9A-Z]{6}\b")
HOLDER = re.compile(r"open for writing by (\S+) since (\d{4}-\d\d-\d\d \d\d:\d\d)")
CRASH = re.compile(r"Fatal error|Traceback|panic|Segmentation fault|Illegal instruction|Stack dump|"
                   r"stack trace|Aborted|💣")

lock = threading.Lock()
failures = defaultdict(list)   # kind of failure -> messages
latencies = defaultdict(list)  # kind of operation -> seconds


def fail(kind, message):
    with lock:
        failures[kind].append(message)


class Run:
    """One finished handlagg process: exit code (or 'timeout'), output, and when it ran."""
    def __init__(self, arguments, stdin):
        self.started = time.monotonic()
        try:
            done = subprocess.run([binary, *arguments], input=stdin, capture_output=True, env=env,
                                  timeout=options.timeout, encoding="utf-8", errors="replace")
            self.code, self.out, self.err = done.returncode, done.stdout, done.stderr
        except subprocess.TimeoutExpired as e:
            self.code, self.out, self.err = "timeout", str(e.stdout or ""), str(e.stderr or "")
        self.ended = time.monotonic()

    def timed(self, kind):
        with lock:
            latencies[kind].append(self.ended - self.started)
        return self

    def describe(self):
        how = f"killed by signal {-self.code}" if isinstance(self.code, int) and self.code < 0 else f"exit {self.code}"
        return f"{how}; stderr: {self.err.strip()[:300]!r}"


def handlagg(kind, *arguments, stdin=""):
    return Run([*arguments, "--cases", store], stdin).timed(kind)


def journal(case):
    """The entries of a case's journal; raises ValueError on a line that does not parse."""
    with open(os.path.join(cases_dir, case, "journal.jsonl"), encoding="utf-8") as file:
        return [json.loads(line) for line in file.read().splitlines()]


def check_numbering(case, entries):
    numbers = [entry.get("seq") for entry in entries]
    if numbers != list(range(1, len(entries) + 1)):
        wrong = [(i + 1, n) for i, n in enumerate(numbers) if n != i + 1][:5]
        fail("journal numbering", f"{case}: seq not 1..{len(entries)}; first (line, seq) off: {wrong}")


def new_case(number):
    """Opens a case answering the first two questions; returns its id or None."""
    run = handlagg("new", "new", "--routine", "akut-barn", "--caseworker", f"lt-n{number:04d}", stdin="\n02:40\n")
    first = run.out.split("\n", 1)[0]
    found = CASE_ID.findall(first)
    if run.code != 3 or CRASH.search(run.out + run.err):
        fail("new", f"new #{number}: {run.describe()}")
    if len(found) != 1:
        fail("new", f"new #{number}: first line names no case id: {first[:120]!r}")
        return None
    return found[0]


# 1. Appending to one case -------------------------------------------------------------------
attempts = []  # dicts: name, token, run


def resume(case, number):
    name = f"lt-r{number:04d}"
    token = f"token-{number:04d}-{uuid.uuid4().hex[:12]}"
    run = Run(["change", case, "age-basis", "--caseworker", name, "--cases", store], token + "\n")
    run.timed("change (acknowledged)" if run.code == 0 else "change (refused)" if run.code == 75 else "change (other)")
    with lock:
        attempts.append(dict(name=name, token=token, run=run))


def check_contested(case, entries_before):
    by_name = {a["name"]: a for a in attempts}
    acknowledged = [a for a in attempts if a["run"].code == 0]
    text = open(os.path.join(cases_dir, case, "journal.jsonl"), encoding="utf-8").read()
    entries = journal(case)
    check_numbering(case, entries)
    answers = [e for e in entries if e.get("event") == "answered" and e.get("question") == "age-basis"]
    for a in attempts:
        run, token = a["run"], a["token"]
        if run.code == 0:
            mine = [e for e in answers if e.get("value", {}).get("text") == token]
            # One entry per answer (its recorded facts repeat the text inside that same entry).
            lines = sum(1 for line in text.splitlines() if token in line)
            if len(mine) != 1 or lines != 1:
                fail("acknowledged answer", f"{a['name']}: token {token} is in {lines} journal entries")
            elif mine[0].get("by") != a["name"]:
                fail("acknowledged answer", f"{a['name']}: answer recorded as by {mine[0].get('by')!r}")
        elif run.code == 75:
            if token in text:
                fail("refused answer", f"{a['name']}: refused (75) but token {token} is in the journal")
            match = HOLDER.search(run.err)
            holder = by_name.get(match.group(1)) if match else None
            if not match:
                fail("refusal message", f"{a['name']}: no holder and time in {run.err.strip()[:200]!r}")
            elif holder is None or holder["run"].code != 0:
                fail("refusal message", f"{a['name']}: names {match.group(1)!r}, which is no acknowledged attempt")
            elif holder["run"].started > run.ended or holder["run"].ended < run.started:
                fail("refusal message", f"{a['name']}: names {match.group(1)!r}, which was not running then")
        else:
            fail("change", f"{a['name']}: {run.describe()}")
        if CRASH.search(run.out + run.err):
            fail("change", f"{a['name']}: crash output: {run.describe()}")
    if len(entries) != entries_before + len(acknowledged):
        fail("journal length", f"{case}: {len(entries)} entries, expected {entries_before} + {len(acknowledged)} acknowledged")
    shown = handlagg("show", "show", case)
    if shown.code != 0:
        fail("show", f"{case}: {shown.describe()}")
        return
    logs = [n for n in os.listdir(os.path.join(cases_dir, case)) if n.endswith(".md")]
    on_disk = open(os.path.join(cases_dir, case, logs[0]), encoding="utf-8").read() if len(logs) == 1 else None
    if on_disk != shown.out:
        fail("show", f"{case}: the log on disk ({logs}) is not what show prints")
    if answers and answers[-1]["value"]["text"] not in shown.out:
        fail("show", f"{case}: the last answer {answers[-1]['value']['text']} is not in the log")


# 2. Creating cases at once ----------------------------------------------------------------
def check_created(case):
    """Checks one created case: its files, its journal and that show opens it."""
    folder = os.path.join(cases_dir, case)
    extra = [n for n in os.listdir(folder) if n not in ("journal.jsonl", "lock") and not n.endswith(".md")]
    if extra:
        fail("leftover", f"{case}: unexpected files {extra}")
    try:
        entries = journal(case)
    except (OSError, ValueError) as e:
        fail("journal parse", f"{case}: {e}")
        return
    check_numbering(case, entries)
    if not entries or entries[0].get("event") != "opened" or entries[0].get("caseID") != case:
        fail("journal content", f"{case}: does not start with 'opened' for {case}")
    if not any(e.get("question") == "arrived-at" for e in entries):
        fail("journal content", f"{case}: the 02:40 answer is missing")
    shown = handlagg("show", "show", case)
    if shown.code != 0 or case not in shown.out:
        fail("show", f"{case}: {shown.describe()}")


# 3. Reading while others write --------------------------------------------------------------
reads = defaultdict(int)


def counted(kind, as_json, out):
    """How many cases one read output covers, or raises ValueError if the output is wrong."""
    if kind == "list":
        if as_json:
            return len({row["id"] for row in json.loads(out)})
        if re.search(r"^HL-\S+\s+!\s", out, re.M):
            raise ValueError("names an unreadable case")
        return len(set(re.findall(r"^(HL-[0-9A-Z]{6})\b", out, re.M)))
    if kind == "review":
        if as_json:
            reports = json.loads(out)
            bad = [r for r in reports if r.get("error") or
                   any(f.get("kind") in ("changed", "no-checksum") for f in r["findings"])]
            if bad:
                raise ValueError(f"log unreadable or changed: {json.dumps(bad[0])[:200]}")
            return len(reports)
        if "cannot be read" in out or "changed after it was written" in out or "no checksum" in out:
            raise ValueError("a log cannot be read or was changed")
        return int(re.search(r"^(\d+) logs, \d+ with findings\.$", out, re.M).group(1))
    if as_json:
        return sum(year["cases"] for year in json.loads(out)["years"])
    return sum(int(n) for n in re.findall(r"^\| \d{4} \| (\d+) \|", out, re.M))


def read_loop(stop):
    allowed = {"list": {0}, "review": {0, 1}, "stats": {0}}
    seen = defaultdict(int)
    round_number = 0
    while not stop.is_set():
        as_json = round_number % 2 == 1
        for kind in ("list", "review", "stats"):
            arguments = [kind] if kind == "list" else [kind, cases_dir]
            run = handlagg(kind, *arguments, *(["--json"] if as_json else []))
            reads[kind] += 1
            label = f"{kind}{' --json' if as_json else ''} (read {reads[kind]})"
            if run.code not in allowed[kind] or run.err or CRASH.search(run.out):
                fail("read", f"{label}: {run.describe()}")
                continue
            try:
                count = counted(kind, as_json, run.out)
            except (ValueError, KeyError, TypeError, AttributeError) as e:
                fail("read", f"{label}: unexpected output ({e}): {run.out[:200]!r}")
                continue
            if count < seen[kind]:
                fail("read", f"{label}: counts {count} cases after an earlier read counted {seen[kind]}")
            seen[kind] = max(seen[kind], count)
        round_number += 1


# Running it all -----------------------------------------------------------------------------
def main():
    print(f"store {store}; {options.resumes} resumes by {options.resumers}, "
          f"{options.news} new cases by {options.creators}", flush=True)
    started = time.monotonic()
    contested = new_case(0)
    if contested is None:
        return 1
    entries_before = len(journal(contested))
    stop = threading.Event()
    reader = threading.Thread(target=read_loop, args=(stop,))
    reader.start()
    with ThreadPoolExecutor(options.resumers) as resumers, ThreadPoolExecutor(options.creators) as creators:
        created = creators.map(new_case, range(1, options.news + 1))
        for number in range(1, options.resumes + 1):
            resumers.submit(resume, contested, number)
        ids = list(created)
    stop.set()
    reader.join()
    load_seconds = time.monotonic() - started

    check_contested(contested, entries_before)
    made = [i for i in ids if i]
    if len(set(made)) != options.news:
        fail("new", f"{len(set(made))} distinct ids for {options.news} cases")
    names = set(os.listdir(cases_dir))
    for name in sorted(n for n in names if n.startswith(".new-")):
        fail("leftover", f"staging folder {name} is left in {cases_dir}")
    stray = names - set(made) - {contested} - {n for n in names if n.startswith(".new-")}
    missing = set(made) - names
    if stray or missing:
        fail("store", f"in the store but not created: {sorted(stray)[:5]}; created but missing: {sorted(missing)[:5]}")
    with ThreadPoolExecutor(options.creators) as checkers:
        list(checkers.map(check_created, sorted(set(made) & names)))

    acknowledged = sum(a["run"].code == 0 for a in attempts)
    refused = sum(a["run"].code == 75 for a in attempts)
    total_failures = sum(len(messages) for messages in failures.values())
    for kind, messages in sorted(failures.items()):
        print(f"FAIL {kind}: {len(messages)}")
        for message in messages[:20]:
            print(f"  {message}")
    print(f"attempts {len(attempts)}, acknowledged {acknowledged}, refused {refused}, "
          f"other {len(attempts) - acknowledged - refused}; new cases {len(set(made))}")
    print(f"reads performed: {sum(reads.values())} ({', '.join(f'{k} {v}' for k, v in sorted(reads.items()))})")
    print(f"failures: {total_failures}")
    print(f"wall time: {load_seconds:.1f} s under load, {time.monotonic() - started:.1f} s with the checks")
    print("latency (s)             count  median     max")
    for kind, values in sorted(latencies.items()):
        print(f"  {kind:22s}{len(values):6d} {statistics.median(values):7.3f} {max(values):7.3f}")
    print("PASS" if total_failures == 0 else "FAIL")
    return 0 if total_failures == 0 else 1


try:
    status = main()
finally:
    if options.keep:
        print(f"store kept in {store}")
    else:
        shutil.rmtree(store, ignore_errors=True)
sys.exit(status)
