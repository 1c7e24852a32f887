// The byte budgets of the browser bundles (issue 14): what a page downloads of wasm and JavaScript
// on its first load, brotli-compressed as the server sends it. The storefront's pages (home,
// category, search, product, cooperative, trace) and the cart and a guest's order pages (plain
// forms) load the storefront bundle only, checkout the shop's, sign-in and the account the account's (end2end/tests/layout.spec.ts checks which bundle each page asks for).
// Fails when a bundle is over its budget. Reads a release build: make budget.
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const profile = process.env.PROFILE ?? "release";
const BUNDLES = [
  { name: "storefront", dir: "target/site/pkg", hashes: "hash.txt", budget: 150_000 },
  // The storefront's islands and the checkout form (handed its words: no Fluent in the browser).
  { name: "shop", dir: "target/site/shop/pkg", hashes: "hash-shop.txt", budget: 250_000 },
  { name: "account", dir: "target/site/account/pkg", hashes: "hash-account.txt", budget: null },
  { name: "backoffice", dir: "target/site/backoffice/pkg", hashes: "hash-backoffice.txt", budget: null },
];

const brotli = (bytes) =>
  zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

let over = 0;
console.log(`bundle        wasm raw    wasm br    js br   total br   budget`);
for (const b of BUNDLES) {
  const hashFile = path.join(root, "target", profile, b.hashes);
  if (!fs.existsSync(hashFile)) {
    console.error(`${b.name}: no ${hashFile}; build first (cargo leptos build --release)`);
    process.exit(2);
  }
  const hashes = Object.fromEntries(
    fs.readFileSync(hashFile, "utf8").split("\n").filter(Boolean).map((l) => l.split(":").map((s) => s.trim())),
  );
  const file = (kind) => path.join(root, b.dir, `htx-market.${hashes[kind]}.${kind}`);
  const wasm = fs.readFileSync(file("wasm"));
  const js = fs.readFileSync(file("js"));
  const [wasmBr, jsBr] = [brotli(wasm), brotli(js)];
  const total = wasmBr + jsBr;
  const ok = b.budget === null || total <= b.budget;
  if (!ok) over++;
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`.padStart(10);
  console.log(
    `${b.name.padEnd(12)}${kb(wasm.length)} ${kb(wasmBr)} ${kb(jsBr)} ${kb(total)} ${b.budget ? kb(b.budget) : "         -"}${ok ? "" : "  OVER BUDGET"}${b.target && total > b.target ? `  (target ${kb(b.target).trim()} not met yet)` : ""}`,
  );
}
process.exitCode = over ? 1 : 0;
