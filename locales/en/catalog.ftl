## Products
product-status-draft = Draft
product-status-published = Published
product-status-archived = Archived

## Catalog errors
error-price-negative = A price cannot be negative.
error-price-fractional = Prices are in whole đồng, without decimals.
error-price-invalid = Enter a price in đồng, for example 150000.
error-stock-negative = Stock cannot be below zero.
error-stock-invalid = Enter stock as a whole number.
error-weight-invalid = Enter a weight in grams between 1 and 100,000.
error-sku-invalid = Use 1 to 64 letters, digits, hyphens, underscores or dots.
error-lot-code-invalid = Use 3 to 40 letters, digits, hyphens, underscores or dots.
error-gtin-invalid = This is not a valid GTIN (barcode number): check its digits.
error-ocop-stars = OCOP ratings are 3, 4 or 5 stars.
error-ocop-level = Choose provincial or national.

## Seller's catalog
products-title = Products
products-new = New product
products-empty = No products yet.
products-stock = In stock
products-translations = Languages
products-missing = missing
products-updated = Updated
products-edit-title = Edit product
products-back = ← Products
products-view-public = View the public page
products-make-draft = Back to draft
products-make-published = Publish
products-make-archived = Archive
products-section-basics = Basics
products-section-texts = Name and description for shoppers
products-texts-hint = Vietnamese is required; add the languages your customers read. Shoppers see Vietnamese where a language is missing.
products-section-variants = Variants and prices
products-variants-hint = One row per size or package, for example a 250 g and a 500 g jar. Prices in whole đồng. Empty rows are ignored.
products-choose = Choose…
products-save = Save
product-field-name = Name
product-field-short = Short description
product-field-description = Description
product-field-category = Category
product-field-unit = Sold by
product-field-origin = Province of origin
product-field-gtin = Barcode (GTIN)
product-gtin-hint = Optional: the 8, 12, 13 or 14 digits under the barcode.
variant-field-sku = SKU
variant-field-label = Size or package
variant-field-price = Price (₫)
variant-field-stock = Stock
variant-field-weight-grams = Weight (g)
unit-jar = Jar
unit-bottle = Bottle
unit-bag = Bag
unit-box = Box
unit-pack = Pack
unit-kg = Kilogram
unit-piece = Piece
unit-set = Set

## Shoppers
home-newest = New on HTX Market
product-price-from = from { $price }
product-by = By
product-in-stock = In stock
product-out-of-stock = Out of stock
product-fallback = This product has no description in your language yet; here it is in Vietnamese.

## Catalog errors (continued)
error-unit-invalid = Choose how the product is sold.
error-name-needed = Give a name in this language too, or leave its description empty.
error-sku-duplicate = Each variant needs its own SKU.
error-sku-taken = Another product already uses this SKU.
error-variant-required = Add at least one variant with its price.
error-catalog-not-approved = Only an approved cooperative can change its products.
error-category-unknown = Choose a category from the list.

## Traceability
date-day = { $month }/{ $day }/{ $year }
ocop-stars = { $count ->
    [one] { $count } star
   *[other] { $count } stars
}
cert-ocop = OCOP
cert-vietgap = VietGAP
cert-globalgap = GlobalG.A.P.
cert-organic = Organic
cert-haccp = HACCP
cert-halal = Halal
cert-other = Certified
product-trace = Where this comes from
trace-title = Batch { $lot }
trace-produced-on = Produced on
trace-place = Place
trace-quantity = Quantity
trace-timeline = From field to package
trace-qr = QR code of this batch (SVG, for print)
step-harvest = Harvest
step-sorting = Sorting
step-drying = Drying
step-fermenting = Fermenting
step-roasting = Roasting
step-milling = Milling
step-weaving = Weaving
step-firing = Kiln firing
step-testing = Quality testing
step-packing = Packing
batches-title = Batches and traceability
batches-new = New batch
batches-add = Add batch
batches-labels = Print QR labels
batches-print = Print
batch-lot-code = Lot code
batch-lot-code-hint = Printed on the package, e.g. UM-2026-11. Letters, digits and hyphens.
batch-produced-on = Produced or harvested on
batch-commune = Commune
batch-quantity = Quantity
batch-quantity-unit = Unit (kg, jars, …)
batch-step = Step
batch-step-date = Date
batch-step-note = Note
error-date-invalid = Enter a date that is not in the future.
error-step-kind = Choose a step from the list.
error-lot-code-taken = This lot code is already used.

## Certifications
certs-title = Certifications
certs-new = Declare a certification
certs-add = Send for verification
cert-status-pending = awaiting verification
cert-status-verified = verified
cert-status-rejected = rejected
cert-expires = expires
cert-expiry-warning = This certificate expires within 30 days (or has expired): renew it so shoppers keep seeing the badge.
cert-field-kind = Scheme
cert-field-number = Certificate number
cert-field-stars = OCOP stars
cert-field-level = Issued by
cert-field-issued-on = Issued on
cert-field-expires-on = Expires on
cert-expiry-hint = For OCOP, leave empty: certificates are valid for 36 months.
ocop-level-provincial = Provincial committee
ocop-level-national = National committee
nav-admin-ocop = Verify certifications
admin-ocop-title = Certifications to verify
admin-ocop-empty = No certification is waiting.
admin-ocop-verify = Verify
admin-ocop-reject = Reject
error-cert-kind = Choose a certification scheme.
error-expiry-before-issue = The expiry date must come after the issue date.

## Browsing
home-categories = Browse by category
home-five-star = 5-star OCOP products
category-count = { $count ->
    [one] { $count } product
   *[other] { $count } products
}
pagination-label = Pages
pagination-previous = ← Previous
pagination-next = Next →
pagination-position = Page { $page } of { $pages }

## Photos
photos-title = Photos
photos-hint = Up to 10 photos: JPEG, PNG or WebP, at most 10 MB and 40 megapixels. The first is the cover. Location and camera data are removed.
photos-processing = Preparing…
photos-cover = Cover
photos-up = Move up
photos-down = Move down
photos-remove = Remove
photos-file = Photo
error-photo-limit = A product can have at most 10 photos.
error-image-too-many-pixels = This image has too many pixels (more than 40 megapixels).

## Seller tools
products-preview = Preview as a shopper
products-preview-note = Preview: this is how shoppers will see the product once it is published.
products-duplicate = Duplicate
products-stock-title = Stock
products-stock-delta = Add or remove (negative)
products-stock-apply = Apply

## Import
import-title = Import from a spreadsheet
import-lead = One row per variant; rows with the same product_key make one product. Imported products are drafts: check them, then publish.
import-template = Download the template (with your current products)
import-file = CSV or XLSX file (at most 10 MB)
import-check = Check only
import-run = Import
import-hint = Nothing is created unless the whole file is correct. CSV may be UTF-8, UTF-16 or Windows-1258.
import-summary = { $rows } rows, { $products } products
import-done = Imported: the products are in your list as drafts.
import-clean = No problems found: you can import this file.
import-problems = { $count ->
    [one] { $count } problem: nothing was imported.
   *[other] { $count } problems: nothing was imported.
}
import-row = Row
import-column = Column
import-problem = Problem
error-import-encoding = The file's text encoding could not be read. Save it as CSV UTF-8 or XLSX.
error-import-file = This is not a readable CSV or XLSX file.
error-import-empty = The file is empty.
error-import-column-missing = This column is missing from the header row.
error-import-too-many-rows = The file has too many rows (at most 20,000).
cert-scan-view = View scan
cert-scan-attach = Attach a scan of the certificate (PDF, JPEG or PNG)
cert-scan-replace = Replace the scan
cert-scan-none = No scan attached
error-cert-decided = This certificate has already been reviewed; declare it again to change it.
mail-cert-expiry-subject = HTX Market: the { $scheme } certificate of { $product } expires soon
mail-cert-expiry-body =
    Hello,

    The { $scheme } certificate number { $number } of { $product } expires on { $date }.
    After that date shoppers will no longer see its badge on the product page.
    Renew it and declare the new certificate on the product's page in your seller dashboard.

    HTX Market
upload-sending = Uploading… { $percent }%
upload-failed = The upload did not go through. Check your connection and try again.
import-processing = Uploaded; checking every row…
batch-photos-add = Add a photo of this batch
trace-photos = Photos of this batch
error-batch-photo-limit = A batch can have at most 6 photos.

feed-title = HTX Market: products of Vietnamese cooperatives

nav-admin-moderation = Moderation
nav-admin-users = Users
moderation-title = Reported and hidden products
moderation-none = Nothing to look at.
moderation-actions = Actions
moderation-hidden = Hidden
moderation-hide = Hide
moderation-restore = Show again
moderation-dismiss = Dismiss report
users-title = Users
users-search = Search by email or name
users-disabled = Disabled
users-disable = Disable
users-enable = Enable
report-product = Report this product
report-reason = What is wrong with it?
report-send = Send report
report-sent = Thank you. The administrators will look at it.
error-disable-self = You cannot disable your own account.
mail-product-hidden-subject = Your product "{ $product }" is hidden
mail-product-hidden-body =
    The administrators of HTX Market have hidden your product "{ $product }" from shoppers.

    Reason: { $reason }

    Correct the product, then reply to this mail so they can show it again.
mail-product-restored-subject = Your product "{ $product }" is shown again
mail-product-restored-body =
    The administrators of HTX Market show your product "{ $product }" to shoppers again.

## Product page, category and trace pages
product-choose-variant = Choose a size
product-shipping-free = Free shipping
product-shipping-fee = Shipping { $price }
product-shipping-free-above = free above { $price }
product-ships-abroad = Ships abroad
category-description = { $count } OCOP products in { $name } from Vietnamese cooperatives, with traceable batches.
trace-description = Where { $product }, batch { $lot }, comes from: cooperative, harvest and certificates.
