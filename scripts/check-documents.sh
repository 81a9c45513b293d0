#!/usr/bin/env bash
# Renders a bundled case's documents the way a workstation would: the five child-routine
# documents of a whole 6 § case as HTML, checked well-formed (xmllint), printed to PDF and
# rendered to text with headless Chromium; each must be non-empty and hold the case's facts.
# The Markdown goes through cmark-gfm. Not part of `swift test` (it needs Chromium).
#
#   bash scripts/check-documents.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/debug/handlagg}
for tool in chromium xmllint cmark-gfm; do
  command -v "$tool" >/dev/null || { echo "check-documents: $tool is not installed (apt-get install chromium libxml2-utils cmark-gfm)" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HANDLAGG_CASES="$work/store" TZ=Europe/Stockholm NO_COLOR=1
"$binary" new --caseworker "Anna Ek" --now 2026-11-22T04:05:00+01:00 < Tests/Fixtures/full-case-input.txt > "$work/session.txt"
id=$(ls "$work/store/cases")
"$binary" documents "$id" --now 2026-11-22T05:00:00+01:00
failed=0
for doc in lvu6-decision court-submission police-report home-country-request handover-letter; do
  html="$work/$doc.html"
  "$binary" document "$id" "$doc" --format html --output "$html" --caseworker "Anna Ek" --now 2026-11-22T05:00:00+01:00 > /dev/null
  "$binary" document "$id" "$doc" --format md --output "$work/$doc.md" --caseworker "Anna Ek" --now 2026-11-22T05:00:00+01:00 > /dev/null
  xmllint --html --noout "$html" 2> "$work/xmllint.txt" || true
  if [ -s "$work/xmllint.txt" ]; then echo "$doc: HTML not well-formed:"; cat "$work/xmllint.txt"; failed=1; continue; fi
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$work/$doc.pdf" "file://$html" > /dev/null 2>&1 || true
  timeout 120 chromium --headless --no-sandbox --disable-gpu --dump-dom "file://$html" > "$work/$doc.dom" 2> /dev/null || true
  pdf_size=$(stat -c %s "$work/$doc.pdf" 2>/dev/null || echo 0)
  cmark-gfm "$work/$doc.md" > "$work/$doc.gfm.html"
  missing=""
  for fact in "$id" "UTKAST" "Anna Ek"; do grep -q -- "$fact" "$work/$doc.dom" || missing="$missing $fact"; done
  grep -q -- "$id" "$work/$doc.gfm.html" || missing="$missing (markdown)$id"
  if [ "$pdf_size" -lt 2000 ] || [ -n "$missing" ]; then
    echo "$doc: pdf ${pdf_size} bytes; facts missing:${missing:- none}"; failed=1
  else
    echo "$doc: html well-formed, pdf ${pdf_size} bytes, the text holds the case id, the caseworker and the draft mark"
  fi
done
grep -q "2026-11-29" "$work/lvu6-decision.dom" && grep -q "2026-11-29" "$work/court-submission.dom" \
  || { echo "the 7 § deadline (2026-11-29) is missing from the decision or the submission"; failed=1; }
if [ -n "${KEEP_DOCUMENTS:-}" ]; then mkdir -p "$KEEP_DOCUMENTS" && cp "$work"/*.html "$work"/*.pdf "$KEEP_DOCUMENTS"/; fi
[ "$failed" = 0 ] && echo "check-documents: 5 documents passed" || { echo "check-documents: failed"; exit 1; }
