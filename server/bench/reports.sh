#!/usr/bin/env bash
# Dashboard and report benchmark: the demo catalog plus BULK generated products and ORDERS generated
# orders over the last 24 months (default 100,000 each), on SQLite or, with BENCH_DATABASE_URL, on
# a fresh PostgreSQL database. Logs in as an administrator and requests each page and download
# RUNS times (default 5), printing the fastest, the median and the slowest. Uses the release build.
#
#   server/bench/reports.sh
#   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres server/bench/reports.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

BIN=target/release/server
PORT=${PORT:-3113}
BULK=${BULK:-100000}
ORDERS=${ORDERS:-100000}
RUNS=${RUNS:-5}
[ -x "$BIN" ] || { echo "build first: cargo build --release -p server" >&2; exit 1; }

DIR=$(mktemp -d)
export DATA_DIR=$DIR LEPTOS_SITE_ADDR=127.0.0.1:$PORT LEPTOS_SITE_ROOT=target/site RUST_LOG=warn
BACKEND=sqlite
PGDB=""
if [ -n "${BENCH_DATABASE_URL:-}" ]; then
  BACKEND=postgresql
  PGDB="htx_reports_$$"
  psql "$BENCH_DATABASE_URL" -qc "CREATE DATABASE $PGDB"
  export DATABASE_URL="${BENCH_DATABASE_URL%/*}/$PGDB"
fi
PID=""
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  [ -n "$PGDB" ] && psql "$BENCH_DATABASE_URL" -qc "DROP DATABASE IF EXISTS $PGDB WITH (FORCE)" || true
  rm -rf "$DIR"
}
trap cleanup EXIT

"$BIN" seed-demo >/dev/null
"$BIN" seed-bulk --products "$BULK" --orders "$ORDERS" | grep -v '^search'
echo "bench-admin-password" | "$BIN" create-admin --email bench-admin@example.vn >/dev/null
"$BIN" serve >>"$DIR/server.log" 2>&1 & PID=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
sleep 2
JAR="$DIR/cookies"
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -H "origin: http://127.0.0.1:$PORT" \
  -H 'accept: application/json' --data 'email=bench-admin%40example.vn&password=bench-admin-password' \
  "http://127.0.0.1:$PORT/api/auth/login")
[ "$code" = 200 ] || { echo "login failed: HTTP $code" >&2; exit 1; }

YEAR=$(date +%Y)
measure() {
  local name=$1 path=$2 times=()
  for _ in $(seq 1 "$RUNS"); do
    out=$(curl -s -o /dev/null -b "$JAR" -w '%{http_code} %{time_total}' "http://127.0.0.1:$PORT$path")
    read -r status t <<<"$out"
    [ "$status" = 200 ] || { echo "HTTP $status for $path" >&2; exit 1; }
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v b="$BACKEND" -v n="$name" \
    '{ t[NR] = $1 } END { printf "%-10s %-44s min %6.3f s  median %6.3f s  max %6.3f s\n", b, n, t[1], t[int((NR + 1) / 2)], t[NR] }'
}
measure "dashboard page (last 12 months)" "/en/admin"
measure "dashboard CSV, orders by month" "/admin/dashboard.csv?chart=orders-by-month&locale=en"
measure "report page, year $YEAR, all provinces" "/en/admin/reports?kind=year&year=$YEAR"
measure "report page, H1 $YEAR, one province" "/en/admin/reports?kind=h1&year=$YEAR&province=ca-mau"
measure "report CSV, year $YEAR, all provinces" "/admin/reports.csv?kind=year&year=$YEAR&locale=vi"
measure "report CSV, 2 years (range)" "/admin/reports.csv?kind=range&from=$((YEAR - 1))-01-01&to=$YEAR-12-31"
