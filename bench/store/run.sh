#!/bin/sh
# The PostgreSQL store benchmark (docs/BENCHMARKS.md, "PostgreSQL store"). Loopback only.
#
#   mvn -B -q package -DskipTests -pl server,bench -am
#   STANDOFF_BENCH_DB=postgresql://postgres@127.0.0.1:5432/standoff bench/store/run.sh 100000 /tmp/standoff-bench
#
# N documents are generated (bench's ArticleCorpus; kept in WORK and reused), imported with `standoff db import`, served by two
# `serve --db` processes with -Xmx512m, and measured: import rate, database size, start time, RSS,
# document query p50/p99 (cold, then warm cache) and a mutation with 16 clients across both servers
# (wrk, bench/store/mutation.lua; CPU ms per edit of servers, PostgreSQL and client: mutation_cpu.py).
# The directory store is then served the first DIR_DOCS of the same documents in the same heap.
# Every figure is followed by the load average (the machine may be shared: read ratios).
# SKIP_IMPORT=1 measures a database imported before; SERVE_ARGS go to every server; JAR=… measures another build.
set -eu
N=${1:-2000}
WORK=${2:-/tmp/standoff-bench}
DB=${STANDOFF_BENCH_DB:?name an empty PostgreSQL database, e.g. postgresql://postgres@127.0.0.1:5432/standoff}
DIR_DOCS=${DIR_DOCS:-500}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
JAR=${JAR:-$ROOT/server/target/standoff.jar}
mkdir -p "$WORK"

load() { echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2; }

[ -f "$WORK/articles-$N.jsonl.gz" ] ||
  java -cp "$ROOT/bench/target/benchmarks.jar" org.standoff.bench.store.GenerateArticles "$WORK/articles-$N.jsonl.gz" "$N"
load
if [ "${SKIP_IMPORT:-}" != 1 ]; then
  /usr/bin/time -f "importer: %e s wall, %U s user, %S s system CPU, %M KB max RSS" \
    java -Xmx512m -jar "$JAR" db import --db "$DB" --no-progress "$WORK/articles-$N.jsonl.gz"
  load
fi
psql "$DB" -Atc "select 'database size: ' || pg_size_pretty(pg_database_size(current_database()))"

# ids spread over the corpus, for the queries
python3 -c "import sys; n=int(sys.argv[1]); k=min(n, 100); [print('article-%07d' % (i * n // k)) for i in range(k)]" "$N" > "$WORK/ids.txt"

serve() { # serve PORT ARGS... : starts a server, prints its start time in ms and its pid
  start=$(date +%s%N)
  java -Xmx512m -jar "$JAR" serve --port "$@" ${SERVE_ARGS:-} > "$WORK/serve-$1.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$1/health" > /dev/null; do sleep 0.05; done
  echo "server on $1: started in $(( ($(date +%s%N) - start) / 1000000 )) ms, pid $pid" >&2
  load
  echo $pid
}
rss() { echo "RSS of $1: $(awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$1/status)"; }

A=$(serve 18081 --db "$DB"); B=$(serve 18082 --db "$DB")
python3 "$HERE/latency.py" query http://127.0.0.1:18081/graphql "$WORK/ids.txt"; load
# the mutation: 16 wrk clients, each editing its own document, over both servers; first WARMUP s on
# 16 documents (the JIT compiles the path), then 30 s on 16 others, with each process's CPU per edit
sed -n 1,16p "$WORK/ids.txt" > "$WORK/warm-ids.txt"; sed -n 17,32p "$WORK/ids.txt" > "$WORK/edit-ids.txt"
DURATION=${WARMUP:-60} python3 "$HERE/mutation_cpu.py" "$DB" "$A:18081,$B:18082" "$WORK/warm-ids.txt"; load
python3 "$HERE/mutation_cpu.py" "$DB" "$A:18081,$B:18082" "$WORK/edit-ids.txt"; load
rss "$A"; rss "$B"
kill "$A" "$B"

# the corpus's header line and its first DIR_DOCS documents
rm -rf "$WORK/dir"; gzip -cd "$WORK/articles-$N.jsonl.gz" | head -n "$((DIR_DOCS + 1))" > "$WORK/first-$DIR_DOCS.jsonl"
java -jar "$JAR" convert --from jsonl --to standoff --quiet "$WORK/first-$DIR_DOCS.jsonl" "$WORK/dir" > /dev/null
ls "$WORK/dir" | sed 's/.standoff.json$//' | awk 'NR % 3 == 1' | head -n 100 > "$WORK/dir-ids.txt"
D=$(serve 18083 --corpus "$WORK/dir")
python3 "$HERE/latency.py" query http://127.0.0.1:18083/graphql "$WORK/dir-ids.txt"; load
sed -n 1,16p "$WORK/dir-ids.txt" > "$WORK/dir-warm-ids.txt"; sed -n 17,32p "$WORK/dir-ids.txt" > "$WORK/dir-edit-ids.txt"
DURATION=${WARMUP:-60} python3 "$HERE/mutation_cpu.py" - "$D:18083" "$WORK/dir-warm-ids.txt"; load
python3 "$HERE/mutation_cpu.py" - "$D:18083" "$WORK/dir-edit-ids.txt"; load
rss "$D"
kill "$D"
