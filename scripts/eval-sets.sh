#!/usr/bin/env bash
# One line per evaluation set: events gold/pred/matched, P, R, F1, reported-by, date, modality.
# Usage: scripts/eval-sets.sh [SET|DIR…]   (default: every set under src/test/resources with gold files;
#        an argument with a slash is a directory of articles and gold files kept elsewhere)
#        DATES=scored scripts/eval-sets.sh …: dates do not decide a match, only their accuracy is scored
#        (isnad eval --dates scored; the outside measurement's practice). Reports then go to target/eval-scored.
set -euo pipefail
cd "$(dirname "$0")/.."
# each worktree keeps its own reports (target/eval/isnad-eval-SET.json), so parallel runs do not mix
dates=${DATES:-required}
out=target/eval; [ "$dates" = required ] || out=target/eval-$dates
mkdir -p "$out"
sets=("$@")
[ ${#sets[@]} -eq 0 ] && sets=(seed devset heldout heldout2 heldout3 heldout4 heldout5 heldout6 heldout7 heldout8)
for s in "${sets[@]}"; do
  case $s in */*) dir=$s; s=$(basename "$s") ;; *) dir=src/test/resources/$s ;; esac
  [ -d "$dir" ] || { echo "eval-sets: no directory $dir" >&2; continue; }
  extra=(); [ "$s" = seed ] && extra=(--published-from-gold)
  ./isnad eval "${extra[@]}" --dates "$dates" --gold "$dir" --json "$out/isnad-eval-$s.json" "$dir"/*.txt >/dev/null 2>&1 || true
  python3 - "$s" "$out/isnad-eval-$s.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[2]))["total"]; e = t["events"]; f = t["fields"]
acc = lambda k: "-" if f[k]["accuracy"] is None else "%.2f" % f[k]["accuracy"]
print("%-9s events %3d/%3d/%3d  P %.2f  R %.2f  F1 %.2f  rep-by %s  date %s  modality %s" % (
    sys.argv[1], e["gold"], e["predicted"], e["matched"], e["precision"], e["recall"], e["f1"],
    acc("reportedBy"), acc("date"), acc("modality")))
PY
done
