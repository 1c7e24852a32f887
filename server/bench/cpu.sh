#!/usr/bin/env bash
# Server CPU per request of the shopper pages, as an anonymous visitor on a phone would ask for them
# (Accept-Encoding: br, gzip; no cookies). For each page: N sequential requests over one keep-alive
# connection (wrk -c1), the CPU seconds the server process spent meanwhile (utime + stime from
# /proc), CPU per request, its ratio to /healthz measured in the same run, and the database
# queries per request (from /metrics). The demo catalog first, then with BULK generated products
# (default 100,000). SQLite, or PostgreSQL when BENCH_DATABASE_URL names a server.
#
#   server/bench/cpu.sh                 # SQLite, demo catalog then +100,000 products
#   BULK=0 server/bench/cpu.sh          # demo catalog only
#   COLD=1 server/bench/cpu.sh          # also every page with its rendered-page cache missed
#   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres server/bench/cpu.sh
#
# Budgets: MAX_RATIO=5 fails the run when a page costs more than 5 times /healthz, MAX_MS=1 when
# one costs more than 1 ms (release build), MAX_QUERIES=1 when one runs more statements per request.
# `make cpu-budget` (part of `make test`) checks the ratio and the queries on the debug build.
set -euo pipefail
cd "$(dirname "$0")/../.."

BIN=${BIN:-target/release/server}
PORT=${PORT:-3114}
BULK=${BULK:-100000}
DURATION=${DURATION:-4s}
[ -x "$BIN" ] || { echo "build first: cargo leptos build --release" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }

DIR=$(mktemp -d)
OVER=0
export DATA_DIR=$DIR LEPTOS_SITE_ADDR=127.0.0.1:$PORT LEPTOS_SITE_ROOT=${SITE_ROOT:-target/site} RUST_LOG=warn
BACKEND=sqlite
PGDB=""
if [ -n "${BENCH_DATABASE_URL:-}" ]; then
  BACKEND=postgresql
  PGDB="htx_cpu_$$"
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
BASE="http://127.0.0.1:$PORT"

serve() {
  "$BIN" serve >>"$DIR/server.log" 2>&1 & PID=$!
  for _ in $(seq 1 100); do curl -sf "$BASE/healthz" >/dev/null && return; sleep 0.1; done
  echo "server did not start" >&2; cat "$DIR/server.log" >&2; exit 1
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }

# CPU seconds (user + system) the server has used so far.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.4f", ($14 + $15) / hz }' "/proc/$PID/stat"; }
# Database statements the server has run so far (0 when it has no /metrics).
queries() { { curl -sf "$BASE/metrics" || true; } | awk '$1=="htx_db_queries_total" {print $2; f=1} END {if (!f) print 0}'; }

# The paths of the pages, found through the public API so they exist in this catalog.
paths() {
  python3 - "$BASE" <<'PY'
import json, sys, urllib.request, urllib.parse
base = sys.argv[1]
def get(path):
    with urllib.request.urlopen(base + path) as r:
        return json.load(r)
product = get("/api/v1/products?locale=en&per_page=1&page=3")["products"][0]
coops = get("/api/v1/cooperatives?locale=en")
coop = (coops.get("cooperatives") or coops.get("items") or coops)[0]
print("product", urllib.parse.urlparse(product["url"]).path)
print("cooperative", "/en/coops/" + coop["slug"])
lot = ""
for p in get("/api/v1/products?locale=en&per_page=50")["products"]:
    detail = get(f"/api/v1/products/{p['id']}?locale=en")
    if detail.get("latest_lot_code"):
        lot = detail["latest_lot_code"]
        break
print("trace", f"/en/trace/{lot}" if lot else "")
PY
}

# label path [cache-buster]: N sequential requests, CPU and queries per request.
measure() {
  local label=$1 path=$2 c0 c1 q0 q1 out n
  [ -n "$path" ] || { printf '%-10s %-9s %-22s (no such page in this catalog)\n' "$BACKEND" "$CATALOG" "$label"; return; }
  if [ "${3:-}" = cold ]; then
    # Every request a different query string: nothing can come from a cache of rendered pages.
    cat >"$DIR/cold.lua" <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. "utm_bench=" .. counter)
end
LUA
    set -- "$label" "$path" -s "$DIR/cold.lua"
  else
    set -- "$label" "$path"
  fi
  curl -s -o /dev/null -H 'Accept-Encoding: br, gzip' "$BASE$2" # warm up
  q0=$(queries); c0=$(cpu)
  out=$(wrk -t1 -c1 -d"$DURATION" -H 'Accept-Encoding: br, gzip' "${@:3}" "$BASE$2")
  c1=$(cpu); q1=$(queries)
  n=$(awk '/requests in/ {print $1}' <<<"$out")
  python3 - "$BACKEND" "$CATALOG" "$1" "$n" "$c0" "$c1" "$q0" "$q1" "${HEALTH_MS:-0}" \
    "${MAX_RATIO:-}" "${MAX_MS:-}" "${MAX_QUERIES:-}" >"$DIR/row" <<'PY' || OVER=$((OVER + 1))
import sys
backend, catalog, label, n, c0, c1, q0, q1, health, max_ratio, max_ms, max_q = sys.argv[1:]
n = int(n); ms = (float(c1) - float(c0)) * 1000 / n; q = (int(q1) - int(q0)) / n
ratio = f"{ms / float(health):5.1f}x" if float(health) > 0 else "   - "
over = []
# Budgets hold for the pages measured against /healthz, from the rendered-page cache.
if float(health) > 0 and "(cold)" not in label:
    if max_ratio and ms / float(health) > float(max_ratio): over.append(f"over {max_ratio}x healthz")
    if max_ms and ms > float(max_ms): over.append(f"over {max_ms} ms")
    if max_q and q > float(max_q): over.append(f"over {max_q} queries")
note = f"  OVER BUDGET ({', '.join(over)})" if over else ""
print(f"{backend:<10} {catalog:<9} {label:<22} {n:>6} req  {ms:7.3f} ms CPU/req  {ratio} healthz  {q:5.1f} queries/req{note}")
sys.exit(1 if over else 0)
PY
  cat "$DIR/row"
  # The last CPU figure per request, for the ratio of the pages measured after /healthz.
  LAST_MS=$(python3 -c "print((float('$c1') - float('$c0')) * 1000 / int('$n'))")
}

pages() {
  measure "/healthz" "/healthz"
  HEALTH_MS=$LAST_MS
  local product cooperative trace
  while read -r name path; do
    case $name in product) product=$path ;; cooperative) cooperative=$path ;; trace) trace=$path ;; esac
  done < <(paths)
  for mode in warm ${COLD:+cold}; do
    local suffix=""
    [ "$mode" = cold ] && suffix=" (cold)"
    measure "home$suffix" "/en" "$mode"
    measure "home vi$suffix" "/vi" "$mode"
    measure "category$suffix" "/en/c/food" "$mode"
    measure "search$suffix" "/en/search?q=honey" "$mode"
    measure "product$suffix" "$product" "$mode"
    measure "cooperative$suffix" "$cooperative" "$mode"
    measure "trace$suffix" "$trace" "$mode"
    measure "cart (empty)$suffix" "/en/cart" "$mode"
  done
  HEALTH_MS=0
}

"$BIN" seed-demo >/dev/null
CATALOG="demo"
serve
pages
stop

if [ "$BULK" -gt 0 ]; then
  "$BIN" seed-bulk --products "$BULK" >/dev/null
  CATALOG="+$BULK"
  serve
  pages
  stop
fi

if [ "$OVER" -gt 0 ]; then
  echo "$OVER page(s) over their CPU budget" >&2
  exit 1
fi
