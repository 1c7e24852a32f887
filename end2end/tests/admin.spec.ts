import { expect, test } from "@playwright/test";
import { createAdmin, hydrated, login } from "./helpers";

test("an administrator reads the dashboard, downloads a chart, and prints a report", async ({ browser }) => {
  const admin = await login(browser, createAdmin());

  // The dashboard: server-drawn charts with accessible names, each with its CSV.
  await admin.goto("/en/admin");
  await expect(admin.getByRole("heading", { name: "Marketplace dashboard" })).toBeVisible();
  const byProvince = admin.getByTestId("chart-cooperatives-by-province");
  await expect(byProvince.getByRole("img", { name: "Approved cooperatives by province" })).toBeVisible();
  // The demo cooperatives are approved: bars are drawn.
  expect(await byProvince.locator("rect").count()).toBeGreaterThan(0);
  await expect(admin.getByTestId("chart-orders-by-month").getByRole("img")).toBeVisible();
  const href = await byProvince.getByRole("link", { name: "Download CSV" }).getAttribute("href");
  const csv = await admin.request.get(href ?? "");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("Name,Count");

  // A period ending before it starts is refused with the reason.
  await admin.getByLabel("From", { exact: true }).fill("2026-05-01");
  await admin.getByLabel("To", { exact: true }).fill("2026-01-01");
  await admin.getByRole("button", { name: "Show" }).click();
  await expect(admin.getByTestId("period-error")).toContainText("The end date is before the start date.");

  // The annual report, all provinces, compared with the year before.
  await admin.goto("/en/admin/reports");
  await hydrated(admin);
  await admin.getByLabel("Period", { exact: true }).selectOption("year");
  await admin.getByLabel("Year", { exact: true }).fill("2026");
  await admin.getByRole("button", { name: "Show" }).click();
  await expect(admin).toHaveURL(/kind=year&year=2026/);
  await expect(admin.getByTestId("report-period")).toContainText("Year 2026");
  const summary = admin.getByTestId("report-summary");
  await expect(summary.getByRole("rowheader", { name: "Orders", exact: true })).toBeVisible();
  await expect(summary.locator('tr[data-figure="reports-applications"] td').first()).not.toHaveText("0");
  await expect(admin.getByTestId("report-provinces")).toBeVisible();
  const reportCsv = await admin.request.get((await admin.getByTestId("report-csv").getAttribute("href")) ?? "");
  expect(reportCsv.status()).toBe(200);
  expect((await reportCsv.text()).split("\n").at(-2)).toMatch(/^total,/);
  // Printing shows the report without the site's header or the form.
  await admin.emulateMedia({ media: "print" });
  await expect(admin.getByTestId("report-form")).toBeHidden();
  await expect(admin.locator(".site-header")).toBeHidden();
  await expect(summary).toBeVisible();
});

test("an administrator adds a certification scheme and withdraws it", async ({ browser }) => {
  const admin = await login(browser, createAdmin());
  await admin.goto("/en/admin/certifications");
  await hydrated(admin);
  const code = `fair-trade-${Date.now() % 100000}`;
  await admin.getByLabel("Code").fill(code);
  await admin.getByLabel("Name in Vietnamese").fill("Thương mại công bằng");
  await admin.getByLabel("Name in English").fill("Fair Trade");
  await admin.getByLabel("Name in Chinese").fill("公平贸易");
  await admin.getByLabel("Name in Japanese").fill("フェアトレード");
  await admin.getByLabel("Name in Korean").fill("공정무역");
  await admin.getByTestId("save-cert-kind").click();
  const row = admin.locator(`tr[data-code="${code}"]`);
  await expect(row).toContainText("Fair Trade");
  await expect(row).toContainText("Offered to sellers");
  await row.getByTestId("toggle-cert-kind").click();
  await expect(row).toContainText("Withdrawn");
  // OCOP stays: it has no withdraw button.
  await expect(admin.locator('tr[data-code="ocop"]').getByTestId("toggle-cert-kind")).toHaveCount(0);
});
