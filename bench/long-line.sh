#!/usr/bin/env bash
# Times `claimcheck check` on articles of one unbroken line without punctuation (1, 2, 5 and 10 MB
# by default) to show that the time grows linearly with the size: sentences are capped at 1,000
# chars, so no sentence makes the analysis quadratic. The inputs are generated into a temporary
# directory and removed afterwards; nothing is written into the repository.
#
#   bench/long-line.sh            # 1 2 5 10 MB
#   bench/long-line.sh 1 2        # other sizes, in MB
#
# Prints, per size: wall time, CPU time (user+sys; on a shared machine it is the steadier figure),
# CPU seconds per MB, sentences and findings. Needs python3 and GNU time (/usr/bin/time).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 2 5 10)
work="$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-long-line.XXXXXX")"
trap 'rm -rf "$work"' EXIT

"$here/claimcheck" --version >/dev/null # builds the jar first if needed, outside the timings

printf '%6s %10s %10s %12s %10s %9s\n' "MB" "wall s" "cpu s" "cpu s / MB" "sentences" "findings"
for mb in "${sizes[@]}"; do
  file="$work/line-$mb.txt"
  # Health-article words, no punctuation and no line break: one block, cut into capped sentences.
  python3 - "$file" "$mb" <<'PY'
import random, sys
path, mb = sys.argv[1], int(sys.argv[2])
words = ("kratom relieves pain and anxiety in many users who take it daily with tea or coffee "
         "while others report nausea dizziness and dependence after long use of the leaf powder "
         "some say it cures opioid withdrawal and is a safe natural alternative to medicine").split()
rng = random.Random(mb)
limit = mb * 1024 * 1024
out, size = [], 0
while size < limit:
    w = rng.choice(words)
    out.append(w)
    size += len(w) + 1
open(path, "w").write(" ".join(out)[:limit].rstrip())
PY
  sentences=$("$here/claimcheck" sentences --max-file-size 20MB "$file" | wc -l)
  timing="$work/time-$mb"
  /usr/bin/time -f '%e %U %S' -o "$timing" "$here/claimcheck" check --max-file-size 20MB --fail-on none \
    --format json "$file" > "$work/report-$mb.json"
  python3 - "$timing" "$work/report-$mb.json" "$mb" "$sentences" <<'PY'
import json, sys
wall, user, sys_ = (float(x) for x in open(sys.argv[1]).read().split()[-3:])
findings = sum(len(f["findings"]) for f in json.load(open(sys.argv[2]))["files"])
mb, cpu = int(sys.argv[3]), user + sys_
print(f"{mb:6d} {wall:10.1f} {cpu:10.1f} {cpu / mb:12.1f} {int(sys.argv[4]):10d} {findings:9d}")
PY
done
