#!/usr/bin/env bash
# isnad beside bare Jena on articles generated from the seed (issue 12's checks; docs/scale.md has the figures).
#   scripts/scale-bench.sh [N] [WORKDIR]          default: 5000 articles in /tmp/isnad-scale
# Steps: convert (1,000 and N articles) and riot; validate and Jena's shacl; load --no-link and Jena's phased
# loader, without and within a 1 GiB memory limit; a load of 3,000 articles with and without same-event links;
# 8 reloads of one file, then compact.
# Each timed pair runs RUNS times (default 2), alternately, keeping the best wall time and the largest RSS.
# Needs /usr/bin/time, jq, and jena-cmds 5.6.0 in the local Maven repository (for riot, shacl, tdb2.tdbloader).
set -euo pipefail
N="${1:-5000}"
W="${2:-/tmp/isnad-scale}"
RUNS="${RUNS:-2}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ISNAD="$HERE/isnad"
CMDS="$HOME/.m2/repository/org/apache/jena/jena-cmds/5.6.0/jena-cmds-5.6.0.jar"
[ -f "$CMDS" ] || { echo "scale-bench: $CMDS is missing (mvn dependency:get -Dartifact=org.apache.jena:jena-cmds:5.6.0)" >&2; exit 2; }
mkdir -p "$W"
"$ISNAD" --version >/dev/null            # builds target/isnad.jar and target/lib when needed
JENA=(java -cp "$HERE/target/lib/*:$CMDS")

declare -A BEST MEM
# measure LABEL CMD...: one run; keeps the best wall seconds and the largest RSS (MB) under LABEL
measure() {
  local label="$1"; shift
  local t; t="$(mktemp)"
  /usr/bin/time -f "%e %M" -o "$t" "$@" >/dev/null 2>"$W/$label.err" || echo "scale-bench: $label exited $? ($W/$label.err)" >&2
  local secs kb; read -r secs kb < <(tail -n 1 "$t"); rm -f "$t"
  if [ -z "${BEST[$label]:-}" ] || awk "BEGIN{exit !($secs < ${BEST[$label]})}"; then BEST[$label]=$secs; fi
  local mb=$((kb / 1024))
  if [ -z "${MEM[$label]:-}" ] || [ "$mb" -gt "${MEM[$label]}" ]; then MEM[$label]=$mb; fi
}
row() { printf '  %-30s %8.2f s %7d MB\n' "$1" "${BEST[$1]}" "${MEM[$1]}"; }
ratio() { awk -v a="${BEST[$1]}" -v b="${BEST[$2]}" -v l="$3" 'BEGIN{printf "  %-30s %8.2f x\n", l, a/b}'; }
size() { du -sb "$1" | cut -f1; }

"$HERE/scripts/scale-corpus.sh" "$N" "$W/corpus-$N.jsonl"
"$HERE/scripts/scale-corpus.sh" 1000 "$W/corpus-1000.jsonl"
"$HERE/scripts/scale-corpus.sh" 3000 "$W/corpus-3000.jsonl"

echo "== convert ($RUNS runs each, best wall time, JVM start included)"
for i in $(seq "$RUNS"); do
  measure convert-1000 "$ISNAD" convert --format nq -o "$W/c1000.nq" "$W/corpus-1000.jsonl"
  measure convert-N "$ISNAD" convert --format nq -o "$W/cN.nq" "$W/corpus-$N.jsonl"
  measure riot-N "${JENA[@]}" riotcmd.riot --output=nq "$W/cN.nq"
done
echo "  $N articles, $(wc -l < "$W/cN.nq") quads"
row convert-1000; row convert-N; row riot-N
awk -v n="$N" -v s="${BEST[convert-N]}" 'BEGIN{printf "  %-30s %8.0f articles/s\n", "convert, wall", n/s}'
echo "  convert's own rate (after start-up): $(grep -o '[0-9.]*/s' "$W/convert-N.err" | tail -n 1)"
ratio convert-N riot-N "convert / riot"
awk -v a="${MEM[convert-N]}" -v b="${MEM[convert-1000]}" -v n="$N" 'BEGIN{printf "  %-30s %8.2f x\n", "convert RSS " n "/1000", a/b}'

echo "== validate (scripts/validate-bench.sh: Jena's shacl over the union graph of the same quads)"
"$HERE/scripts/validate-bench.sh" "$W/cN.nq" "$RUNS" 2>/dev/null | sed 's/^/  /'

echo "== load"
for i in $(seq "$RUNS"); do
  rm -rf "$W/store" "$W/phased"
  measure load-nolink-N "$ISNAD" load --no-link --store "$W/store" "$W/cN.nq"
  measure phased-N "${JENA[@]}" tdb2.tdbloader --loader=phased --loc "$W/phased" "$W/cN.nq"
done
row load-nolink-N; row phased-N; ratio load-nolink-N phased-N "load --no-link / phased"
echo "  store $(( $(size "$W/store") / 1048576 )) MB, phased $(( $(size "$W/phased") / 1048576 )) MB"

echo "== load in a 1 GiB memory limit (scripts/in-memory-limit.sh: heap, native and page cache together)"
LIMIT="$HERE/scripts/in-memory-limit.sh"
if "$LIMIT" 64 true 2>/dev/null; then
  for i in $(seq "$RUNS"); do
    rm -rf "$W/store-1g" "$W/phased-1g"
    measure load-1g-N "$LIMIT" 1024 "$ISNAD" load --no-link --store "$W/store-1g" "$W/cN.nq"
    # the phased loader with the launchers' 512 MB heap for load (with its own default heap it fails in 1 GiB)
    measure phased-1g-N "$LIMIT" 1024 java -Xmx512m -cp "$HERE/target/lib/*:$CMDS" tdb2.tdbloader --loader=phased --loc "$W/phased-1g" "$W/cN.nq"
  done
  row load-1g-N; row phased-1g-N; ratio load-1g-N phased-N "load in 1 GiB / phased (no limit)"
  echo "  $(grep -h 'in-memory-limit:' "$W/load-1g-N.err" | tail -n 1)"
  echo "  phased: $(grep -h 'in-memory-limit:' "$W/phased-1g-N.err" | tail -n 1)"
else
  echo "  skipped: no writable memory cgroup on this machine"
fi

echo "== same-event links, 3,000 articles, one file per 50 articles"
"$ISNAD" convert --format nq -o "$W/c3000.nq" "$W/corpus-3000.jsonl" 2>/dev/null
# 60 files of 50 articles, cut where an article's provenance graph starts (convert writes articles whole)
rm -rf "$W/parts" && mkdir -p "$W/parts"
awk -v dir="$W/parts" '{ g = $(NF-1) }
  g ~ /\/provenance>$/ && g != last { if (n++ % 50 == 0) { if (f) close(f); f = sprintf("%s/p%04d.nq", dir, n / 50) } }
  { last = g; print > f }' "$W/c3000.nq"
for i in $(seq "$RUNS"); do
  rm -rf "$W/s-link" "$W/s-nolink"
  measure load-link-3000 "$ISNAD" load --batch 1 --store "$W/s-link" "$W"/parts/*.nq
  measure load-nolink-3000 "$ISNAD" load --batch 1 --no-link --store "$W/s-nolink" "$W"/parts/*.nq
done
row load-link-3000; row load-nolink-3000; ratio load-link-3000 load-nolink-3000 "links / --no-link"

echo "== reloads of one file (1,000 articles), then compact"
rm -rf "$W/s-re"
"$ISNAD" load --store "$W/s-re" "$W/c1000.nq" >/dev/null 2>&1
first=$(size "$W/s-re")
for i in $(seq 8); do "$ISNAD" load --store "$W/s-re" "$W/c1000.nq" >/dev/null 2>&1; done
after=$(size "$W/s-re")
"$ISNAD" compact --store "$W/s-re" >/dev/null 2>&1
compacted=$(size "$W/s-re")
awk -v a="$first" -v b="$after" -v c="$compacted" 'BEGIN{printf "  after 1 load %d MB, after 9 %d MB (%+.1f%%), after compact %d MB (%+.1f%%)\n", a/1048576, b/1048576, (b/a-1)*100, c/1048576, (c/a-1)*100}'
