# Vietnamese is the source language of HTX Market. Every other locale has exactly these ids.

## Site frame
meta-description = HTX Market: the online marketplace of Vietnam's cooperatives. Traceable OCOP products, delivered across Vietnam and abroad.
skip-to-content = Skip to main content
nav-label = Main navigation
nav-cart = Cart
nav-account = My account
nav-login = Log in
nav-register = Sign up
nav-logout = Log out
language-switcher-label = Choose language
search-label = Search products
search-placeholder = Search honey, fish sauce, Shan Tuyet tea…
footer-tagline = Bringing the products of Vietnam's cooperatives to shoppers at home and abroad.
footer-languages = Languages
footer-open-source = Open source
footer-license = Released under the MIT licence.

## Home
home-title = OCOP products from Vietnam's cooperatives
home-eyebrow = The cooperatives' marketplace
home-heading = Vietnamese specialities, straight from where they're made
home-lead = Buy directly from cooperatives across Vietnam: certified OCOP products, every batch traceable, paid on delivery or by card.
home-cta-shop = Create an account
home-cta-login = I already have an account
home-features-heading = Why HTX Market
home-feature-origin-title = Known origin
home-feature-origin-body = Every batch has a QR code that leads to where it was grown, when it was harvested and how it was processed.
home-feature-ocop-title = OCOP certified
home-feature-ocop-body = OCOP star ratings and certificates are checked by our administrators before shoppers see them.
home-feature-languages-title = Five languages
home-feature-languages-body = Vietnamese, English, Chinese, Japanese and Korean, so Vietnamese products can reach shoppers everywhere.
home-coop-heading = Are you a cooperative?
home-coop-body = Soon cooperatives will be able to apply to sell, list products in several languages and take orders from anywhere. Create an account to be ready.

## Cart
cart-title = Cart
cart-empty = Your cart is empty.
cart-continue = Continue shopping

## Not found
not-found-title = Page not found
not-found-body = The page you're looking for doesn't exist or has moved.
not-found-home = Back to the home page

## Errors shared by every form and request
error-invalid-form = Please correct the highlighted fields below.
error-required = Please fill this in.
error-login-required = Please log in to continue.
error-forbidden = You're not allowed to do that.
error-not-found = We couldn't find what you asked for.
error-internal = Something went wrong on our side. Please try again in a few minutes.
error-bad-request = The request wasn't valid. Please reload the page and try again.
error-network = We couldn't reach the server. Please check your connection and try again.
error-body-too-large = The data you sent is too large.
error-cross-origin = Request refused: it didn't come from the HTX Market site.
error-invalid-utf8 = The data you sent isn't valid UTF-8 text.
error-registration-number-invalid = The registration number must be 10 digits, or 10 digits, a hyphen and 3 digits for a branch.
error-phone-invalid = That isn't a valid Vietnamese mobile or landline number.

## Plurals and units
minutes-left =
    { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }

## Storefront
breadcrumb-home = Home
breadcrumb-label = Breadcrumb
ocop-rating = { $count ->
    [one] OCOP 1 star
   *[other] OCOP { $count } stars
}
