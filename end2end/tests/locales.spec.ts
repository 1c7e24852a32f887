import { expect, test } from "@playwright/test";

test.describe("languages", () => {
  test("/ redirects by Accept-Language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ja-JP" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/ja\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("link", { name: "ログイン" }).first()).toBeVisible();
    await context.close();
  });

  test("/ falls back to Vietnamese", async ({ browser }) => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/vi\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await context.close();
  });

  test("the switcher keeps the page and remembers the choice", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/en/register");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create an account");

    await page.getByTestId("language-switcher").locator("summary").click();
    await page.getByRole("link", { name: "한국어" }).click();
    await expect(page).toHaveURL(/\/ko\/register$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Create an account");

    await page.getByTestId("language-switcher").locator("summary").click();
    await page.getByRole("link", { name: "简体中文" }).click();
    await expect(page).toHaveURL(/\/zh-CN\/register$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");

    // The lang cookie now beats the browser's Accept-Language.
    await page.goto("/");
    await expect(page).toHaveURL(/\/zh-CN\/$/);
    await context.close();
  });

  test("every alternate is the canonical address of that language's page", async ({ page, request }) => {
    const products = await (await request.get("/api/v1/products?locale=en&per_page=1")).json();
    const product = new URL(products.products[0].url).pathname;
    for (const start of ["/vi/", "/en/c/food", product, "/en/coops"]) {
      await page.goto(start);
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
        links.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")] as [string, string]),
      );
      expect(alternates.map(([l]) => l).sort(), start).toEqual(["en", "ja", "ko", "vi", "x-default", "zh-CN"]);
      for (const [lang, href] of alternates) {
        expect(href, `${start} ${lang}`).toMatch(/^https?:\/\//);
        await page.goto(href);
        expect(page.url(), `${start} ${lang}: no redirect`).toBe(href);
        const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
        expect(canonical, `${start} ${lang}`).toBe(href);
      }
    }
  });

  test("unknown pages answer a localized 404", async ({ page }) => {
    const response = await page.goto("/en/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    const vi = await page.goto("/vi/khong-co-trang-nay");
    expect(vi?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  });
});
