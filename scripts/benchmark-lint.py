#!/usr/bin/env python3
"""Times `handlagg lint` on generated routines of 10, 100 and 1,000 steps (3 questions each,
with conditions on earlier answers and a deadline every tenth step). Prints figures only.

    python3 scripts/benchmark-lint.py [BINARY]
"""
import os, shutil, statistics, subprocess, sys, tempfile, time

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/release/handlagg"

def routine(steps: int) -> str:
    lines = ["routine: generated", "name.sv: Genererad", "name.en: Generated", "legal-review: 2026-11-01", ""]
    for i in range(steps):
        lines += [f"step s{i}", f"  title.sv: Steg {i}", f"  title.en: Step {i}", "  source: 004 §6",
                  "  guidance.sv:", f"    Vägledning för steg {i}, två rader", "    som slås ihop.",
                  "  guidance.en:", f"    Guidance for step {i}."]
        if i > 0 and i % 3 == 0:
            lines.append(f"  when: c{i - 1} != no")
        lines += [f"  question c{i}", "    kind: choice", f"    text.sv: Val {i}", f"    text.en: Choice {i}",
                  "    choice yes", "      text.sv: Ja", "      text.en: Yes", "    choice no", "      text.sv: Nej", "      text.en: No",
                  f"  question t{i}", "    kind: text", "    required: no", f"    text.sv: Text {i}", f"    text.en: Text {i}",
                  f"  question d{i}", "    kind: datetime", f"    text.sv: Tid {i}", f"    text.en: Time {i}"]
        if i % 10 == 0:
            lines += [f"  deadline f{i}", "    text.sv: Frist", "    text.en: Deadline", f"    from: d{i}", "    after: 7 days",
                      "    basis: 7 § LVU", f"    when: c{i} = yes"]
        lines.append("")
    return "\n".join(lines)

print(f"binary: {binary}")
for steps in (10, 100, 1000):
    folder = tempfile.mkdtemp()
    try:
        with open(os.path.join(folder, "generated.steps"), "w", encoding="utf-8") as f:
            f.write(routine(steps))
        result = subprocess.run([binary, "lint", folder], capture_output=True, text=True)
        samples = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run([binary, "lint", folder], capture_output=True)
            samples.append(time.perf_counter() - start)
        print(f"{steps:>5} steps ({os.path.getsize(os.path.join(folder, 'generated.steps')) // 1024} kB): lint median "
              f"{statistics.median(samples) * 1000:.1f} ms — {result.stdout.strip().splitlines()[-1]}")
    finally:
        shutil.rmtree(folder)
