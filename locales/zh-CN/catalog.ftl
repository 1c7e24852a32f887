## Products
product-status-draft = 草稿
product-status-published = 在售
product-status-archived = 已归档

## Catalog errors
error-price-negative = 价格不能为负数。
error-price-fractional = 价格以整数越南盾计，不能有小数。
error-price-invalid = 请输入越南盾价格，例如 150000。
error-stock-negative = 库存不能小于零。
error-stock-invalid = 库存请输入整数。
error-weight-invalid = 请输入 1 至 100,000 克之间的重量。
error-sku-invalid = 请使用 1 至 64 个英文字母、数字、连字符、下划线或点。
error-lot-code-invalid = 请使用 3 至 40 个英文字母、数字、连字符、下划线或点。
error-gtin-invalid = 这不是有效的 GTIN（条码编号），请检查数字。
error-ocop-stars = OCOP 评级为 3、4 或 5 星。
error-ocop-level = 请选择省级或国家级。
