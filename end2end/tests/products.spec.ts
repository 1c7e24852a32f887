import { expect, test } from "@playwright/test";
import { applyAndSubmit, createAdmin, hydrated, login, openFromQueue, register, uniqueEmail } from "./helpers";

test("an approved cooperative publishes a product that shoppers see in their language", async ({ page, browser }) => {
  const adminEmail = createAdmin();
  const legalName = `HTX Mật ong ${Date.now()}`;
  await register(page, uniqueEmail("owner"), "Chị Lan");
  await applyAndSubmit(page, legalName);
  const admin = await login(browser, adminEmail);
  await openFromQueue(admin, legalName);
  await admin.getByTestId("action-approve").click();
  await expect(admin.getByTestId("coop-status")).toHaveAttribute("data-status", "approved");

  // From the dashboard to a new product.
  await page.goto("/en/sell");
  await page.getByTestId("products-link").click();
  await page.getByTestId("new-product").click();
  await expect(page).toHaveURL(/\/en\/sell\/products\/new\?coop=\d+$/);
  await hydrated(page);
  const sku = `MO-${Date.now()}`;
  const name = `Mật ong rừng tràm ${Date.now()}`;
  await page.getByLabel("Category").selectOption("honey");
  await page.getByLabel("Sold by").selectOption("jar");
  await page.getByLabel("Province of origin").selectOption("ca-mau");
  await page.locator("#field-name_vi").fill(name);
  await page.locator("#field-name_en").fill(`${name} (EN)`);
  await page.locator("#field-description_vi").fill("Mật ong **nguyên chất** từ rừng tràm.");
  await page.locator("#field-variant_0_sku").fill(sku);
  await page.locator("#field-variant_0_label").fill("250 g");
  await page.locator("#field-variant_0_price").fill("-150000");
  await page.locator("#field-variant_0_stock").fill("40");
  await page.locator("#field-variant_0_weight_grams").fill("350");

  // A negative price is refused next to its cell; nothing is saved.
  await page.getByTestId("save-product").click();
  await expect(page.locator("#field-variant_0_price-error")).toHaveText("A price cannot be negative.");
  await expect(page).toHaveURL(/\/new\?coop=/);

  await page.locator("#field-variant_0_price").fill("150.000");
  await page.getByTestId("save-product").click();
  await expect(page).toHaveURL(/\/en\/sell\/products\/\d+\?saved=/);
  await expect(page.getByTestId("product-status")).toHaveAttribute("data-status", "draft");
  await hydrated(page);
  await page.getByTestId("make-published").click();
  await expect(page.getByTestId("product-status")).toHaveAttribute("data-status", "published");

  // The seller's list shows stock and which languages are missing.
  await page.getByRole("link", { name: "← Products" }).click();
  const row = page.getByTestId("seller-products").getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("vi en ✓ · zh-CN ja ko missing");
  await expect(row).toContainText("40");

  // A shopper reads it in Japanese: the name falls back to Vietnamese, the price is in đồng.
  const shopper = await (await browser.newContext()).newPage();
  await shopper.goto("/ja/");
  await shopper.getByTestId("product-grid").getByRole("link", { name }).click();
  await expect(shopper.getByTestId("product-page")).toContainText(legalName);
  await expect(shopper.getByTestId("product-variants")).toContainText("₫150,000");
  await expect(shopper.getByTestId("fallback-note")).toBeVisible();
  await expect(shopper.locator(".prose strong")).toHaveText("nguyên chất");
});
