import { Browser, expect, Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";

/** A unique, valid email for one test run. */
export function uniqueEmail(tag: string): string {
  return `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.vn`;
}

/**
 * Waits until the page is hydrated: the password "show" toggle only works once the wasm bundle has
 * taken over the server-rendered page, so clicking it until the input turns visible proves hydration.
 */
export async function waitForHydration(page: Page, field = "field-password") {
  const input = page.locator(`#${field}`);
  const toggle = page.locator(`button[aria-controls="${field}"]`);
  await expect(async () => {
    await toggle.click();
    await expect(input).toHaveAttribute("type", "text", { timeout: 500 });
  }).toPass({ timeout: 30_000 });
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  // Put it back so the test types into a normal password field.
  await toggle.click();
  await expect(input).toHaveAttribute("type", "password");
}

/** Waits for the mail to `to` in the server's outbox and returns it as text. */
export async function mailTo(to: string): Promise<string> {
  const dir = path.join(process.env.HTX_E2E_DATA_DIR ?? "", "outbox");
  let found = "";
  await expect(async () => {
    const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
    found = files.map((f) => fs.readFileSync(path.join(dir, f), "utf8")).find((m) => m.includes(`To: ${to}`)) ?? "";
    expect(found).not.toBe("");
  }).toPass({ timeout: 15_000 });
  return found;
}

/** The password-reset link in a mail (quoted-printable soft line breaks undone). */
export function resetPathIn(mail: string): string {
  const body = mail.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
  const match = body.match(/https?:\/\/[^\s]+(\/[a-zA-Z-]+\/reset-password\?token=[A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no reset link in mail:\n${mail}`);
  return match[1];
}

export const PASSWORD = "mat-ong-rung-u-minh";
const root = path.resolve(__dirname, "..", "..");
export const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");

/** Creates an administrator with the server's own CLI, against the e2e server's database. */
export function createAdmin(): string {
  const email = uniqueEmail("admin");
  const bin = process.env.HTX_SERVER_BIN ?? path.join(root, "target", "debug", "server");
  execFileSync(bin, ["create-admin", "--email", email], {
    cwd: root,
    input: `${PASSWORD}\n`,
    env: { ...process.env, DATA_DIR: process.env.HTX_E2E_DATA_DIR ?? "" },
  });
  return email;
}

/** Waits until the wasm bundle has taken over the page. */
export async function hydrated(page: Page) {
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true", { timeout: 30_000 });
}

export async function register(page: Page, email: string, name: string) {
  await page.goto("/en/register");
  await waitForHydration(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/en\/account$/);
}

export async function login(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/en/login");
  await waitForHydration(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).last().click();
  await expect(page).toHaveURL(/\/en\/account$/);
  return page;
}

/** Fills the application form, saves it, uploads the certificate and submits; returns the page URL. */
export async function applyAndSubmit(page: Page, legalName: string): Promise<string> {
  await page.goto("/en/sell/apply");
  await hydrated(page);
  await page.getByLabel("Legal name (Vietnamese)").fill(legalName);
  await page.getByLabel("Registration number").fill("1900123456");
  await page.getByLabel("Province or city").selectOption("ca-mau");
  await page.getByLabel("Full address").fill("Ấp 3, xã Khánh An, huyện U Minh");
  await page.getByLabel("Year founded").fill("2012");
  await page.getByLabel("Number of members").fill("27");
  await page.getByLabel("Legal representative").fill("Nguyễn Văn Ba");
  await page.getByLabel("Contact phone").fill("0912 345 678");
  await page.getByLabel("Contact email").fill("lienhe@matong.example.vn");
  await page.locator("#field-trading_name_en").fill(`${legalName} (EN)`);
  await page.locator("#field-description_vi").fill("Mật ong **rừng tràm** nguyên chất.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/en\/sell\/apply\/\d+\?saved=/);
  await expect(page.getByTestId("saved")).toBeVisible();
  const url = page.url().split("?")[0];

  // The certificate: a plain multipart form post, back to this page.
  await page.locator("#document-file").setInputFiles({ name: "giay-chung-nhan.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByTestId("document-upload").getByRole("button", { name: "Upload" }).click();
  await expect(page).toHaveURL(/\?upload=ok$/);
  await expect(page.getByTestId("documents")).toContainText("giay-chung-nhan.pdf");

  await hydrated(page);
  await page.getByTestId("submit-application").click();
  await expect(page.getByTestId("coop-status")).toHaveAttribute("data-status", "submitted");
  return url;
}

/** As an administrator, opens the application from the queue. */
export async function openFromQueue(admin: Page, legalName: string) {
  await admin.goto("/en/admin/cooperatives");
  await admin.getByTestId("queue").getByRole("link", { name: legalName }).click();
  await expect(admin.getByTestId("review")).toBeVisible();
  await expect(admin.getByTestId("application-summary")).toContainText("+84912345678");
  await hydrated(admin);
}


/** A small valid RGB PNG (a gradient), for photo uploads. */
export function png(width: number, height: number): Buffer {
  const crc32 = (buf: Buffer): number => {
    let crc = 0xffffffff;
    for (const byte of buf) {
      crc ^= byte;
      for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
    }
    return (crc ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const row = width * 3 + 1;
  const raw = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = y * row + 1 + x * 3;
      raw[o] = (x * 4) % 256;
      raw[o + 1] = (y * 4) % 256;
      raw[o + 2] = 120;
    }
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
