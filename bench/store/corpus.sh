#!/bin/sh
# The corpus-wide query benchmark (docs/BENCHMARKS.md, "Corpus-wide queries"). Loopback only.
#
#   mvn -B -q package -DskipTests -pl server,bench -am
#   STANDOFF_BENCH_DB=postgresql://postgres@127.0.0.1:5432/standoff bench/store/corpus.sh 10000 /tmp/standoff-corpus
#
# N documents (GenerateSpeakerCorpus: article-shaped, Putin = Q7747, no token segments) are imported
# with `standoff db import`, served by `serve --db`, and measured with corpus_latency.py (one client,
# warm: "Putin's quotes, first 50", "claim counts by type", Putin's cue lemmas); then the same
# documents are converted to a corpus directory, served by the directory store, and measured the same way.
# SKIP_IMPORT=1 measures a database imported before (e.g. the store benchmark's: run.sh's documents have
# the same Putins, token segments included). SERVE_ARGS go to both servers (e.g. --no-response-cache, to
# measure the store rather than the response cache). DIR_DOCS=K serves only the first K documents from
# the directory store (it holds the corpus in memory); DIR_DOCS=0 skips it. CORPUS names the JSONL(.gz)
# file the documents come from (default: the one this script generates in WORK).
set -eu
N=${1:-2000}
WORK=${2:-/tmp/standoff-corpus}
DB=${STANDOFF_BENCH_DB:?name an empty PostgreSQL database, e.g. postgresql://postgres@127.0.0.1:5432/standoff}
ROUNDS=${ROUNDS:-500}
HEAP=${HEAP:-2g}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
JAR=${JAR:-$ROOT/server/target/standoff.jar}
CORPUS=${CORPUS:-$WORK/speakers-$N.jsonl.gz}
mkdir -p "$WORK"

if [ "${SKIP_IMPORT:-}" != 1 ]; then
  [ -f "$CORPUS" ] || java -cp "$ROOT/bench/target/benchmarks.jar" org.standoff.bench.store.GenerateSpeakerCorpus "$CORPUS" "$N"
  start=$(date +%s)
  java -Xmx512m -jar "$JAR" db import --db "$DB" --no-progress "$CORPUS"
  echo "import: $(( $(date +%s) - start )) s for $N documents" >&2
  psql "$DB" -Atc "VACUUM ANALYZE"
fi
psql "$DB" -Atc "select 'database size: ' || pg_size_pretty(pg_database_size(current_database()))"

serve() { # serve PORT ARGS... : starts a server, prints its pid and how long it took to start
  port=$1; shift
  begin=$(date +%s)
  java -Xmx"$HEAP" -jar "$JAR" serve --port "$port" "$@" > "$WORK/serve-$port.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health" > /dev/null; do
    kill -0 $pid 2> /dev/null || { echo "the server on $port stopped: $WORK/serve-$port.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "server on $port started in $(( $(date +%s) - begin )) s" >&2
  echo $pid
}

echo "uptime: $(uptime)" >&2
P=$(serve 18091 --db "$DB" ${SERVE_ARGS:-})
python3 "$HERE/corpus_latency.py" http://127.0.0.1:18091/graphql "$ROUNDS" | sed 's/^/postgresql: /'
kill "$P"

[ "${DIR_DOCS:-}" = 0 ] && exit 0
rm -rf "$WORK/dir"
if [ -n "${DIR_DOCS:-}" ]; then # the corpus's header line and its first DIR_DOCS documents
  gzip -cdf "$CORPUS" | head -n "$((DIR_DOCS + 1))" > "$WORK/first-$DIR_DOCS.jsonl"
  java -jar "$JAR" convert --from jsonl --to standoff --quiet "$WORK/first-$DIR_DOCS.jsonl" "$WORK/dir" > /dev/null
else
  java -jar "$JAR" convert --from jsonl --to standoff --quiet "$CORPUS" "$WORK/dir" > /dev/null
fi
echo "uptime: $(uptime)" >&2
D=$(serve 18092 --corpus "$WORK/dir" ${SERVE_ARGS:-})
python3 "$HERE/corpus_latency.py" http://127.0.0.1:18092/graphql "$ROUNDS" | sed 's/^/directory: /'
kill "$D"
