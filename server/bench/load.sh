#!/usr/bin/env bash
# Load test of the shopper pages: a product page and category pages, 50 connections, with the demo
# catalog and with BULK generated products added (default 100,000), on SQLite or, when
# BENCH_DATABASE_URL names a PostgreSQL server, on a fresh database there. Prints one line per
# page: requests per second, p50 and p99 latency. Uses the release build and wrk.
#
#   server/bench/load.sh                      # SQLite, demo catalog then +100,000 products
#   BULK=0 server/bench/load.sh               # demo catalog only
#   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres server/bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

BIN=target/release/server
PORT=${PORT:-3111}
BULK=${BULK:-100000}
DURATION=${DURATION:-10s}
[ -x "$BIN" ] || { echo "build first: cargo leptos build --release" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }

DIR=$(mktemp -d)
export DATA_DIR=$DIR LEPTOS_SITE_ADDR=127.0.0.1:$PORT LEPTOS_SITE_ROOT=target/site RUST_LOG=warn
BACKEND=sqlite
PGDB=""
if [ -n "${BENCH_DATABASE_URL:-}" ]; then
  BACKEND=postgresql
  PGDB="htx_bench_$$"
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

serve() {
  "$BIN" serve >>"$DIR/server.log" 2>&1 & PID=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && return; sleep 0.1; done
  echo "server did not start" >&2; exit 1
}

stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }

# A published product's path, from the API.
product_path() {
  curl -sf "http://127.0.0.1:$PORT/api/v1/products?locale=en&per_page=1&page=${1:-1}" |
    python3 -c 'import json,sys,urllib.parse; print(urllib.parse.urlparse(json.load(sys.stdin)["products"][0]["url"]).path)'
}

measure() { # label path
  local out rps p50 p99
  out=$(wrk -t2 -c50 -d"$DURATION" --latency "http://127.0.0.1:$PORT$2")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  printf '%-10s %-14s %-34s %10s req/s  p50 %8s  p99 %8s\n' "$BACKEND" "$CATALOG" "$1" "$rps" "$p50" "$p99"
}

# Time to import 5,000 rows (2,500 products x 2 variants) as a demo seller, through the real upload.
import_5000() {
  local base="http://127.0.0.1:$PORT" jar="$DIR/cookies" csv="$DIR/import.csv" coop t0 t1
  curl -sf -c "$jar" -H "Origin: $base" -H 'Accept: application/json' \
    -d 'email=seller01@demo.htx-market.vn&password=htx-demo-2026' "$base/api/auth/login" >/dev/null
  coop=$(curl -sf -b "$jar" -H "Origin: $base" -H 'Accept: application/json' -d 'locale=vi' "$base/api/coops/dashboard" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["current"]["application"]["id"])')
  python3 - "$csv" <<'PY'
import sys
cols = "product_key,category,unit,origin_region,gtin,name_vi,name_en,name_zh,name_ja,name_ko,short_vi,short_en,short_zh,short_ja,short_ko,description_vi,description_en,description_zh,description_ja,description_ko,sku,variant_label,price,stock,weight_grams"
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(cols + "\n")
    for p in range(2500):
        for v, label in enumerate(["250 g", "500 g"]):
            f.write(f"P{p},honey,jar,ca-mau,,Mật ong rừng số {p},Forest honey {p},,,,Ngọt thanh,,,,,Mật ong **nguyên chất**.,,,,,BENCH-{p}-{v},{label},{150000 + v * 90000},10,400\n")
PY
  t0=$(date +%s.%N)
  curl -sf -b "$jar" -H "Origin: $base" -H 'Accept: application/json' -F locale=vi -F mode=import \
    -F "file=@$csv;type=text/csv" "$base/uploads/cooperatives/$coop/import" |
    python3 -c 'import json,sys; r=json.load(sys.stdin); assert r["imported"], r["problems"][:3]'
  t1=$(date +%s.%N)
  printf '%-10s %-14s %-34s %10s s\n' "$BACKEND" "$CATALOG" "import 5,000 rows" "$(python3 -c "print(f'{$t1 - $t0:.2f}')")"
}

"$BIN" seed-demo >/dev/null
CATALOG="demo"
serve
measure "product page" "$(product_path 1)"
measure "category page (food, all)" "/en/c/food"
measure "category page 2 (honey)" "/en/c/honey?page=2"
import_5000
stop

if [ "$BULK" -gt 0 ]; then
  "$BIN" seed-bulk --products "$BULK"
  CATALOG="+$BULK"
  serve
  measure "product page" "$(product_path 500)"
  measure "category page (food, all)" "/en/c/food"
  measure "category page 40 (honey)" "/en/c/honey?page=40"
  stop
fi
