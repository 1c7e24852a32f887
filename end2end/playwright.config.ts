import { defineConfig } from "@playwright/test";
import * as path from "node:path";

// The server under test: the binary cargo-leptos built, on its own port with a fresh database
// holding the demo catalog (as `make run` serves it), so search has products to find.
const root = path.resolve(__dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${port}`;
// Set once in the main process; test workers inherit it and read the mail outbox from it.
process.env.HTX_E2E_DATA_DIR ??= path.join(__dirname, ".tmp", `data-${Date.now()}`);
const dataDir = process.env.HTX_E2E_DATA_DIR;
const serverBin = process.env.HTX_SERVER_BIN ?? path.join(root, "target", "debug", "server");

export default defineConfig({
  testDir: "./tests",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `${serverBin} seed-demo > /dev/null && exec ${serverBin} serve`,
    cwd: root,
    url: `${baseURL}/healthz`,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      DATA_DIR: dataDir,
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: path.join(root, "target", "site"),
      PUBLIC_BASE_URL: baseURL,
      RUST_LOG: "warn",
    },
  },
});
