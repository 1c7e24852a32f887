import { expect, test } from "@playwright/test";
import { applyAndSubmit, createAdmin, hydrated, login, openFromQueue, png, register, uniqueEmail } from "./helpers";

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
  const coop = new URL(page.url()).searchParams.get("coop");
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

  // Declare its OCOP certificate; an administrator verifies it.
  const certs = page.getByTestId("certifications-section");
  await certs.getByLabel("Certificate number").fill(`OCOP-CM-2025-${Date.now() % 1000}`);
  await certs.getByLabel("OCOP stars").selectOption("4");
  await certs.getByLabel("Issued by").selectOption("provincial");
  await certs.getByLabel("Issued on").fill("2025-03-10");
  await page.getByTestId("add-certification").click();
  await expect(certs).toContainText("awaiting verification");
  // With a scan of the certificate, which the reviewer opens.
  await certs.getByLabel("Attach a scan of the certificate (PDF, JPEG or PNG)").setInputFiles({
    name: "ocop.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"),
  });
  await certs.getByTestId("cert-scan-upload").getByRole("button", { name: "Upload" }).click();
  await expect(page).toHaveURL(/for=scan&upload=ok/);
  await expect(certs.getByTestId("cert-scan")).toHaveText("View scan");
  await hydrated(page);
  await admin.goto("/en/admin/ocop");
  await hydrated(admin);
  const item = admin.getByTestId("ocop-queue").locator("li", { hasText: name });
  const scan = await admin.request.get((await item.getByRole("link", { name: "View scan" }).getAttribute("href"))!);
  expect(scan.headers()["content-type"]).toBe("application/pdf");
  await item.getByRole("button", { name: "Verify" }).click();
  await expect(admin.getByTestId("ocop-queue").locator("li", { hasText: name })).toHaveCount(0);

  // Record a batch with its timeline.
  const lot = `UM-${Date.now()}`;
  const batches = page.getByTestId("batches");
  await batches.getByLabel("Lot code").fill(lot);
  await batches.getByLabel("Produced or harvested on").fill("2026-10-15");
  await batches.getByLabel("Commune").fill("Khánh An");
  await page.locator("#field-step_0_kind").selectOption("harvest");
  await page.locator("#field-step_0_happened_on").fill("2026-10-10");
  await page.locator("#field-step_1_kind").selectOption("packing");
  await page.locator("#field-step_1_happened_on").fill("2026-10-15");
  await page.getByTestId("create-batch").click();
  await expect(batches.getByRole("link", { name: lot.toUpperCase() })).toBeVisible();
  // With a photo of the harvest, for its trace page.
  await batches.getByLabel("Add a photo of this batch").setInputFiles({
    name: "harvest.png",
    mimeType: "image/png",
    buffer: png(64, 48),
  });
  await batches.getByTestId("batch-photo-upload").getByRole("button", { name: "Upload" }).click();
  await expect(page).toHaveURL(/for=batch-photo&upload=ok/);
  await hydrated(page);

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
  await expect(shopper.getByTestId("buy-box")).toContainText("₫150,000");
  await expect(shopper.getByTestId("fallback-note")).toBeVisible();
  await expect(shopper.locator(".prose strong")).toHaveText("nguyên chất");
  await expect(shopper.getByTestId("certifications")).toContainText("★★★★");

  // Where it comes from: the trace page, in Japanese, with its timeline; the QR code leads there.
  await shopper.getByTestId("trace-link").click();
  await expect(shopper).toHaveURL(new RegExp(`/ja/trace/${lot.toUpperCase()}$`));
  await expect(shopper.getByTestId("timeline").locator("li")).toHaveCount(2);
  await expect(shopper.getByTestId("trace-photos").locator("img").first()).toBeVisible();
  const qr = await shopper.request.get(`/qr/${lot.toUpperCase()}.svg`);
  expect(qr.headers()["content-type"]).toBe("image/svg+xml");
  const phone = await (await browser.newContext({ locale: "ko-KR" })).newPage();
  await phone.goto(`/trace/${lot.toUpperCase()}`);
  await expect(phone).toHaveURL(new RegExp(`/ko/trace/${lot.toUpperCase()}$`));

  // Bulk import: the seller sees the upload go up, then the dry run's report. (The upload is held
  // back a moment so the progress can be seen on a fast local connection.)
  const csv = await (await page.request.get(`/exports/cooperatives/${coop}/products.csv`)).body();
  await page.goto(`/en/sell/products/import?coop=${coop}`);
  await hydrated(page);
  await page.route("**/uploads/cooperatives/*/import", async (route) => {
    await new Promise((r) => setTimeout(r, 1000));
    await route.continue();
  });
  await page.locator("#import-file").setInputFiles({ name: "products.csv", mimeType: "text/csv", buffer: csv });
  await page.getByTestId("import-check").click();
  await expect(page.getByTestId("upload-progress")).toBeVisible();
  await expect(page.getByTestId("import-run")).toBeDisabled();
  await expect(page.getByTestId("import-report")).toBeVisible();
  await expect(page).toHaveURL(/report=\d+/);
});
