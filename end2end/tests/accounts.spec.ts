import { expect, test } from "@playwright/test";
import { mailTo, resetPathIn, uniqueEmail, waitForHydration } from "./helpers";

const PASSWORD = "mat-ong-rung-u-minh";

test("register, log out and log in again", async ({ page }) => {
  const email = uniqueEmail("lan");
  await page.goto("/en/register");
  await waitForHydration(page);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Display name").fill("Chị Lan");
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/en\/account$/);
  await expect(page.getByTestId("profile")).toContainText(email);
  await expect(page.getByTestId("account-menu")).toContainText("Chị Lan");

  // Log out from the account menu.
  await page.getByTestId("account-menu").locator("summary").click();
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.getByRole("link", { name: "Log in" }).first()).toBeVisible();

  // The account page now sends us to log in.
  await page.goto("/en/account");
  await expect(page).toHaveURL(/\/en\/login\?next=/);
  await waitForHydration(page);

  // A wrong password is refused with a message next to the form.
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Log in" }).last().click();
  await expect(page.getByTestId("form-alert")).toHaveText("Wrong email or password.");

  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).last().click();
  await expect(page).toHaveURL(/\/en\/account$/);
  await expect(page.getByTestId("profile")).toContainText("Chị Lan");
});

test("registration errors are shown next to their fields, in the page's language", async ({ page }) => {
  await page.goto("/vi/register");
  await waitForHydration(page);
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Tên hiển thị").fill("Anh Minh");
  await page.getByLabel("Mật khẩu", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();

  const email = page.locator("#field-email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-email-error")).toHaveText("Địa chỉ email không hợp lệ.");
  await expect(page.locator("#field-password-error")).toHaveText("Mật khẩu phải có ít nhất 10 ký tự.");
  await expect(email).toHaveAttribute("aria-describedby", "field-email-error");
  await expect(page).toHaveURL(/\/vi\/register$/);
});

test("a forgotten password is reset through the mailed link", async ({ page }) => {
  const email = uniqueEmail("quen");
  const created = await page.request.post("/api/auth/register", {
    form: { email, display_name: "Quên", password: PASSWORD, locale: "en" },
  });
  expect(created.ok()).toBeTruthy();
  await page.context().clearCookies();

  // Reach the form through the hydrated login page so the request goes without a reload.
  await page.goto("/en/login");
  await waitForHydration(page);
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/en\/forgot-password$/);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If this email has an account" })).toBeVisible();

  const mail = await mailTo(email);
  expect(mail).toContain("Subject: Reset your HTX Market password");
  await page.goto(resetPathIn(mail));
  await waitForHydration(page);
  await page.getByLabel("New password").fill("rung-tram-chim-2026");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByRole("status")).toHaveText("Your password has been changed. Log in with your new password.");

  await page.goto("/en/login");
  await waitForHydration(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("rung-tram-chim-2026");
  await page.getByRole("button", { name: "Log in" }).last().click();
  await expect(page).toHaveURL(/\/en\/account$/);
});
