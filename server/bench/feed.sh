#!/usr/bin/env bash
# Feed benchmark: the demo catalog plus BULK generated products (default 100,000), on SQLite or,
# with BENCH_DATABASE_URL, on a fresh PostgreSQL database. Fetches each feed format once and prints
# the time to generate and send it, its size and item count, and the server's memory before and
# at its peak (VmHWM). Uses the release build.
#
#   server/bench/feed.sh
#   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres server/bench/feed.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

BIN=target/release/server
PORT=${PORT:-3112}
BULK=${BULK:-100000}
[ -x "$BIN" ] || { echo "build first: cargo build --release -p server" >&2; exit 1; }

DIR=$(mktemp -d)
export DATA_DIR=$DIR LEPTOS_SITE_ADDR=127.0.0.1:$PORT LEPTOS_SITE_ROOT=target/site RUST_LOG=warn
BACKEND=sqlite
PGDB=""
if [ -n "${BENCH_DATABASE_URL:-}" ]; then
  BACKEND=postgresql
  PGDB="htx_feed_$$"
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
[ "$BULK" -gt 0 ] && "$BIN" seed-bulk --products "$BULK" >/dev/null
"$BIN" serve >>"$DIR/server.log" 2>&1 & PID=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
sleep 2 # let start-up work (search index) settle before measuring memory
rss() { awk -v k="$1" '$1 == k":" {print int($2 / 1024) " MB"}' "/proc/$PID/status"; }
echo "$BACKEND: server RSS before feeds $(rss VmRSS)"
for file in products.xml products.json; do
  out=$(curl -s -o "$DIR/$file" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' \
    "http://127.0.0.1:$PORT/feeds/en/$file")
  read -r code first total size <<<"$out"
  [ "$code" = 200 ] || { echo "HTTP $code for $file" >&2; exit 1; }
  if [ "$file" = products.xml ]; then items=$(grep -c '<item>' "$DIR/$file"); else
    items=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['items']))" "$DIR/$file"); fi
  printf '%-10s %-15s %8s items  first byte %6.3f s  total %6.2f s  %6.1f MB  peak RSS %s\n' \
    "$BACKEND" "$file" "$items" "$first" "$total" "$(python3 -c "print($size / 1e6)")" "$(rss VmHWM)"
done
