#!/usr/bin/env bash
# Runs every libFuzzer target in DIR for SECONDS each, starting from the seeds
# in fuzz/seeds/<name without _fuzz>/ (copied to a scratch corpus, so the
# committed seeds stay as they are). Fails if any target finds a crash.
#   scripts/run-fuzzers.sh build-fuzz/fuzz 30
set -euo pipefail
dir=${1:?usage: run-fuzzers.sh DIR [SECONDS]}
secs=${2:-30}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
ran=0
for bin in "$dir"/*_fuzz; do
  [ -x "$bin" ] || continue
  name=$(basename "$bin" _fuzz)
  corpus="$work/$name"
  mkdir -p "$corpus"
  if [ -d "$root/fuzz/seeds/$name" ]; then cp -r "$root/fuzz/seeds/$name/." "$corpus/"; fi
  printf 'fuzz %-12s %3ss ... ' "$name" "$secs"
  if "$bin" "$corpus" -max_total_time="$secs" -max_len=65536 -rss_limit_mb=2048 \
       -timeout=10 -print_final_stats=1 -artifact_prefix="$work/$name-" >"$work/$name.log" 2>&1; then
    echo "ok ($(grep -o 'stat::number_of_executed_units: [0-9]*' "$work/$name.log" | awk '{print $2}') runs)"
    ran=$((ran + 1))
  else
    echo "FAILED"
    tail -40 "$work/$name.log"
    mkdir -p "$root/fuzz/crashes"
    cp "$work/$name-"* "$root/fuzz/crashes/" 2>/dev/null || true
    status=1
  fi
done
if [ "$ran" -eq 0 ] && [ "$status" -eq 0 ]; then echo "no fuzzers found in $dir"; exit 1; fi
exit $status
