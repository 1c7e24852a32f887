// Lighthouse 12 (mobile: Moto G Power, slow 4G, simulated) against a build serving the demo
// catalog, three runs per page, medians printed as a table and checked against the storefront's
// targets (issue 14). The cart and checkout are measured with a product in the cart. `make
// lighthouse` builds the release first; `make lighthouse-ci` (part of `make test`) runs three times per
// page in Vietnamese with the release browser bundles served by the debug server.
//
//   node end2end/lighthouse.mjs            # every page in en and vi
//   RUNS=1 PAGES=product node end2end/lighthouse.mjs
//   HTX_SERVER_BIN=target/debug/server SITE_ROOT=target/site-release HTX_HASH_DIR=target/release …
import { spawn, execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const bin = process.env.HTX_SERVER_BIN ?? path.join(root, "target", "release", "server");
const port = Number(process.env.LH_PORT ?? 3121);
const base = `http://127.0.0.1:${port}`;
const runs = Number(process.env.RUNS ?? 3);
const only = process.env.PAGES?.split(",");
const locales = (process.env.LOCALES ?? "en,vi").split(",");

// The targets of issue 14. CI (LH_BUDGET=ci) runs on a shared, busy machine where main-thread
// times (and so TBT and TTI) swing; there it checks the scores that do not (accessibility, best
// practices, SEO) exactly and the timings against the "good" Core Web Vitals.
const TARGETS =
  process.env.LH_BUDGET === "ci"
    ? {
        performance: [">=", 85],
        accessibility: [">=", 100],
        "best-practices": [">=", 100],
        seo: [">=", 100],
        lcp: ["<=", 2500],
        tti: ["<=", 3800],
        tbt: ["<=", 200],
        cls: ["<=", 0.1],
      }
    : {
        performance: [">=", 95],
        accessibility: [">=", 100],
        "best-practices": [">=", 100],
        seo: [">=", 100],
        lcp: ["<=", 1800],
        tti: ["<=", 2500],
        tbt: ["<=", 50],
        cls: ["<=", 0.02],
      };

if (!fs.existsSync(bin)) {
  console.error(`no release build at ${bin}: run make lighthouse (or cargo leptos build --release --precompress)`);
  process.exit(2);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "htx-lighthouse-"));
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
  LEPTOS_SITE_ROOT: path.resolve(root, process.env.SITE_ROOT ?? path.join("target", "site")),
  PUBLIC_BASE_URL: base,
  RUST_LOG: "warn",
};
execFileSync(bin, ["seed-demo"], { cwd: root, env, stdio: "ignore" });
const server = spawn(bin, ["serve"], { cwd: root, env, stdio: "ignore" });
const stop = () => {
  server.kill();
  fs.rmSync(dataDir, { recursive: true, force: true });
};
process.on("exit", stop);
// A hung page or server must end the run with an error, never hold CI until its time limit.
const deadline = setTimeout(() => {
  console.error("lighthouse.mjs: gave up after 20 minutes");
  process.exit(3);
}, 20 * 60 * 1000);
deadline.unref();
process.on("unhandledRejection", (e) => {
  console.error(e);
  process.exit(2);
});

async function get(p) {
  const r = await fetch(base + p);
  if (!r.ok) throw new Error(`${p}: ${r.status}`);
  return r.json();
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not start");
}

/** The pages of the demo catalog, found through the public API. */
async function pagesIn(locale) {
  const list = await get(`/api/v1/products?locale=${locale}&per_page=50`);
  let lot = "";
  for (const p of list.products) {
    const d = await get(`/api/v1/products/${p.id}?locale=${locale}`);
    if (d.latest_lot_code) {
      lot = d.latest_lot_code;
      break;
    }
  }
  const coops = await get(`/api/v1/cooperatives?locale=${locale}`);
  const coop = (coops.cooperatives ?? coops.items ?? coops)[0].slug;
  return {
    login: `/${locale}/login`,
    home: `/${locale}/`,
    category: `/${locale}/c/food`,
    search: `/${locale}/search?q=${locale === "vi" ? "mat+ong" : "honey"}`,
    product: new URL(list.products[2].url).pathname,
    cooperative: `/${locale}/coops/${coop}`,
    trace: `/${locale}/trace/${lot}`,
    cart: `/${locale}/cart`,
    checkout: `/${locale}/checkout`,
  };
}

/** A guest's cart with one product in it, as the buy form makes it: the cookies that name it. */
async function cartCookies() {
  const list = await get(`/api/v1/products?locale=en&per_page=5`);
  const detail = await get(`/api/v1/products/${list.products[0].id}?locale=en`);
  const variant = detail.variants.find((v) => v.in_stock) ?? detail.variants[0];
  const r = await fetch(`${base}/api/shop/add`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: base, accept: "application/json" },
    body: `variant_id=${variant.id}&quantity=1`,
    redirect: "manual",
  });
  if (r.status >= 400) throw new Error(`adding to the cart: ${r.status} ${await r.text()}`);
  const cookies = r.headers.getSetCookie().map((c) => c.split(";")[0]);
  if (!cookies.length) throw new Error("adding to the cart set no cookie");
  return cookies.join("; ");
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

function figures(lhr) {
  const a = lhr.audits;
  const score = (k) => Math.round((lhr.categories[k].score ?? 0) * 100);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: score("seo"),
    lcp: a["largest-contentful-paint"].numericValue,
    tti: a["interactive"].numericValue,
    tbt: a["total-blocking-time"].numericValue,
    cls: a["cumulative-layout-shift"].numericValue,
    failing: Object.values(lhr.categories)
      .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => a[r.id]))
      .filter((x) => x && x.score !== null && x.score < 1 && x.scoreDisplayMode !== "informative")
      .map((x) => x.id),
  };
}

await waitForServer();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
const rows = [];
let misses = 0;
const cookie = await cartCookies();
const WITH_CART = ["cart", "checkout"];
try {
  for (const locale of locales) {
    const pages = await pagesIn(locale);
    for (const [name, p] of Object.entries(pages)) {
      if (only && !only.includes(name)) continue;
      const results = [];
      for (let i = 0; i < runs; i++) {
        const r = await lighthouse(base + p, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
          extraHeaders: WITH_CART.includes(name) ? { Cookie: cookie } : undefined,
        });
        results.push(figures(r.lhr));
      }
      const row = { page: `${name} ${locale}`, path: p };
      for (const k of Object.keys(TARGETS)) row[k] = median(results.map((r) => r[k]));
      row.failing = [...new Set(results.flatMap((r) => r.failing))];
      rows.push(row);
    }
  }
} finally {
  await chrome.kill();
}

const fmt = (k, v) => (k === "cls" ? v.toFixed(3) : ["lcp", "tti", "tbt"].includes(k) ? `${Math.round(v)} ms` : String(v));
const meets = (k, v, page) => {
  // Search results, sign-in, cart and checkout stay out of search engines (noindex): SEO is not
  // counted there.
  if (k === "seo" && /^(search|login|cart|checkout) /.test(page)) return true;
  // Sign-in has no target in issue 14 and loads the account bundle (306 KB, Fluent included) until
  // its forms are handed their words as checkout's are: its own, looser, time to interactive.
  if (k === "tti" && /^login /.test(page)) return v <= (process.env.LH_BUDGET === "ci" ? 5000 : 3500);
  const [op, t] = TARGETS[k];
  return op === ">=" ? v >= t : v <= t;
};
const header = ["page", ...Object.keys(TARGETS)];
console.log(`\nLighthouse ${lighthouse.version ?? "12"} mobile, median of ${runs} run(s), ${base}`);
console.log(`| ${header.join(" | ")} |`);
console.log(`|${header.map(() => "---").join("|")}|`);
for (const row of rows) {
  const cells = Object.keys(TARGETS).map((k) => {
    const ok = meets(k, row[k], row.page);
    if (!ok) misses++;
    return `${fmt(k, row[k])}${ok ? "" : " ✗"}`;
  });
  console.log(`| ${row.page} | ${cells.join(" | ")} |`);
}
for (const row of rows.filter((r) => r.failing.length)) {
  console.log(`  ${row.page}: audits not passed: ${row.failing.join(", ")}`);
}
console.log(misses ? `\n${misses} figure(s) miss their target (✗)` : "\nevery page meets its targets");
// Exit explicitly: the server child (and Lighthouse's own handles) keep Node's event loop alive, so
// setting process.exitCode alone left the run waiting forever (CI's 90 minutes ran out that way).
process.exit(misses ? 1 : 0);
