import { expect, Page } from "@playwright/test";
import * as fs from "node:fs";
import * as path from "node:path";

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
