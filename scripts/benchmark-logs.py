#!/usr/bin/env python3
"""Times `handlagg review` and `handlagg stats` over generated case logs, next to `grep -c`
over the same files, for 1,000, 5,000 and 10,000 logs (or the counts given as arguments).

The logs are variations of one real log written by handlagg (case id, year opened and the
6 § decision vary; the checksum is recomputed), so they read exactly like real ones.
Not a test: it prints figures for people to read and record.

    python3 scripts/benchmark-logs.py [--binary .build/release/handlagg] [N ...]
"""
import hashlib, os, random, re, shutil, subprocess, sys, tempfile, time

args = sys.argv[1:]
binary = ".build/release/handlagg"
if args[:1] == ["--binary"]:
    binary, args = args[1], args[2:]
counts = [int(a) for a in args] or [1000, 5000, 10000]

def sha256(data: bytes) -> str:
    """The log's mark (Sources/RoutineEngine/Log/LogChecksum.swift), for rewritten variants."""
    return hashlib.sha256(data).hexdigest()

def template() -> str:
    """One complete log, written by the binary from a piped case."""
    work = tempfile.mkdtemp()
    try:
        env = dict(os.environ, HANDLAGG_CASES=work, TZ="Europe/Stockholm")
        answers = {"assessed-age": "under-18", "lvu6": "yes", "likely-care": "j", "cannot-wait": "j",
                   "habitual-residence": "sweden", "absconded": "n", "lvu-ground": "home"}
        catalogue = subprocess.run([binary, "routines", "--json"], capture_output=True, text=True, check=True).stdout
        import json
        steps = [r for r in json.loads(catalogue) if r["id"] == "akut-barn"][0]["steps"]
        # Answer every question by kind; the first choice unless fixed above.
        sheet = {}
        for step in steps:
            for q in step["questions"]:
                kind = q["kind"]
                sheet[q["id"]] = answers.get(q["id"]) or {
                    "yesno": "j", "choice": "1", "decision": "1", "multi": "1", "actions": "1", "text": "uppgift",
                    "datetime": "nu", "list": ["a", "b"], "scale": "4", "acknowledgement": ""}[kind]
        path = os.path.join(work, "answers.json")
        with open(path, "w") as f:
            json.dump(sheet, f)
        # A rule may refuse a plain first choice somewhere: the log is then as far as the answers got.
        subprocess.run([binary, "new", "--routine", "akut-barn", "--caseworker", "Bench", "--answers", path,
                        "--now", "2026-03-01T03:00:00+01:00"], env=env, capture_output=True, stdin=subprocess.DEVNULL)
        case = os.listdir(os.path.join(work, "cases"))[0]
        folder = os.path.join(work, "cases", case)
        log = [n for n in os.listdir(folder) if n.endswith(".md")][0]
        with open(os.path.join(folder, log), encoding="utf-8") as f:
            return f.read()
    finally:
        shutil.rmtree(work)

def variant(text: str, index: int, rng: random.Random) -> str:
    year = 2005 + index % 22
    case = "HL-" + "".join(rng.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(6))
    text = re.sub(r"HL-[0-9A-Z]{6}", case, text)
    text = text.replace("2026-", f"{year}-")
    text = re.sub(r"\nchecksum: sha256:[0-9a-f]{64}", "", text)
    checksum = sha256(text.encode("utf-8"))
    return text.replace("\n-->\n", f"\nchecksum: sha256:{checksum}\n-->\n", 1)

def timed(command):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start

base = template()
rng = random.Random(1)
print(f"binary: {binary}; one log is {len(base.encode())} bytes")
print(f"{'logs':>6} {'review s':>9} {'stats s':>8} {'grep -c s':>9} {'review/grep':>11} {'stats/grep':>10}")
for count in counts:
    folder = tempfile.mkdtemp()
    try:
        for i in range(count):
            with open(os.path.join(folder, f"{i:05d}.md"), "w", encoding="utf-8") as f:
                f.write(variant(base, i, rng))
        files = sorted(os.path.join(folder, n) for n in os.listdir(folder))
        timed(["grep", "-c", "checksum", *files])  # warm the page cache
        grep = min(timed(["grep", "-c", "checksum", *files]) for _ in range(3))
        review = min(timed([binary, "review", folder, "--now", "2026-12-01T00:00:00+01:00"]) for _ in range(3))
        stats = min(timed([binary, "stats", folder]) for _ in range(3))
        print(f"{count:>6} {review:>9.3f} {stats:>8.3f} {grep:>9.3f} {review / grep:>11.1f} {stats / grep:>10.1f}")
    finally:
        shutil.rmtree(folder)
