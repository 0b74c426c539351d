#!/usr/bin/env bash
# The "lean and fast" comparison of docs/BENCHMARKS.md: one command, every server side by side.
#
# Starts, on free loopback ports, over the shipped article:
#   on    java -jar server/target/standoff.jar serve            (the README's command: response cache on)
#   off   java -jar server/target/standoff.jar serve --no-response-cache
#   main  java -jar $MAIN_JAR serve                             (an earlier build, e.g. main's; skipped when unset)
#   bare  the bare Javalin + graphql-java ceiling (org.standoff.bench.http.BareGraphqlServer)
#   node  graphql-js 16 on node serving the same schema file over the same JSON (bench/node/server.js)
# checks that all answer the quotes request (bench/http/quotes.json) with the same bytes, warms each up,
# then measures throughput (wrk, closed loop) in ROUNDS interleaved rounds and the resident memory of
# each server under that load (the peak, VmHWM, of its process and its children: `serve` runs the server
# in a child JVM, docs/SERVER.md "Memory"). Prints a table with the load average, and the verdicts of
# the targets: cache on >= 3x node's requests/s, cache off no worse than main, RSS <= 3x node's.
#
# A build from before the ClientConnectionLimit fix (main before the "lean and fast" work) never gave back
# the count of a closed connection and refuses a client address's 33rd connection for good; with such
# a MAIN_JAR keep (ROUNDS + 1) * CONNS + 1 <= 32, e.g. ROUNDS=2 at CONNS=8 (the script checks).
#
# Usage: MAIN_JAR=/tmp/standoff-main.jar ROUNDS=2 DURATION=20 bash bench/http/compare.sh
# Knobs (environment): WARMUP=60 DURATION=15 ROUNDS=5 CONNS=8 THREADS=1; SERVERS="on off main bare node"
# Needs java 17, maven (to build), node 18+ and npm (installs bench/node's locked dependencies), wrk, curl.
set -euo pipefail

cd "$(dirname "$0")/../.."
HERE=bench/http
WARMUP=${WARMUP:-60}
DURATION=${DURATION:-15}
ROUNDS=${ROUNDS:-5}
CONNS=${CONNS:-8}
THREADS=${THREADS:-1}
MAIN_JAR=${MAIN_JAR:-}
SERVERS=${SERVERS:-on off main bare node}
SCHEMA=server/src/main/resources/org/standoff/server/graphql/schema.graphqls
ARTICLE=corpus/src/main/resources/org/standoff/corpus/gold/putin-jiang-2001.standoff.json
[ -n "$MAIN_JAR" ] || SERVERS=${SERVERS//main/}
if [[ " $SERVERS " == *" main "* ]] && [ $(((ROUNDS + 1) * CONNS + 1)) -gt 32 ]; then
  echo "compare.sh: main's build refuses a client's 33rd connection; use ROUNDS=$((31 / CONNS - 1)) or fewer at CONNS=$CONNS" >&2
  exit 2
fi

for tool in java wrk curl node npm; do
  command -v "$tool" >/dev/null || { echo "compare.sh: $tool is not installed" >&2; exit 2; }
done

. bench/http/build.sh
if [ ! -d bench/node/node_modules/graphql ]; then
  echo "== installing bench/node's locked dependencies (npm ci)"
  (cd bench/node && npm ci --no-audit --no-fund --silent)
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/standoff-compare.XXXXXX")
declare -A PID URL
cleanup() {
  set +e
  for name in "${!PID[@]}"; do kill "${PID[$name]}" 2>/dev/null; done
  for name in "${!PID[@]}"; do wait "${PID[$name]}" 2>/dev/null; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start() { # name command...
  local name=$1; shift
  "$@" >"$WORK/$name.log" 2>&1 &
  PID[$name]=$!
}
for name in $SERVERS; do
  case $name in
    on) start on java -jar server/target/standoff.jar serve --port 0 --data "$WORK/on" ;;
    off) start off java -jar server/target/standoff.jar serve --port 0 --data "$WORK/off" --no-response-cache ;;
    main) start main java -jar "$MAIN_JAR" serve --port 0 --data "$WORK/main" ;;
    bare) start bare java -cp bench/target/benchmarks.jar org.standoff.bench.http.BareGraphqlServer 0 ;;
    node) start node node bench/node/server.js "$SCHEMA" "$ARTICLE" 0 ;;
    *) echo "compare.sh: unknown server $name" >&2; exit 2 ;;
  esac
done
for name in $SERVERS; do
  for _ in $(seq 600); do
    URL[$name]=$(grep -o 'http://[0-9.]*:[0-9]*/graphql' "$WORK/$name.log" | head -n1 || true)
    [ -n "${URL[$name]}" ] && break
    kill -0 "${PID[$name]}" 2>/dev/null || break
    sleep 0.2
  done
  [ -n "${URL[$name]}" ] || { echo "compare.sh: $name did not start:" >&2; cat "$WORK/$name.log" >&2; exit 1; }
  echo "== $name at ${URL[$name]} (pid ${PID[$name]})"
done

# --- the same request, the same answer -------------------------------------------------------------
FIRST=
for name in $SERVERS; do
  curl -sS --fail -H 'Content-Type: application/json' --data-binary "@$HERE/quotes.json" "${URL[$name]}" >"$WORK/$name.json"
  grep -q '"errors"' "$WORK/$name.json" && { echo "compare.sh: $name answers with errors" >&2; exit 1; }
  if [ -z "$FIRST" ]; then
    FIRST=$name
  elif ! cmp -s "$WORK/$FIRST.json" "$WORK/$name.json"; then
    echo "compare.sh: $name and $FIRST answer the quotes request differently" >&2; exit 1
  fi
done
echo "== the same answer from every server ($(wc -c <"$WORK/$FIRST.json") bytes, $(grep -o '"node"' "$WORK/$FIRST.json" | wc -l) quotes)"

# --- measurement helpers ---------------------------------------------------------------------------
wrk_run() { # url duration -> "rps p50 p99 requests bad socketerrors"
  wrk -t"$THREADS" -c"$CONNS" -d"$2s" --timeout 10s --latency -s "$HERE/post.lua" "$1" -- "$PWD/$HERE/quotes.json" \
    | awk '/^RESULT/ { print $2, $3, $4, $5, $6, $7 }'
}
load() { cut -d' ' -f1-3 /proc/loadavg; }
tree() { echo "$1" $(pgrep -P "$1" || true); } # a process and its children
rss_mb() { # peak resident memory (VmHWM) of a process and its children, in MB
  local sum=0 pid kb
  for pid in $(tree "$1"); do
    kb=$(awk '/^VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
    sum=$((sum + ${kb:-0}))
  done
  echo $((sum / 1024))
}
CLK=$(getconf CLK_TCK)
cpu_ms() { # user + system CPU of a process and its children
  local sum=0 pid
  for pid in $(tree "$1"); do
    sum=$(awk -v s="$sum" -v clk="$CLK" '{ print s + ($14 + $15) * 1000 / clk }' "/proc/$pid/stat")
  done
  echo "$sum"
}
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "== $(nproc) cores; load average at start: $(load); $(java -version 2>&1 | head -n1); node $(node --version)"
echo "== idle RSS (MB): $(for name in $SERVERS; do printf '%s %s  ' "$name" "$(rss_mb "${PID[$name]}")"; done)"
echo "== warm-up: ${WARMUP}s of the quotes request on each server, wrk -t$THREADS -c$CONNS"
for name in $SERVERS; do
  wrk_run "${URL[$name]}" "$WARMUP" >/dev/null
done

declare -A RUNS
echo "== throughput: $ROUNDS rounds of ${DURATION}s (rps p50ms p99ms requests bad sockerr cpu-ms/request | load)"
for round in $(seq "$ROUNDS"); do
  for name in $SERVERS; do
    before=$(cpu_ms "${PID[$name]}")
    result=$(wrk_run "${URL[$name]}" "$DURATION")
    set -- $result
    if [ "$5" != 0 ] || [ "$6" != 0 ]; then echo "compare.sh: $name: $5 bad answers, $6 socket errors" >&2; exit 1; fi
    result="$result $(awk -v a="$before" -v b="$(cpu_ms "${PID[$name]}")" -v n="$4" 'BEGIN { printf "%.3f", (b - a) / n }')"
    RUNS[$name]+="$result"$'\n'
    printf '   round %d %-5s %s | %s\n' "$round" "$name" "$result" "$(load)"
  done
done
med() { printf '%s' "${RUNS[$1]}" | awk -v c="$2" 'NF { print $c }' | median; }

echo
echo "| server | req/s (median of $ROUNDS) | p50 / p99 ms | CPU ms / request | peak RSS MB |"
echo "|---|---:|---:|---:|---:|"
for name in $SERVERS; do
  printf '| %s | %.0f | %.1f / %.1f | %.2f | %d |\n' "$name" "$(med "$name" 1)" "$(med "$name" 2)" "$(med "$name" 3)" \
    "$(med "$name" 7)" "$(rss_mb "${PID[$name]}")"
done
echo
has() { [[ " $SERVERS " == *" $1 "* ]]; }
if has on && has node; then
  awk -v a="$(med on 1)" -v b="$(med node 1)" 'BEGIN { r = a / b;
    printf "cache on / node: %.0f / %.0f = %.2fx (target >= 3x: %s)\n", a, b, r, (r >= 3 ? "met" : "MISSED") }'
fi
if has off && has main; then
  awk -v a="$(med off 1)" -v b="$(med main 1)" 'BEGIN { r = a / b;
    printf "cache off / main: %.0f / %.0f = %.2fx (target: no worse, >= 0.95x within noise: %s)\n", a, b, r, (r >= 0.95 ? "met" : "MISSED") }'
fi
if has node; then
  for name in on off; do
    has "$name" || continue
    awk -v n="$name" -v a="$(rss_mb "${PID[$name]}")" -v b="$(rss_mb "${PID[node]}")" 'BEGIN { r = a / b;
      printf "RSS %s / node: %d / %d MB = %.2fx (target <= 3x: %s; under 300 MB: %s)\n", n, a, b, r,
        (r <= 3 ? "met" : "MISSED"), (a < 300 ? "met" : "MISSED") }'
  done
fi
echo "load average at end: $(load)"
