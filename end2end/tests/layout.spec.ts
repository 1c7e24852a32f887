import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

// Every shopper page, on a phone (360x740) and a desktop (1366x900), in every language: nothing
// scrolls sideways, and the first screen shows what a shopper came for.

const LOCALES = ["vi", "en", "zh-CN", "ja", "ko"];
const SCREENS = [
  { name: "phone", width: 360, height: 740 },
  { name: "desktop", width: 1366, height: 900 },
];

/** The catalog's own pages in `locale`: a product with several variants, its cooperative and a lot. */
async function catalogPages(request: APIRequestContext, locale: string) {
  const list = await (await request.get(`/api/v1/products?locale=${locale}&per_page=50`)).json();
  let product = "";
  let lot = "";
  for (const p of list.products) {
    const detail = await (await request.get(`/api/v1/products/${p.id}?locale=${locale}`)).json();
    if (!product && detail.variants.length > 1 && detail.variants.some((v: { in_stock: boolean }) => v.in_stock)) {
      product = new URL(detail.url).pathname;
    }
    if (!lot && detail.latest_lot_code) lot = detail.latest_lot_code;
    if (product && lot) break;
  }
  const coops = await (await request.get(`/api/v1/cooperatives?locale=${locale}`)).json();
  const coop = (coops.cooperatives ?? coops.items ?? coops)[0].slug;
  expect(product, "a product with several variants in stock").not.toBe("");
  return { product, coop: `/${locale}/coops/${coop}`, trace: `/${locale}/trace/${lot}` };
}

async function noSidewaysScroll(page: Page, path: string) {
  const { scroll, viewport } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(scroll, `${path} is ${scroll}px wide in a ${viewport}px window`).toBeLessThanOrEqual(viewport);
}

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  expect(b, selector).not.toBeNull();
  return b!;
}

for (const screen of SCREENS) {
  for (const locale of LOCALES) {
    test(`${screen.name} ${locale}: shopper pages fit the screen and lead with products`, async ({ browser }) => {
      const phone = screen.name === "phone";
      const context = await browser.newContext({
        viewport: { width: screen.width, height: screen.height },
        deviceScaleFactor: phone ? 2 : 1,
        isMobile: phone,
        hasTouch: phone,
      });
      const page = await context.newPage();
      const { product, coop, trace } = await catalogPages(context.request, locale);
      const pages = [
        `/${locale}/`,
        `/${locale}/c/food`,
        `/${locale}/search?q=mat+ong`,
        product,
        coop,
        trace,
        `/${locale}/cart`,
        `/${locale}/checkout`,
        `/${locale}/login`,
      ];
      // The bundle files each page asks for: the storefront's pages only the storefront's.
      let bundles = new Set<string>();
      page.on("request", (r) => {
        const p = new URL(r.url()).pathname;
        if (/\.(js|wasm)$/.test(p) && p.includes("/pkg/")) bundles.add(p.slice(0, p.indexOf("/pkg/")) || "storefront");
      });
      for (const path of pages) {
        bundles = new Set();
        const response = await page.goto(path);
        expect(response?.status(), path).toBeLessThan(400);
        const bundle = /\/checkout$/.test(path) ? "/shop" : path.endsWith("/login") ? "/account" : "storefront";
        await expect.poll(() => [...bundles].sort().join(), path).toBe(bundle);
        await noSidewaysScroll(page, path);
        // Cards show the picture, name, price and the cooperative's trading name (never the legal
        // "Hợp tác xã …" name).
        for (const card of await page.locator(".product-card").all()) {
          await expect(card.locator(".product-card-name")).not.toBeEmpty();
          await expect(card.locator(".price")).toContainText("₫");
          await expect(card.locator(".product-card-coop")).not.toHaveText(/^Hợp tác xã/);
        }
      }

      // The header: one row of brand, language, cart and account; the search box under it on a phone.
      await page.goto(`/${locale}/`);
      const brand = await box(page, ".brand");
      const cart = await box(page, ".cart-link");
      const search = await box(page, ".header-search input");
      expect(Math.abs(brand.y + brand.height / 2 - (cart.y + cart.height / 2)), "brand and cart on one row").toBeLessThan(8);
      if (phone) {
        expect(search.y, "search box under the first row").toBeGreaterThanOrEqual(brand.y + brand.height);
        const header = await box(page, ".site-header");
        expect(header.height, "header height").toBeLessThan(130);
      }
      // The home page opens on products.
      const firstCard = await box(page, ".product-card");
      expect(firstCard.y, "a product in the first screen").toBeLessThan(screen.height - 80);

      // The product page: price, the choice of variant and the button in the first screen.
      await page.goto(product);
      for (const selector of ["[data-testid=buy-price]", ".variant-choice", "[data-testid=add-to-cart]"]) {
        const b = await box(page, selector);
        expect(b.y + b.height, `${selector} in the first screen`).toBeLessThanOrEqual(screen.height);
        expect(b.x + b.width, `${selector} within the width`).toBeLessThanOrEqual(screen.width);
      }
      if (phone) {
        // The buy bar stays at the bottom while the shopper reads on.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        const bar = await box(page, "[data-testid=buy-bar]");
        expect(bar.y + bar.height).toBeLessThanOrEqual(screen.height + 1);
        expect(bar.y).toBeGreaterThan(screen.height - 120);
        await expect(page.locator("[data-testid=buy-bar] button")).toBeInViewport();
      } else {
        // The gallery beside the buy box, tops aligned.
        const gallery = await box(page, "[data-testid=gallery]");
        const buy = await box(page, "[data-testid=buy-box]");
        expect(gallery.x + gallery.width, "gallery left of the buy box").toBeLessThanOrEqual(buy.x);
        expect(Math.abs(gallery.y - buy.y), "side by side").toBeLessThan(48);
        await expect(page.locator("[data-testid=buy-bar]")).toBeHidden();
      }
      await context.close();
    });
  }
}
