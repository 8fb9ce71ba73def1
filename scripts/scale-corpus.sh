#!/usr/bin/env bash
# Writes N articles generated from the seed article, as JSON Lines, for the scale measurements
# (docs/scale.md, scripts/scale-bench.sh). Article i is the seed text under its own URL, published on day i
# after 2000-01-01 for i < 9,000 (so they lie in the past), and day i - 9,000 before it beyond that (any N up to
# about 20,000 has its own day, and a corpus never runs into the future, which convert refuses), ending in its
# own tag "(scale-i)": its
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
     published: ((946684800 + (if $i < 9000 then $i else 8999 - $i end) * 86400) | strftime("%Y-%m-%d")),
     title: "التحالف الدولي ينفذ غارات على مواقع الميليشيات بدير الزور",
     text: ($text + "\n\n(scale-\($i))")}' > "$OUT"
