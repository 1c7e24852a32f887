## Products
product-status-draft = 下書き
product-status-published = 販売中
product-status-archived = アーカイブ済み

## Catalog errors
error-price-negative = 価格をマイナスにすることはできません。
error-price-fractional = 価格はドン単位の整数で入力してください（小数は使えません）。
error-price-invalid = 価格をドンで入力してください（例：150000）。
error-stock-negative = 在庫を 0 未満にすることはできません。
error-stock-invalid = 在庫は整数で入力してください。
error-weight-invalid = 重さを 1〜100,000 グラムで入力してください。
error-sku-invalid = 半角英数字、ハイフン、アンダースコア、ドットを 1〜64 文字で入力してください。
error-lot-code-invalid = 半角英数字、ハイフン、アンダースコア、ドットを 3〜40 文字で入力してください。
error-gtin-invalid = 有効な GTIN（バーコード番号）ではありません。数字を確認してください。
error-ocop-stars = OCOP の評価は 3、4、5 つ星のいずれかです。
error-ocop-level = 省レベルか国家レベルを選んでください。
