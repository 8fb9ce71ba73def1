#!/usr/bin/env bash
# isnad validate beside bare Jena SHACL on the same quads (issue 12, item 2).
#   scripts/validate-bench.sh 5000            # generate 5,000 articles, convert them to N-Quads, measure
#   scripts/validate-bench.sh FILE.nq [REPEAT]
# The baseline is Jena's own `shacl validate` (jena-cmds) with isnad's shapes/claims.ttl over the union
# graph of the same quads (the graph column stripped: Jena's command reads triples only). It parses the
# whole file into one in-memory graph and validates it once; isnad validates each article's claims with
# their provenance, in flat memory. Both run REPEAT times (default 3), alternately; the best wall time and
# the peak RSS of each are reported, and the ratio. Needs /usr/bin/time, jq, and jena-cmds in ~/.m2.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARG="${1:?usage: validate-bench.sh N|FILE.nq [REPEAT]}"
REPEAT="${2:-3}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/isnad-validate-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
JENA_CMDS="$HOME/.m2/repository/org/apache/jena/jena-cmds/5.6.0/jena-cmds-5.6.0.jar"
[ -f "$JENA_CMDS" ] || { echo "validate-bench: $JENA_CMDS is missing" >&2; exit 2; }
"$HERE/isnad" --help >/dev/null  # builds target/isnad.jar and target/lib when needed

if [[ "$ARG" =~ ^[0-9]+$ ]]; then
  "$HERE/scripts/scale-corpus.sh" "$ARG" "$WORK/corpus.jsonl"
  "$HERE/isnad" convert --format nq -o "$WORK/claims.nq" "$WORK/corpus.jsonl" 2>&1 | tail -n 1 >&2
  NQ="$WORK/claims.nq"
else
  NQ="$ARG"
fi
sed 's/ <[^>]*> \.$/ ./' "$NQ" > "$WORK/union.nt"
echo "input: $NQ, $(wc -l < "$NQ") quads" >&2

# Prints "SECONDS KB EXIT CPU_SECONDS" for one run of the command (CPU: user + system, steadier than wall
# time on a busy machine).
measure() {
  local log="$WORK/time.log" rc=0
  /usr/bin/time -v "$@" > "$WORK/out" 2> "$log" || rc=$?
  local wall kb cpu
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log")
  echo "$wall $kb $rc $cpu"
}

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
ISNAD=("$JAVA" ${ISNAD_JAVA_OPTS:-} -Disnad.home="$HERE" -jar "$HERE/target/isnad.jar" validate "$NQ")
BARE=("$JAVA" ${ISNAD_JAVA_OPTS:-} -cp "$HERE/target/lib/*:$JENA_CMDS" shacl.shacl validate
      --shapes "$HERE/shapes/claims.ttl" --data "$WORK/union.nt")
best_isnad=""; best_bare=""; rss_isnad=0; rss_bare=0; cpu_isnad=""; cpu_bare=""
for i in $(seq "$REPEAT"); do
  read -r t kb rc cpu < <(measure "${ISNAD[@]}")
  echo "run $i: isnad validate $t s (cpu $cpu s), $((kb / 1024)) MB, exit $rc" >&2
  [ -z "$best_isnad" ] || awk "BEGIN { exit !($t < $best_isnad) }" && best_isnad=$t
  [ -z "$cpu_isnad" ] || awk "BEGIN { exit !($cpu < $cpu_isnad) }" && cpu_isnad=$cpu
  [ "$kb" -gt "$rss_isnad" ] && rss_isnad=$kb
  read -r t kb rc cpu < <(measure "${BARE[@]}")
  echo "run $i: bare shacl     $t s (cpu $cpu s), $((kb / 1024)) MB, exit $rc" >&2
  [ -z "$best_bare" ] || awk "BEGIN { exit !($t < $best_bare) }" && best_bare=$t
  [ -z "$cpu_bare" ] || awk "BEGIN { exit !($cpu < $cpu_bare) }" && cpu_bare=$cpu
  [ "$kb" -gt "$rss_bare" ] && rss_bare=$kb
done
awk -v a="$best_isnad" -v b="$best_bare" -v ra="$rss_isnad" -v rb="$rss_bare" -v ca="$cpu_isnad" -v cb="$cpu_bare" 'BEGIN {
  printf "isnad validate: %.1f s (cpu %.1f s), peak %d MB\nbare Jena SHACL: %.1f s (cpu %.1f s), peak %d MB\n", a, ca, ra / 1024, b, cb, rb / 1024
  printf "ratio: %.2fx wall time, %.2fx cpu time, %.2fx peak memory\n", a / b, ca / cb, ra / rb }'
