#!/usr/bin/env bash
# Writes N articles generated from the seed article, as JSON Lines, for the scale measurements
# (docs/scale.md, scripts/scale-bench.sh). Article i is the seed text under its own URL, published on day i
# after 2000-01-01 (so up to 9,000 articles lie in the past), ending in its own tag "(scale-i)": its
# relative dates ("أمس الثلاثاء") fall on its own day, so copies are not one event, and none is skipped as
# a duplicate.
#   scripts/scale-corpus.sh 5000 /tmp/corpus-5000.jsonl
set -euo pipefail
N="${1:?usage: scale-corpus.sh N OUT.jsonl}"
OUT="${2:?usage: scale-corpus.sh N OUT.jsonl}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SEED="$HERE/src/test/resources/seed/sy24-deir-ez-zor-strikes.txt"
jq -cn --rawfile text "$SEED" --argjson n "$N" '
  range($n) as $i
  | {url: "https://example.org/scale/\($i)", outlet: "SY24",
     published: ((946684800 + $i * 86400) | strftime("%Y-%m-%d")),
     title: "التحالف الدولي ينفذ غارات على مواقع الميليشيات بدير الزور",
     text: ($text + "\n\n(scale-\($i))")}' > "$OUT"
