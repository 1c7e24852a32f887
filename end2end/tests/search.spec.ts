import { expect, test } from "@playwright/test";
import { hydrated } from "./helpers";

test("a shopper finds products by typing, with suggestions, facets and sorts", async ({ page }) => {
  await page.goto("/vi/");
  await hydrated(page);
  // Suggestions while typing, without tone marks; the matched words are marked.
  const box = page.locator("#site-search");
  await box.pressSequentially("mat ong", { delay: 30 });
  const suggestions = page.getByTestId("suggestions");
  await expect(suggestions.locator("a").first()).toContainText("Mật ong");
  await expect(suggestions.locator("mark").first()).toBeVisible();
  await box.press("Enter");
  await expect(page).toHaveURL(/\/vi\/search\?q=mat\+ong$/);
  const results = page.getByTestId("product-grid");
  await expect(results.locator("mark").first()).toHaveText(/Mật|ong/);
  const total = Number(await page.getByTestId("search-page").getAttribute("data-total"));
  expect(total).toBeGreaterThan(0);

  // A facet narrows and is shown as chosen; every state is in the URL.
  await page.getByTestId("facet-province").locator("a").first().click();
  await expect(page).toHaveURL(/province=/);
  await expect(page.getByTestId("facet-province").locator("a[aria-current=true]")).toHaveCount(1);
  const narrowed = Number(await page.getByTestId("search-page").getAttribute("data-total"));
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThanOrEqual(total);

  // Sorted by price, cheapest first.
  await page.getByTestId("search-sort").selectOption("price_asc");
  await page.getByRole("button", { name: "Áp dụng" }).click();
  await expect(page).toHaveURL(/sort=price_asc/);
  await expect(page).toHaveURL(/province=/);
});

test("typos, missing tone marks and other languages still find products", async ({ page }) => {
  await page.goto("/vi/search?q=nuoc+mam+phu+quco");
  await expect(page.getByTestId("product-grid")).toContainText("Phú Quốc");
  await page.goto("/en/search?q=honey");
  await expect(page.getByTestId("product-grid")).toContainText(/honey/i);
  await page.goto(`/zh-CN/search?q=${encodeURIComponent("蜂蜜")}`);
  await expect(page.getByTestId("product-grid")).toContainText("蜂蜜");
  // Nothing found: help, not an empty page.
  await page.goto("/en/search?q=zzzzqqqq");
  await expect(page.getByTestId("search-empty")).toContainText("No products match your search");
  // A malformed link is a clear, localized 400.
  const res = await page.goto("/en/search?q=honey&page=-1");
  expect(res?.status()).toBe(400);
  await expect(page.locator("main")).toContainText("The page number is not valid.");
});

test("search works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/");
  await page.locator("#site-search").fill("fish sauce");
  await page.locator("#site-search").press("Enter");
  await expect(page).toHaveURL(/\/en\/search\?q=fish\+sauce$/);
  await expect(page.getByTestId("product-grid")).toContainText(/fish sauce/i);
  await page.getByTestId("facet-in_stock").locator("a").click();
  await expect(page).toHaveURL(/in_stock=1/);
  await expect(page.getByTestId("product-grid")).toBeVisible();
  await context.close();
});
