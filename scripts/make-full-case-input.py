#!/usr/bin/env python3
"""Writes Tests/Fixtures/full-case-input.txt: what a worker types, line by line, for a whole
case through `handlagg new` (the intake, then the child routine): a 15-year-old taken into
care under 6 § LVU. Each question gets a plain answer of its kind; an answer a rule refuses or
warns about is replaced by the next choice, so the file never meets a refusal (the crash test
counts every prompt as an acknowledged answer).

    python3 scripts/make-full-case-input.py [BINARY]
"""
import os, re, select, subprocess, sys, tempfile

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/handlagg"
# The answers that make it a 6 § case of a 15-year-old who stays (by the start of the question).
fixed = {"Er bedömning av åldern": "1", "Övervägs vård": "n", "Har polisen redan upprättat": "n",
         "Var har barnet sin hemvist": "1", "Vilken grund för vård enligt LVU": "1", "Kan behövlig vård antas kunna ges med samtycke": "n",
         "Villkor 1 (6 §)": "j", "Villkor 2 (6 §)": "j", "Beslut om omedelbart omhändertagande": "1",
         "I vilken roll fattades beslutet": "3", "Var placeras den unge": "1", "Har den unge avvikit": "n"}

def question(screen):
    """The question on the screen: the line after the last progress line."""
    lines = screen.split("\n")
    starts = [i for i, line in enumerate(lines) if line.startswith("[Steg ")]
    return lines[starts[-1] + 1] if starts and starts[-1] + 1 < len(lines) else ""

def read_until_prompt(process):
    out = b""
    while not (out.endswith(b"> ") or out.endswith(b"+ ") or out.endswith(b": ") and "skälet".encode() in out[-300:]):
        ready, _, _ = select.select([process.stdout], [], [], 5)
        if not ready:
            return out.decode("utf-8", "replace"), True
        chunk = os.read(process.stdout.fileno(), 65536)
        if not chunk:
            return out.decode("utf-8", "replace"), True
        out += chunk
    return out.decode("utf-8", "replace"), False

def answer_for(screen, attempt):
    asked = question(screen)
    for start, typed in fixed.items():
        if asked.startswith(start) and attempt == 0: return [typed]
    hint = screen.strip().split("\n")[-2] if "\n" in screen.strip() else ""
    if "Tryck Enter när du har läst" in hint: return [""]
    if "Svara j (ja) eller n (nej)" in hint: return ["j" if attempt == 0 else "n"]
    m = re.search(r"Svara med ett nummer, 1–(\d+)", hint)
    if m: return [str(min(attempt + 1, int(m.group(1))))]
    if "Ett eller flera nummer" in hint or "Vilka är gjorda" in hint: return ["1"]
    if "Skriv 'nu'" in hint: return ["02:40" if attempt == 0 else "nu"]
    if "En post per rad" in hint: return ["Vuxna hämtar barnet", "Skuld för resan", ""]
    if "Ett heltal från" in hint: return ["3"]
    return ["uppgift"]

with tempfile.TemporaryDirectory() as store:
    env = dict(os.environ, HANDLAGG_CASES=store, TZ="Europe/Stockholm", NO_COLOR="1")
    process = subprocess.Popen([binary, "new", "--caseworker", "Kontroll", "--now", "2026-11-22T04:05:00+01:00"],
                               env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    script = []
    screen, ended = read_until_prompt(process)
    attempt = 0
    while not ended:
        lines = answer_for(screen, attempt)
        for index, line in enumerate(lines):
            process.stdin.write((line + "\n").encode()); process.stdin.flush()
            reply, ended = read_until_prompt(process)
        if "Svaret kan inte tas emot" in reply or "Varning:" in reply:
            if "Varning:" in reply:
                process.stdin.write(b"\n"); process.stdin.flush()
                reply, ended = read_until_prompt(process)
            attempt += 1
            screen = reply
            continue
        script += lines
        attempt = 0
        screen = reply
        if "Alla frågor är besvarade" in reply: break
    process.kill()
open("Tests/Fixtures/full-case-input.txt", "w").write("\n".join(script) + "\n")
print(f"{len(script)} lines written")
