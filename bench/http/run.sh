#!/usr/bin/env bash
# The "GraphQL server over HTTP" benchmark of docs/BENCHMARKS.md.
#
# Starts the real server (standoff.jar serve, on a copy of the shipped article in a temporary data
# directory) and the bare Javalin + graphql-java ceiling (org.standoff.bench.http.BareGraphqlServer)
# on free loopback ports, checks that both answer the quotes request with the same bytes, warms both
# JITs up, then measures:
#   1. throughput (wrk, closed loop, CONNS connections) of the quotes request on both servers and of
#      the overlap request on the real one, ROUNDS interleaved rounds, medians reported;
#   2. latency at a fixed rate of half the ceiling's median throughput (hey -q per worker x -c workers)
#      for the same three server/request pairs;
#   3. the mutation (mutation.lua: updateCue with the version of the previous answer) on one connection.
# Prints a table and stops both servers. Needs java 17, maven (to build), wrk, hey and curl.
#
# Usage: bash bench/http/run.sh
# Knobs (environment): WARMUP=120 DURATION=15 ROUNDS=3 CONNS=8 WORKERS=8 THREADS=1
#   REAL_JAR=server/target/standoff.jar (another build of the real server, e.g. to compare versions)
#   REAL_ARGS=--no-response-cache (the real server runs every query, as the ceiling does; REAL_ARGS=""
#     for the response cache, or for a build older than the cache, which does not know the option)
#   JAVA_OPTS="..." (both servers, e.g. -XX:StartFlightRecording=filename=/tmp/x.jfr,settings=profile)
set -euo pipefail

cd "$(dirname "$0")/../.."
HERE=bench/http
WARMUP=${WARMUP:-120}
DURATION=${DURATION:-15}
ROUNDS=${ROUNDS:-3}
CONNS=${CONNS:-8}
WORKERS=${WORKERS:-8}
THREADS=${THREADS:-1}
JAVA_OPTS=${JAVA_OPTS:-}
REAL_JAR=${REAL_JAR:-server/target/standoff.jar}
REAL_ARGS=${REAL_ARGS---no-response-cache}
DOC=putin-jiang-friendship-treaty-2001

for tool in java wrk hey curl; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is not installed" >&2; exit 2; }
done

# --- build if a jar is missing or older than a source ---------------------------------------------
. bench/http/build.sh

# --- start both servers ----------------------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/standoff-httpbench.XXXXXX")
REAL_PID=
BARE_PID=
cleanup() {
  set +e
  for pid in $REAL_PID $BARE_PID; do
    kill "$pid" 2>/dev/null
  done
  for pid in $REAL_PID $BARE_PID; do
    wait "$pid" 2>/dev/null
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$REAL_JAR" serve --port 0 --data "$WORK/data" $REAL_ARGS >"$WORK/real.log" 2>&1 &
REAL_PID=$!
# shellcheck disable=SC2086
java $JAVA_OPTS -cp bench/target/benchmarks.jar org.standoff.bench.http.BareGraphqlServer 0 >"$WORK/bare.log" 2>&1 &
BARE_PID=$!

endpoint() { # the first http://…/graphql URL a server printed, waiting up to 120 s
  local log=$1 pid=$2 url
  for _ in $(seq 600); do
    url=$(grep -o 'http://[0-9.]*:[0-9]*/graphql' "$log" | head -n1 || true)
    [ -n "$url" ] && { echo "$url"; return; }
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  echo "run.sh: a server did not start; its output:" >&2; cat "$log" >&2; exit 1
}
REAL=$(endpoint "$WORK/real.log" "$REAL_PID")
BARE=$(endpoint "$WORK/bare.log" "$BARE_PID")
echo "== real server $REAL_JAR at $REAL (pid $REAL_PID, data $WORK/data); ceiling $BARE (pid $BARE_PID)"

post() { curl -sS --fail -H 'Content-Type: application/json' --data-binary "@$2" "$1"; }

# --- the same request, the same answer ------------------------------------------------------------
post "$REAL" "$HERE/quotes.json" >"$WORK/real-quotes.json"
post "$BARE" "$HERE/quotes.json" >"$WORK/bare-quotes.json"
if ! cmp -s "$WORK/real-quotes.json" "$WORK/bare-quotes.json"; then
  echo "run.sh: the two servers answer the quotes request differently:" >&2
  cmp "$WORK/real-quotes.json" "$WORK/bare-quotes.json" >&2 || true
  exit 1
fi
for f in real-quotes.json; do
  grep -q '"errors"' "$WORK/$f" && { echo "run.sh: $f has errors" >&2; exit 1; }
done
post "$REAL" "$HERE/overlap.json" >"$WORK/real-overlap.json"
grep -q '"errors"' "$WORK/real-overlap.json" && { echo "run.sh: the overlap request has errors" >&2; exit 1; }
echo "== same answer from both servers to the quotes request ($(wc -c <"$WORK/real-quotes.json") bytes);" \
  "overlap answer $(wc -c <"$WORK/real-overlap.json") bytes"

version() {
  curl -sS --fail -H 'Content-Type: application/json' \
    -d "{\"query\":\"{ document(id: \\\"$DOC\\\") { version } }\"}" "$REAL" | grep -o '"version":[0-9]*' | cut -d: -f2
}

# --- measurement helpers ---------------------------------------------------------------------------
# wrk_run URL SCRIPT DURATION CONNECTIONS THREADS [ARG]  -> "rps p50 p99 requests bad socketerrors"
wrk_run() {
  local url=$1 script=$2 duration=$3 conns=$4 threads=$5 arg=${6:-}
  wrk -t"$threads" -c"$conns" -d"${duration}s" --timeout 10s --latency -s "$script" "$url" -- "$arg" \
    | awk '/^RESULT/ { print $2, $3, $4, $5, $6, $7 }'
}
# hey_run URL BODY DURATION RATE  -> "rps p50 p99 requests non200", from hey's per-request CSV
hey_run() {
  local url=$1 body=$2 duration=$3 rate=$4 perworker
  perworker=$(awk -v r="$rate" -v w="$WORKERS" 'BEGIN { printf "%.3f", r / w }')
  hey -z "${duration}s" -c "$WORKERS" -q "$perworker" -m POST -T application/json -D "$body" -o csv "$url" \
    | awk -F, -v d="$duration" 'NR > 1 && NF >= 7 { print $1 * 1000, $7 }' | sort -g \
    | awk -v d="$duration" '{ t[NR] = $1; if ($2 != 200) bad++ }
        END { if (NR == 0) { print "0 0 0 0 0"; exit }
              i50 = int(0.50 * NR + 0.999999); i99 = int(0.99 * NR + 0.999999)
              printf "%.1f %.3f %.3f %d %d\n", NR / d, t[i50], t[i99], NR, bad + 0 }'
}
load() { cut -d' ' -f1-3 /proc/loadavg; }
CLK=$(getconf CLK_TCK)
cpu_ms() { # user + system CPU of a pid and its children (serve runs the server in a child JVM, docs/SERVER.md "Memory")
  local sum=0 pid
  for pid in "$1" $(pgrep -P "$1" || true); do
    sum=$(awk -v s="$sum" -v clk="$CLK" '{ print s + ($14 + $15) * 1000 / clk }' "/proc/$pid/stat")
  done
  echo "$sum"
}
check() { # name result: fail on bad answers
  local bad errors
  bad=$(echo "$2" | awk '{ print $5 }'); errors=$(echo "$2" | awk '{ print $6 + 0 }')
  if [ "$bad" != 0 ] || [ "$errors" != 0 ]; then
    echo "run.sh: $1: $bad bad answers, $errors socket errors" >&2; exit 1
  fi
}
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "== $(nproc) cores; load average at start: $(load); $(java -version 2>&1 | head -n1)"

# --- warm-up ---------------------------------------------------------------------------------------
echo "== warm-up: ${WARMUP}s of each read request on each server, $((WARMUP / 2))s of the mutation"
wrk_run "$BARE" "$HERE/post.lua" "$WARMUP" "$CONNS" "$THREADS" "$PWD/$HERE/quotes.json" >/dev/null
wrk_run "$REAL" "$HERE/post.lua" "$WARMUP" "$CONNS" "$THREADS" "$PWD/$HERE/quotes.json" >/dev/null
wrk_run "$REAL" "$HERE/post.lua" "$WARMUP" "$CONNS" "$THREADS" "$PWD/$HERE/overlap.json" >/dev/null
wrk_run "$REAL" "$HERE/mutation.lua" "$((WARMUP / 2))" 1 1 "$(version)" >/dev/null

# --- 1. throughput, interleaved rounds -------------------------------------------------------------
declare -A RUNS
echo "== throughput: $ROUNDS rounds of ${DURATION}s, wrk -t$THREADS -c$CONNS (rps p50ms p99ms requests bad sockerr server-cpu-ms/request | load)"
for round in $(seq "$ROUNDS"); do
  for pair in "bare quotes $BARE" "real quotes $REAL" "real overlap $REAL"; do
    set -- $pair
    pid=$([ "$1" = real ] && echo "$REAL_PID" || echo "$BARE_PID")
    before=$(cpu_ms "$pid")
    result=$(wrk_run "$3" "$HERE/post.lua" "$DURATION" "$CONNS" "$THREADS" "$PWD/$HERE/$2.json")
    check "$1 $2" "$result"
    result="$result $(awk -v a="$before" -v b="$(cpu_ms "$pid")" -v n="$(echo "$result" | awk '{ print $4 }')" \
      'BEGIN { printf "%.3f", (b - a) / n }')"
    RUNS["$1 $2"]+="$result"$'\n'
    printf '   round %d %-13s %s | %s\n' "$round" "$1 $2" "$result" "$(load)"
  done
done
med() { printf '%s' "${RUNS[$1]}" | awk -v c="$2" 'NF { print $c }' | median; }

CEILING=$(med "bare quotes" 1)
RATE=$(awk -v c="$CEILING" 'BEGIN { printf "%d", c / 2 }')
[ "$RATE" -ge 1 ] || RATE=1

# --- 2. latency at half the ceiling's throughput ---------------------------------------------------
declare -A FIXED
echo "== latency at a fixed $RATE requests/s (half the ceiling's median), hey -c$WORKERS -q per worker, ${DURATION}s"
for pair in "bare quotes $BARE" "real quotes $REAL" "real overlap $REAL"; do
  set -- $pair
  result=$(hey_run "$3" "$HERE/$2.json" "$DURATION" "$RATE")
  [ "$(echo "$result" | awk '{ print $5 }')" = 0 ] || { echo "run.sh: $1 $2: non-200 answers: $result" >&2; exit 1; }
  FIXED["$1 $2"]=$result
  printf '   %-13s %s | %s\n' "$1 $2" "$result" "$(load)"
done

# --- 3. the mutation -------------------------------------------------------------------------------
echo "== mutation: updateCue, one connection, ${DURATION}s, every answer a new fsync'd version"
MUTATION=$(wrk_run "$REAL" "$HERE/mutation.lua" "$DURATION" 1 1 "$(version)")
check "mutation" "$MUTATION"
printf '   %-13s %s | %s\n' "real mutation" "$MUTATION" "$(load)"

# --- the table -------------------------------------------------------------------------------------
REAL_RPS=$(med "real quotes" 1)
echo
echo "| request | server | max req/s (median of $ROUNDS) | p50 / p99 ms at max | server CPU ms / request | req/s at fixed rate | p50 / p99 ms at fixed rate |"
echo "|---|---|---:|---:|---:|---:|---:|"
for key in "real quotes" "bare quotes" "real overlap"; do
  set -- $key
  f=${FIXED[$key]}
  printf '| %s | %s | %.0f | %.1f / %.1f | %.2f | %s | %s / %s |\n' "$2" "$([ "$1" = real ] && echo real || echo ceiling)" \
    "$(med "$key" 1)" "$(med "$key" 2)" "$(med "$key" 3)" "$(med "$key" 7)" \
    "$(echo "$f" | awk '{ printf "%.0f", $1 }')" "$(echo "$f" | awk '{ printf "%.1f", $2 }')" \
    "$(echo "$f" | awk '{ printf "%.1f", $3 }')"
done
echo "$MUTATION" | awk '{ printf "| mutation (1 connection) | real | %.0f | %.1f / %.1f | – | – | – |\n", $1, $2, $3 }'
echo
REAL_P99=$(echo "${FIXED[real quotes]}" | awk '{ print $3 }')
awk -v r="$REAL_RPS" -v c="$CEILING" -v p="$REAL_P99" -v rate="$RATE" \
    -v rc="$(med "real quotes" 7)" -v cc="$(med "bare quotes" 7)" 'BEGIN {
  ratio = 100 * r / c
  verdict1 = (ratio >= 80) ? "met" : "MISSED"; verdict2 = (p <= 20) ? "met" : "MISSED"
  printf "real / ceiling throughput (quotes): %.0f / %.0f = %.0f%% (goal >= 80%%: %s)\n", r, c, ratio, verdict1
  printf "server CPU per quotes request: real %.2f ms, ceiling %.2f ms (ceiling / real = %.0f%%)\n", rc, cc, 100 * cc / rc
  printf "real p99 at %d req/s (half the ceiling): %.1f ms (goal <= 20 ms: %s)\n", rate, p, verdict2
}'
echo "load average at end: $(load)"
