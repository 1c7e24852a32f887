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
