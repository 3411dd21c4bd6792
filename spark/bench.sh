#!/usr/bin/env bash
# Rate of the Spark job beside the CLI's batch rate, on the same generated articles.
#   spark/bench.sh [N] [--no-build]     (default: 10000 articles)
# Generates N articles with bench/generate_articles.py (Markdown, HTML and plain text files), writes
# the same articles as one JSON Lines dataset, then times, wall clock, whole processes:
#   cli:   ./claimcheck check --format jsonl -j 2 DIR              (the launcher's runtime and caches)
#   spark: CheckJob --master local[*] on the JSONL dataset, Parquet out, on Java 17 with Spark's jars
#          on the class path as spark-submit puts them (claimcheck-spark.jar + Spark)
# and prints articles/s and sentences/s for each (sentences: claimcheck's own split of every
# article, counted untimed beforehand). Both runs must find the same number of findings.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n=10000
build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    [0-9]*) n=$arg ;;
    *) echo "usage: spark/bench.sh [N] [--no-build]" >&2; exit 2 ;;
  esac
done
work="$here/spark/target/bench"
mkdir -p "$work"
cd "$here"

if [ "$build" = 1 ]; then
  echo "bench: building claimcheck (install) and the job jar ..." >&2
  mvn -q -B -ntp -DskipTests install
  mvn -q -B -ntp -f spark/pom.xml -DskipTests package
fi
# Spark and what it brings, as a Spark installation's jars/ directory holds them.
mvn -q -B -ntp -f spark/pom.xml dependency:build-classpath -Dmdep.includeScope=provided \
  -Dmdep.outputFile="$work/spark-classpath.txt" >/dev/null

articles="$work/articles-$n"
if [ ! -f "$articles.jsonl" ]; then
  rm -rf "$articles"
  python3 bench/generate_articles.py "$articles" "$n" >/dev/null
  python3 - "$articles" "$articles.jsonl" <<'PY'
import json, os, sys
root, out = sys.argv[1], sys.argv[2]
formats = {".md": "markdown", ".html": "html", ".txt": "text"}
with open(out + ".tmp", "w", encoding="utf-8") as f:
    for folder, _, names in sorted(os.walk(root)):
        for name in sorted(names):
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as a:
                text = a.read()
            f.write(json.dumps({"id": os.path.relpath(path, root), "format": formats[os.path.splitext(name)[1]],
                                "text": text}) + "\n")
os.replace(out + ".tmp", out)
PY
fi
files=$(find "$articles" -type f | wc -l)
mb=$(du -sm "$articles.jsonl" | cut -f1)

# Sentences as claimcheck splits them, counted once, untimed.
sentences=$(find "$articles" -type f -print0 | sort -z | xargs -0 -n 2000 ./claimcheck sentences --format json |
  python3 -c 'import json,sys
dec = json.JSONDecoder(); s = sys.stdin.read(); i = 0; total = 0
while i < len(s):
    if s[i].isspace(): i += 1; continue
    doc, i = dec.raw_decode(s, i); total += sum(len(f["sentences"]) for f in doc["files"])
print(total)')

now() { date +%s.%N; }
rate() { python3 -c "import sys; s=float(sys.argv[1]); print(f'{s:.1f} s, {int(sys.argv[2])/s:.1f} articles/s, {int(sys.argv[3])/s:.0f} sentences/s')" "$@"; }

# CLI: one untimed run on one article first, so that the launcher's start-up cache exists.
./claimcheck check --no-config --fail-on none "$(find "$articles" -type f | head -1)" >/dev/null 2>&1 || true
start=$(now)
./claimcheck check --no-config --no-progress --format jsonl -j 2 --fail-on none -o "$work/cli.jsonl" "$articles"
cli_s=$(python3 -c "import sys; print(float(sys.argv[2])-float(sys.argv[1]))" "$start" "$(now)")
cli_findings=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["findings"]) for l in open(sys.argv[1])))' "$work/cli.jsonl")

# Spark: local[*], the add-opens flags spark-submit gives Java 17 (JavaModuleOptions).
java17=${SPARK_JAVA:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
opens=(-XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false)
rm -rf "$work/spark-out"
# spark.* system properties are Spark settings, as spark-submit's --conf: no web UI for a benchmark.
start=$(now)
SPARK_LOCAL_IP=127.0.0.1 "$java17" "${opens[@]}" -Dspark.ui.enabled=false \
  -Dlog4j2.configurationFile="$here/spark/src/test/resources/log4j2.properties" \
  -cp "spark/target/claimcheck-spark.jar:$(cat "$work/spark-classpath.txt")" dev.claimcheck.spark.CheckJob \
  --master 'local[*]' --input "$articles.jsonl" --output "$work/spark-out" >"$work/spark-summary.txt"
spark_s=$(python3 -c "import sys; print(float(sys.argv[2])-float(sys.argv[1]))" "$start" "$(now)")
spark_findings=$(sed -n 's/.* checked, \([0-9]*\) findings.*/\1/p' "$work/spark-summary.txt")

echo "articles: $files files, $mb MB as JSON Lines, $sentences sentences ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
echo "cli   (claimcheck check --format jsonl -j 2 DIR): $(rate "$cli_s" "$files" "$sentences"), $cli_findings findings"
echo "spark (CheckJob --master local[*], whole process): $(rate "$spark_s" "$files" "$sentences"), $spark_findings findings"
echo "spark job's own summary (read to last output written): $(cat "$work/spark-summary.txt")"
if [ "$cli_findings" != "$spark_findings" ]; then
  echo "bench: the CLI found $cli_findings findings and the job $spark_findings: they should agree" >&2
  exit 1
fi
