import { Browser, expect, Page, test } from "@playwright/test";
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { mailTo, uniqueEmail, waitForHydration } from "./helpers";

const PASSWORD = "mat-ong-rung-u-minh";
const root = path.resolve(__dirname, "..", "..");
const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");

/** Creates an administrator with the server's own CLI, against the e2e server's database. */
function createAdmin(): string {
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
async function hydrated(page: Page) {
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true", { timeout: 30_000 });
}

async function register(page: Page, email: string, name: string) {
  await page.goto("/en/register");
  await waitForHydration(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/en\/account$/);
}

async function login(browser: Browser, email: string): Promise<Page> {
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
async function applyAndSubmit(page: Page, legalName: string): Promise<string> {
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
async function openFromQueue(admin: Page, legalName: string) {
  await admin.goto("/en/admin/cooperatives");
  await admin.getByTestId("queue").getByRole("link", { name: legalName }).click();
  await expect(admin.getByTestId("review")).toBeVisible();
  await expect(admin.getByTestId("application-summary")).toContainText("+84912345678");
  await hydrated(admin);
}

test("a cooperative applies, an administrator approves, its public page appears", async ({ page, browser }) => {
  const adminEmail = createAdmin();
  const legalName = `Hợp tác xã Mật ong ${Date.now()}`;
  await register(page, uniqueEmail("owner"), "Chị Lan");
  await applyAndSubmit(page, legalName);

  // Not public before approval.
  const before = await page.request.get("/api/v1/cooperatives");
  expect(JSON.stringify(await before.json())).not.toContain(legalName);

  const admin = await login(browser, adminEmail);
  await openFromQueue(admin, legalName);
  await expect(admin.getByTestId("documents")).toContainText("giay-chung-nhan.pdf");
  await admin.getByTestId("action-approve").click();
  await expect(admin.getByTestId("coop-status")).toHaveAttribute("data-status", "approved");

  // Anyone finds it in the directory, in English, with the Vietnamese description marked as such.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/en/coops?region=ca-mau");
  await visitor.getByRole("link", { name: `${legalName} (EN)` }).click();
  await expect(visitor.getByTestId("coop-page")).toContainText("Ca Mau");
  await expect(visitor.getByTestId("fallback-note")).toBeVisible();
  await expect(visitor.locator(".prose strong")).toHaveText("rừng tràm");

  // The owner's dashboard shows the approval and links to the public page.
  await page.goto("/en/sell");
  await expect(page.getByTestId("current-coop").getByTestId("coop-status")).toHaveAttribute("data-status", "approved");
  await expect(page.getByRole("link", { name: "Public page" })).toBeVisible();
});

test("a rejected applicant reads the reason on their dashboard and in their mail", async ({ page, browser }) => {
  const adminEmail = createAdmin();
  const ownerEmail = uniqueEmail("owner");
  const legalName = `HTX Chè Tân Cương ${Date.now()}`;
  const reason = "Giấy chứng nhận bị mờ, vui lòng tải bản rõ hơn.";
  await register(page, ownerEmail, "Anh Minh");
  await applyAndSubmit(page, legalName);

  const admin = await login(browser, adminEmail);
  await openFromQueue(admin, legalName);
  // A rejection needs a reason.
  await admin.getByTestId("action-reject").click();
  await expect(admin.getByTestId("form-alert").first()).not.toBeEmpty();
  await expect(admin.getByTestId("coop-status")).toHaveAttribute("data-status", "submitted");
  await admin.locator("#reason-reject").fill(reason);
  await admin.getByTestId("action-reject").click();
  await expect(admin.getByTestId("coop-status")).toHaveAttribute("data-status", "rejected");

  // The applicant sees the status and reason on the dashboard, in Vietnamese here.
  await page.goto("/vi/sell");
  const current = page.getByTestId("current-coop");
  await expect(current.getByTestId("coop-status")).toHaveAttribute("data-status", "rejected");
  await expect(current.getByTestId("coop-status")).toContainText("Bị từ chối");
  await expect(current.getByTestId("coop-reason")).toHaveText(reason);

  // And was mailed in the language they applied in (English).
  const mail = await mailTo(ownerEmail);
  expect(mail).toContain("Rejected");

  // The audit log shows the decision with its reason.
  await admin.goto("/en/admin/audit");
  await expect(admin.getByTestId("audit")).toContainText("cooperative.status_changed");
});
