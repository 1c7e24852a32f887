# HTX Market: `make run` serves the marketplace, `make test` runs every test.
# Both install what is missing first and skip what is already there.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CARGO_LEPTOS_VERSION := 0.3.10
# Must equal the wasm-bindgen crate pin in Cargo.toml.
WASM_BINDGEN_VERSION := 0.2.129
CHROMIUM ?= /usr/bin/chromium

# wasm-opt comes from npm's binaryen (Debian's is too old and breaks the release wasm).
export PATH := $(CURDIR)/end2end/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)


.PHONY: bench help run test tools wasm-target cargo-leptos wasm-bindgen node-deps chromium \
	lint unit budget cpu-budget lighthouse lighthouse-ci build integration integration-sqlite integration-postgres e2e clean

help:
	@echo "make run    build and serve HTX Market on http://127.0.0.1:3000"
	@echo "make test   fmt, clippy, unit, integration (SQLite; PostgreSQL with TEST_DATABASE_URL), browser"

## ---- tools ---------------------------------------------------------------------------------

tools: wasm-target cargo-leptos wasm-bindgen node-deps

wasm-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
		|| rustup target add wasm32-unknown-unknown

cargo-leptos:
	@cargo leptos --version 2>/dev/null | grep -q "$(CARGO_LEPTOS_VERSION)" \
		|| cargo install cargo-leptos@$(CARGO_LEPTOS_VERSION) --locked --features no_downloads

wasm-bindgen:
	@wasm-bindgen --version 2>/dev/null | grep -q "$(WASM_BINDGEN_VERSION)" \
		|| cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --locked

node-deps:
	@if [ ! -x end2end/node_modules/.bin/playwright ] || [ ! -x end2end/node_modules/.bin/wasm-opt ] \
		|| [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then \
		cd end2end && npm ci --no-audit --no-fund; fi

chromium:
	@[ -x "$(CHROMIUM)" ] || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }

## ---- run ---------------------------------------------------------------------------------

run: tools
	cargo leptos build --release --precompress
	./target/release/server migrate
	./target/release/server seed-demo
	@echo "HTX Market: http://$${LEPTOS_SITE_ADDR:-127.0.0.1:3000}/"
	LEPTOS_SITE_ROOT=target/site ./target/release/server serve

## ---- test --------------------------------------------------------------------------------

test: tools chromium lint unit budget build cpu-budget integration e2e lighthouse-ci

lint:
	cargo fmt --all -- --check
	cargo clippy -p server -p migrations --all-targets -- -D warnings
	cargo clippy -p app --features ssr --all-targets -- -D warnings
	cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings
	cargo clippy -p frontend --target wasm32-unknown-unknown --features app/shop -- -D warnings
	cargo clippy -p frontend --target wasm32-unknown-unknown --features app/account -- -D warnings
	cargo clippy -p frontend --target wasm32-unknown-unknown --features app/backoffice -- -D warnings

unit:
	cargo test -p app --features ssr
	cargo test -p migrations
	cargo test -p server --lib --bins

build:
	cargo leptos build

integration: integration-sqlite integration-postgres

# One test at a time: each test boots its own server on its own tokio runtime, and Leptos' streaming
# SSR can lose a Suspense wake-up when several runtimes render in one process at once (upstream
# leptos-rs/leptos#4851, #4698). The real server runs one runtime and is not affected in practice.
SERIAL := -- --test-threads=1

integration-sqlite:
	env -u TEST_DATABASE_URL cargo test -p server --test integration $(SERIAL)

integration-postgres:
	@if [ -n "$${TEST_DATABASE_URL:-}" ]; then \
		cargo test -p server --test integration $(SERIAL); \
	else echo "TEST_DATABASE_URL not set: PostgreSQL integration tests skipped (.ci/run sets it)"; fi

e2e: build
	cd end2end && npx playwright test

# The byte budgets of the browser bundles (release wasm, brotli): the storefront's pages at most
# 150 KB of wasm and JavaScript, cart and checkout 250 KB. Builds only the release front end; `build`
# then replaces target/site with the debug build the browser tests use.
budget: tools
	mkdir -p target/release
	cargo leptos build --release --precompress --frontend-only
	node end2end/bundle-budget.mjs
	rm -rf target/site-release && cp -r target/site target/site-release

# Server CPU per request of the shopper pages, anonymous, from the rendered-page cache: at most 5
# times /healthz in the same run and at most 2 database statements each (debug build, demo catalog;
# `make bench` prints the release figures with 100,000 products).
cpu-budget: build
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk >/dev/null; }
	BIN=target/debug/server BULK=0 DURATION=2s MAX_RATIO=5 MAX_QUERIES=2 server/bench/cpu.sh

# Lighthouse 12, mobile, three runs per page against a release build with the demo catalog; prints
# the medians and fails when a page misses its targets. Not part of `make test` (minutes per page).
lighthouse: tools chromium
	cargo leptos build --release --precompress
	node end2end/lighthouse.mjs

# The same in Vietnamese, with CI's looser timings: the release browser bundles that `budget` kept
# (precompressed, as `make run` serves them) in target/site-release, served by the debug server (the
# figures depend on the bytes the phone gets; cached pages cost the server little in either build).
# The median of three runs per page: one run alone swings by half a second on a busy machine.
lighthouse-ci: budget build chromium
	HTX_SERVER_BIN=target/debug/server SITE_ROOT=target/site-release HTX_HASH_DIR=target/release \
		LH_BUDGET=ci RUNS=3 LOCALES=vi timeout 1500 node end2end/lighthouse.mjs

## ---- bench -------------------------------------------------------------------------------

# Server CPU per request of every shopper page (demo catalog, then 100,000 products); shopper page
# throughput (release build, wrk): SQLite, then PostgreSQL when TEST_DATABASE_URL is set;
# then search over 100,000 generated products (the embedded engine, or Meilisearch when MEILI_URL is set);
# then checkouts with 32 concurrent buyers (SQLite, and PostgreSQL when TEST_DATABASE_URL is set);
# then product feeds, and the administrators' dashboard and reports over 100,000 products and orders.
bench: tools
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk >/dev/null; }
	cargo leptos build --release
	server/bench/cpu.sh
	@if [ -n "$${TEST_DATABASE_URL:-}" ]; then BENCH_DATABASE_URL=$$TEST_DATABASE_URL server/bench/cpu.sh; fi
	server/bench/load.sh
	@if [ -n "$${TEST_DATABASE_URL:-}" ]; then BENCH_DATABASE_URL=$$TEST_DATABASE_URL server/bench/load.sh; fi
	cargo bench -p server --bench search
	cargo bench -p server --bench checkout
	server/bench/feed.sh
	@if [ -n "$${TEST_DATABASE_URL:-}" ]; then BENCH_DATABASE_URL=$$TEST_DATABASE_URL cargo bench -p server --bench checkout; fi
	@if [ -n "$${TEST_DATABASE_URL:-}" ]; then BENCH_DATABASE_URL=$$TEST_DATABASE_URL server/bench/feed.sh; fi
	server/bench/reports.sh
	@if [ -n "$${TEST_DATABASE_URL:-}" ]; then BENCH_DATABASE_URL=$$TEST_DATABASE_URL server/bench/reports.sh; fi

clean:
	cargo clean
	rm -rf end2end/node_modules end2end/.tmp end2end/test-results
