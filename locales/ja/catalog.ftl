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

## Seller's catalog
products-title = 商品
products-new = 新規商品
products-empty = 商品はまだありません。
products-stock = 在庫
products-translations = 言語
products-missing = 未入力
products-updated = 更新日
products-edit-title = 商品を編集
products-back = ← 商品一覧
products-view-public = 公開ページを表示
products-make-draft = 下書きに戻す
products-make-published = 販売を開始
products-make-archived = アーカイブする
products-section-basics = 基本情報
products-section-texts = お客様向けの商品名と説明
products-texts-hint = ベトナム語は必須です。お客様が読む言語も追加してください。未入力の言語では、ベトナム語が表示されます。
products-section-variants = バリエーションと価格
products-variants-hint = サイズや包装ごとに 1 行ずつ入力します（例：250 g の瓶と 500 g の瓶）。価格はドン単位の整数で入力してください。空の行は無視されます。
products-choose = 選択…
products-save = 保存
product-field-name = 商品名
product-field-short = 短い説明
product-field-description = 商品説明
product-field-category = カテゴリー
product-field-unit = 販売単位
product-field-origin = 産地（省・市）
product-field-gtin = バーコード（GTIN）
product-gtin-hint = 任意：バーコードの下にある 8・12・13・14 桁の数字。
variant-field-sku = SKU
variant-field-label = サイズ・包装
variant-field-price = 価格(₫)
variant-field-stock = 在庫
variant-field-weight-grams = 重さ(g)
unit-jar = 瓶
unit-bottle = ボトル
unit-bag = 袋
unit-box = 箱
unit-pack = パック
unit-kg = キログラム
unit-piece = 個
unit-set = セット

## Shoppers
home-newest = HTX Market の新着商品
product-price-from = { $price }から
product-by = 出品者：
product-in-stock = 在庫あり
product-out-of-stock = 在庫切れ
product-fallback = この商品にはまだお使いの言語の説明がないため、ベトナム語で表示しています。

## Catalog errors (continued)
error-unit-invalid = 販売単位を選んでください。
error-name-needed = この言語の商品名も入力するか、説明を空欄にしてください。
error-sku-duplicate = バリエーションごとに別々の SKU が必要です。
error-sku-taken = この SKU はすでに別の商品で使われています。
error-variant-required = 価格を入れたバリエーションを 1 つ以上追加してください。
error-catalog-not-approved = 商品を変更できるのは、承認済みの協同組合だけです。
error-category-unknown = 一覧からカテゴリーを選んでください。

## Traceability
date-day = { $year }年{ $month }月{ $day }日
ocop-stars = { $count }つ星
cert-ocop = OCOP
cert-vietgap = VietGAP
cert-globalgap = GlobalG.A.P.
cert-organic = オーガニック
cert-haccp = HACCP
cert-halal = ハラール
cert-other = 認証済み
product-trace = この商品の生産履歴
trace-title = ロット { $lot }
trace-produced-on = 生産日
trace-place = 生産地
trace-quantity = 数量
trace-timeline = 畑から包装まで
trace-qr = このロットの QR コード（印刷用 SVG）
step-harvest = 収穫
step-sorting = 選別
step-drying = 乾燥
step-fermenting = 発酵
step-roasting = 焙煎
step-milling = 精米・製粉
step-weaving = 機織り
step-firing = 窯焼き
step-testing = 品質検査
step-packing = 包装
batches-title = ロットとトレーサビリティ
batches-new = 新しいロット
batches-add = ロットを追加
batches-labels = QR ラベルを印刷
batches-print = 印刷
batch-lot-code = ロット番号
batch-lot-code-hint = 包装に印字されます（例：UM-2026-11）。半角英数字とハイフンを使えます。
batch-produced-on = 生産日または収穫日
batch-commune = 社（村）
batch-quantity = 数量
batch-quantity-unit = 単位（kg、瓶など）
batch-step = 工程
batch-step-date = 日付
batch-step-note = メモ
error-date-invalid = 今日以前の日付を入力してください。
error-step-kind = 一覧から工程を選んでください。
error-lot-code-taken = このロット番号はすでに使われています。

## Certifications
certs-title = 認証
certs-new = 認証を申告
certs-add = 確認を依頼
cert-status-pending = 確認待ち
cert-status-verified = 確認済み
cert-status-rejected = 却下
cert-expires = 有効期限
cert-expiry-warning = この認証は 30 日以内に有効期限が切れます（または切れています）。お客様にバッジが表示され続けるよう、更新してください。
cert-field-kind = 認証の種類
cert-field-number = 認証番号
cert-field-stars = OCOP の星の数
cert-field-level = 発行元
cert-field-issued-on = 発行日
cert-field-expires-on = 有効期限
cert-expiry-hint = OCOP の場合は空欄のままにしてください（認証の有効期間は 36 か月です）。
ocop-level-provincial = 省レベルの審査委員会
ocop-level-national = 国家レベルの審査委員会
nav-admin-ocop = 認証の確認
admin-ocop-title = 確認待ちの認証
admin-ocop-empty = 確認待ちの認証はありません。
admin-ocop-verify = 確認済みにする
admin-ocop-reject = 却下
error-cert-kind = 認証の種類を選んでください。
error-expiry-before-issue = 有効期限は発行日より後の日付にしてください。

## Browsing
home-categories = カテゴリーから探す
home-five-star = 5つ星の OCOP 商品
category-count = { $count } 点
pagination-label = ページ
pagination-previous = ← 前へ
pagination-next = 次へ →
pagination-position = { $page } / { $pages } ページ

## Photos
photos-title = 商品写真
photos-hint = 最大 10 枚：JPEG、PNG、WebP で、10 MB・4,000 万画素まで。1 枚目がカバー写真になります。位置情報やカメラ情報は削除されます。
photos-processing = 処理中…
photos-cover = カバー
photos-up = 前へ
photos-down = 後ろへ
photos-remove = 削除
photos-file = 写真
error-photo-limit = 1 つの商品に登録できる写真は 10 枚までです。
error-image-too-many-pixels = 画素数が多すぎます（4,000 万画素を超えています）。

## Seller tools
products-preview = 購入者として表示
products-preview-note = プレビュー：販売開始後、購入者にはこのように表示されます。
products-duplicate = 複製
products-stock-title = 在庫
products-stock-delta = 増減（マイナスで減少）
products-stock-apply = 反映

## Import
import-title = 表計算ファイルから取り込む
import-lead = 1 行が 1 バリエーションです。product_key が同じ行は 1 つの商品になります。取り込んだ商品は下書きです。確認してから販売を開始してください。
import-template = テンプレートをダウンロード（現在の商品入り）
import-file = CSV または XLSX ファイル（10 MB まで）
import-check = チェックのみ
import-run = 取り込む
import-hint = ファイル全体が正しい場合にのみ作成されます。CSV は UTF-8、UTF-16、Windows-1258 に対応しています。
import-summary = { $rows } 行、{ $products } 商品
import-done = 取り込みました。商品は下書きとして一覧にあります。
import-clean = 問題はありません。このファイルを取り込めます。
import-problems = { $count } 件の問題があるため、何も取り込まれていません。
import-row = 行
import-column = 列
import-problem = 問題
error-import-encoding = ファイルの文字コードを読み取れません。CSV UTF-8 または XLSX で保存してください。
error-import-file = 読み取れる CSV または XLSX ファイルではありません。
error-import-empty = ファイルが空です。
error-import-column-missing = 見出し行にこの列がありません。
error-import-too-many-rows = 行数が多すぎます（20,000 行まで）。
cert-scan-view = スキャンを見る
cert-scan-attach = 認証書のスキャンを添付（PDF、JPEG、PNG）
cert-scan-replace = スキャンを差し替える
cert-scan-none = スキャン未添付
error-cert-decided = この認証はすでに審査済みです。変更する場合は改めて申請してください。
mail-cert-expiry-subject = HTX Market：{ $product } の { $scheme } 認証の有効期限が近づいています
mail-cert-expiry-body =
    こんにちは。

    { $product } の { $scheme } 認証（番号 { $number }）は { $date } に有効期限が切れます。
    期限後は、商品ページにバッジが表示されなくなります。
    更新のうえ、出品者ダッシュボードの商品ページで新しい認証を申請してください。

    HTX Market
upload-sending = アップロード中… { $percent }%
upload-failed = アップロードできませんでした。接続を確認して、もう一度お試しください。
import-processing = アップロード完了。各行を確認しています…
batch-photos-add = このロットの写真を追加
trace-photos = このロットの写真
error-batch-photo-limit = 1 つのロットに登録できる写真は 6 枚までです。

feed-title = HTX Market：ベトナムの協同組合の商品

nav-admin-moderation = モデレーション
nav-admin-users = ユーザー
moderation-title = 報告された商品と非表示の商品
moderation-none = 確認が必要なものはありません。
moderation-actions = 操作
moderation-hidden = 非表示
moderation-hide = 非表示にする
moderation-restore = 再表示する
moderation-dismiss = 報告を却下
users-title = ユーザー
users-search = メールまたは名前で検索
users-disabled = 無効
users-disable = 無効にする
users-enable = 有効にする
report-product = この商品を報告
report-reason = どのような問題がありますか？
report-send = 報告を送信
report-sent = ありがとうございます。管理者が確認します。
error-disable-self = 自分のアカウントは無効にできません。
mail-product-hidden-subject = 【HTX Market】商品「{ $product }」が非表示になりました
mail-product-hidden-body =
    HTX Market の管理者が、商品「{ $product }」を購入者に表示しないようにしました。

    理由：{ $reason }

    商品を修正のうえ、このメールに返信してください。再表示を検討します。
mail-product-restored-subject = 【HTX Market】商品「{ $product }」が再表示されました
mail-product-restored-body =
    HTX Market の管理者が、商品「{ $product }」を購入者に再び表示しました。

## Product page, category and trace pages
product-choose-variant = サイズを選択
product-shipping-free = 送料無料
product-shipping-fee = 送料 { $price }
product-shipping-free-above = { $price } 以上で送料無料
product-ships-abroad = 海外発送可
category-description = ベトナムの協同組合による{ $name }の OCOP 商品 { $count } 点。ロットごとに追跡できます。
trace-description = { $product }（ロット { $lot }）の産地：協同組合、収穫、認証。
