import { expect, test } from "@playwright/test";
import { applyAndSubmit, createAdmin, login, mailTo, openFromQueue, register, uniqueEmail } from "./helpers";

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
