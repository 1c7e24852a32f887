import { Browser, expect, Page, test } from "@playwright/test";
import { hydrated, mailTo, uniqueEmail, waitForHydration } from "./helpers";

// The demo sellers' password (demo data only; printed by `server seed-demo`).
const DEMO_PASSWORD = "htx-demo-2026";

async function sellerLogin(browser: Browser, n: number): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/en/login");
  await waitForHydration(page);
  await page.getByLabel("Email").fill(`seller0${n}@demo.htx-market.vn`);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).last().click();
  await expect(page).toHaveURL(/\/en\/account$/);
  return page;
}

/** The public page of the seller's first product that has a variant in stock. */
async function productInStock(seller: Page): Promise<string> {
  await seller.goto("/en/sell/products");
  const hrefs = await seller
    .getByTestId("seller-products")
    .locator("a[href*='/en/sell/products/']")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  for (const href of hrefs) {
    const id = href.match(/\/sell\/products\/(\d+)$/)?.[1];
    if (!id) continue;
    const res = await seller.request.get(`/api/v1/products/${id}?locale=en`);
    if (!res.ok()) continue;
    const product = await res.json();
    if (product.variants.some((v: { in_stock: boolean }) => v.in_stock)) {
      return new URL(product.url).pathname;
    }
  }
  throw new Error("no product in stock");
}

async function addToCart(page: Page, path: string, quantity: string, expected: string) {
  await page.goto(path);
  await hydrated(page);
  const form = page.getByTestId("buy-form");
  await form.locator("input[name=variant_id]:not([disabled])").first().check();
  await form.getByTestId("buy-quantity").fill(quantity);
  await form.getByTestId("add-to-cart").click();
  await expect(page.getByTestId("add-outcome")).toContainText("Added to your cart");
  // The header follows without a reload.
  await expect(page.getByTestId("cart-count")).toHaveText(expected);
}

test("a guest buys from two cooperatives in one checkout and each cooperative fulfils its own order", async ({
  browser,
}) => {
  const seller1 = await sellerLogin(browser, 1);
  const seller2 = await sellerLogin(browser, 2);
  const first = await productInStock(seller1);
  const second = await productInStock(seller2);

  const guest = await (await browser.newContext()).newPage();
  await addToCart(guest, first, "1", "1");
  await addToCart(guest, second, "2", "3");

  await guest.goto("/en/cart");
  await expect(guest.getByTestId("cart-group")).toHaveCount(2);
  await guest.getByTestId("to-checkout").click();
  await expect(guest).toHaveURL(/\/en\/checkout$/);
  await hydrated(guest);
  // Placing an empty form places nothing and says what is missing, next to each field.
  await guest.getByTestId("place-order").click();
  await expect(guest.getByTestId("form-alert")).toContainText("Please correct");
  await expect(guest.locator("#field-email-error")).not.toBeEmpty();
  await expect(guest).toHaveURL(/\/en\/checkout$/);
  const email = uniqueEmail("guest");
  await guest.getByLabel("Email").fill(email);
  await guest.getByLabel("Phone").fill("0912 345 678");
  await guest.getByLabel("Recipient's full name").fill("Nguyễn Thị Mai");
  await guest.getByLabel("Province or city").selectOption("ha-noi");
  await guest.getByLabel("Ward or commune").selectOption({ label: "Phường Hoàn Kiếm" });
  await guest.getByLabel("House number and street").fill("12 Hàng Bài");
  await expect(guest.getByTestId("summary-group")).toHaveCount(2);
  // English readers see an indicative dollar amount; they pay in đồng.
  await expect(guest.getByTestId("indicative")).toContainText("US$");
  await expect(guest.getByTestId("checkout-total")).toContainText("₫");
  await guest.getByTestId("place-order").click();

  await expect(guest).toHaveURL(/\/en\/orders\/t\/[A-Za-z0-9_-]+$/);
  await expect(guest.getByTestId("order-card")).toHaveCount(2);
  await expect(guest.getByTestId("checkout-status")).toContainText("You pay on delivery");
  const link = new URL(guest.url()).pathname;
  const mail = await mailTo(email);
  expect(mail.replace(/=\r?\n/g, "")).toContain(link);
  await expect(guest.getByTestId("cart-count")).toHaveText("0");

  // The first cooperative confirms and ships its order, with the tracking code.
  await seller1.goto("/en/sell/orders");
  await expect(seller1.getByTestId("order-row")).toHaveCount(1);
  await seller1.getByTestId("order-row").getByRole("link").first().click();
  await expect(seller1.getByTestId("seller-order")).toBeVisible();
  await hydrated(seller1);
  await seller1.getByTestId("seller-confirm").click();
  await expect(seller1.getByTestId("seller-order").getByTestId("order-status").first()).toHaveText("Confirmed");
  await seller1.getByLabel("Carrier").fill("VNPost");
  await seller1.getByLabel("Tracking code").fill("EB123456789VN");
  await seller1.getByTestId("seller-ship").click();
  await expect(seller1.getByTestId("seller-order").getByTestId("order-status").first()).toHaveText("Shipped");

  // The second cooperative cancels, saying why.
  await seller2.goto("/en/sell/orders");
  await seller2.getByTestId("order-row").getByRole("link").first().click();
  await hydrated(seller2);
  await seller2.getByTestId("seller-cancel").click();
  await expect(seller2.getByTestId("form-alert")).toContainText("Please correct");
  await seller2.getByLabel("Reason").fill("Out of this season's harvest");
  await seller2.getByTestId("seller-cancel").click();
  await expect(seller2.getByTestId("seller-order").getByTestId("order-status").first()).toHaveText("Cancelled");

  // The shopper's link shows both: tracking on one, the reason on the other.
  await guest.goto(link);
  await expect(guest.getByTestId("tracking")).toContainText("EB123456789VN");
  await expect(guest.getByTestId("checkout-view")).toContainText("Out of this season's harvest");
  await expect(guest.getByTestId("timeline").first()).toContainText("Shipped");
});

test("quantities out of range are refused on the product page and the cart stays as it was", async ({ page }) => {
  const products = await (await page.request.get("/api/v1/products?locale=en&per_page=20")).json();
  const path = new URL(products.products[0].url).pathname;
  await page.goto(path);
  await hydrated(page);
  const form = page.getByTestId("buy-form");
  await form.locator("input[name=variant_id]:not([disabled])").first().check();
  await form.getByTestId("buy-quantity").evaluate((el) => el.removeAttribute("max"));
  await form.getByTestId("buy-quantity").fill("1000");
  await form.getByTestId("add-to-cart").click();
  await expect(page.getByTestId("add-outcome")).toContainText("whole number from 1 to 999");
  await expect(page.getByTestId("cart-count")).toHaveText("0");
});

test("without JavaScript a shopper still adds a product to the cart from its page", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const products = await (await page.request.get("/api/v1/products?locale=en&per_page=20")).json();
  await page.goto(new URL(products.products[0].url).pathname);
  const form = page.getByTestId("buy-form");
  await form.locator("input[name=variant_id]:not([disabled])").first().check();
  await form.getByTestId("buy-quantity").fill("2");
  await form.getByTestId("add-to-cart").click();
  await page.goto("/en/cart");
  await expect(page.getByTestId("cart-line")).toHaveCount(1);
  const line = page.getByTestId("cart-line");
  await expect(line.locator("input[name=quantity]")).toHaveValue("2");
  // The cart's forms work without it too: a quantity out of range is refused and said so…
  await line.locator("input[name=quantity]").fill("1000");
  await line.getByRole("button", { name: "Update" }).click();
  await expect(page).toHaveURL(/\/en\/cart\?/);
  await expect(page.locator(".cart-page .form-alert")).toContainText("whole number from 1 to 999");
  await expect(line.locator("input[name=quantity]")).toHaveValue("2");
  // …a good one is saved, and a line is removed.
  await line.locator("input[name=quantity]").fill("3");
  await line.getByRole("button", { name: "Update" }).click();
  await expect(page).toHaveURL(/\/en\/cart\??$/);
  await expect(line.locator("input[name=quantity]")).toHaveValue("3");
  await line.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByTestId("cart-line")).toHaveCount(0);
  await context.close();
});
