#!/usr/bin/env bash
# Batch benchmark: generates N articles and checks them as a moderator would, timing the run.
#   bench/run-batch.sh [N] [JOBS]      (defaults: 1000 articles, all cores)
# Run it in a terminal to see the progress bar; the summary and timing go to stderr/stdout.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000}"
jobs="${2:-$(nproc)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/bench/generate_articles.py" "$work/queue" "$n"
start=$(date +%s.%N)
set +e
"$here/claimcheck" check --no-config --jobs "$jobs" --fail-on none --format text -o "$work/report.txt" "$work/queue"
code=$?
set -e
end=$(date +%s.%N)
sed -n '/^Summary:/,$p' "$work/report.txt"
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); n=int(sys.argv[3]); print(f'{n} files in {s:.1f} s: {n/s:.1f} files/s (jobs {sys.argv[4]}, exit {sys.argv[5]})')" "$start" "$end" "$n" "$jobs" "$code"
