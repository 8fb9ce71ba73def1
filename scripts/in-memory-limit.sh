#!/usr/bin/env bash
# Runs a command with at most MB mebibytes of memory, in a control group of its own (cgroup v2, or v1's
# memory controller), and reports on stderr whether it finished, its group's peak use and any OOM kill.
#   scripts/in-memory-limit.sh 1024 ./isnad load --no-link --store /tmp/store big.nq
# Why: a load's resident set counts the store files TDB2 maps, pages the kernel can drop whenever memory is
# short but keeps while it is free (docs/scale.md). Run inside a limit, the group's memory (heap, native and
# page cache together) cannot pass it: a load that finishes there has done its work in that much memory.
# Needs a writable cgroup hierarchy (root on most machines, or a delegated subtree); exits 3 without one.
set -uo pipefail
MB="${1:?usage: in-memory-limit.sh MB COMMAND...}"; shift
[ $# -gt 0 ] || { echo "usage: in-memory-limit.sh MB COMMAND..." >&2; exit 2; }
bytes=$((MB * 1024 * 1024))
name="isnad-limit-$$"
if [ -w /sys/fs/cgroup/cgroup.subtree_control ] && grep -qw memory /sys/fs/cgroup/cgroup.controllers 2>/dev/null; then
  cg="/sys/fs/cgroup/$name"; mkdir "$cg" || exit 3
  echo "$bytes" > "$cg/memory.max"; echo 0 > "$cg/memory.swap.max" 2>/dev/null
  peak() { cat "$cg/memory.peak" 2>/dev/null || echo 0; }
  ooms() { awk '$1 == "oom_kill" {print $2}' "$cg/memory.events"; }
elif [ -d /sys/fs/cgroup/memory ] && mkdir "/sys/fs/cgroup/memory/$name" 2>/dev/null; then
  cg="/sys/fs/cgroup/memory/$name"
  echo "$bytes" > "$cg/memory.limit_in_bytes"
  echo "$bytes" > "$cg/memory.memsw.limit_in_bytes" 2>/dev/null    # no swap beyond the limit, where swap is accounted
  peak() { cat "$cg/memory.max_usage_in_bytes"; }
  ooms() { awk '$1 == "oom_kill" {print $2}' "$cg/memory.oom_control"; }
else
  echo "in-memory-limit: no writable memory cgroup here (needs root or a delegated cgroup)" >&2; exit 3
fi
bash -c 'echo $$ > "$1/cgroup.procs" && shift && exec "$@"' _ "$cg" "$@"
rc=$?
echo "in-memory-limit: limit ${MB} MiB, exit $rc, group peak $(( $(peak) / 1048576 )) MiB, OOM kills $(ooms)" >&2
rmdir "$cg" 2>/dev/null || true
exit "$rc"
