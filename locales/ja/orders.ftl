# カート、ご購入手続き、注文、送料設定、お支払い。

nav-orders = 注文履歴
nav-sell-orders = 受注管理

cart-add = カートに入れる
cart-added = カートに追加しました。
cart-view = カートを見る
cart-quantity = 数量
cart-quantity-for = { $variant }の数量
cart-product = 商品
cart-price = 単価
cart-line-total = 金額
cart-update = 更新
cart-remove = 削除
cart-subtotal = 小計
cart-shipping-at-checkout = 送料はご購入手続きの際に、協同組合ごとに計算されます。
cart-checkout = ご購入手続きへ
cart-blocked = このままでは注文できない商品があります。変更または削除してから進んでください。
cart-price-changed = カートに追加した後で価格が変わった商品があります。カートには新しい価格が表示されています。
cart-was = 変更前：{ $price }
cart-problem-unavailable = 販売を終了しました。
cart-problem-out-of-stock = 在庫切れです。
cart-problem-short = 残り{ $stock }点です。

checkout-title = ご購入手続き
checkout-contact = 連絡先
checkout-phone = 電話番号
checkout-address = お届け先住所
checkout-recipient = お届け先の氏名
checkout-country = 国・地域
checkout-province = 省・市
checkout-choose-province = 省・市を選択
checkout-choose-ward = 町・村を選択
checkout-choose-province-first = 先に省・市を選択してください
checkout-ward = 町・村
checkout-street = 番地・通り名
checkout-lines = 住所（通り、市区町村、郵便番号）
checkout-note = 配送メモ（任意）
checkout-summary = ご注文内容
checkout-shipping = 送料
checkout-free = 無料
checkout-no-ship-abroad = この国・地域へは配送していません
checkout-total = 合計
checkout-indicative = 約{ $amount }（目安です。お支払いはベトナムドンになります）
checkout-payment = お支払い方法
checkout-no-payment = このご注文でご利用いただけるお支払い方法がありません。
checkout-place = 注文を確定する
checkout-some-left-out = 注文できない商品は除外しました。
checkout-short = 選んだ数量の在庫がない商品があります。カートで変更してください。
checkout-status-cod = ご注文を承りました。代金は商品のお受け取り時にお支払いください。
checkout-status-awaiting_payment = カードでのお支払いをお待ちしています。
checkout-status-paid = お支払いが完了しました。ありがとうございました！
checkout-status-expired = お支払い期限が過ぎたため、ご注文はキャンセルされました。

payment-cod = 代金引換
payment-card = カード（Stripe）

orders-checkout-title = ご注文内容
orders-mine-title = 注文履歴
orders-none = まだ注文はありません。
orders-number = 注文番号
orders-date = 日付
orders-cooperative = 協同組合
orders-recipient = お届け先
orders-units = 点数
orders-status = ステータス
orders-order-number = 注文 { $number }
orders-pay-by = { $time }までにお支払いください。
orders-pay-now = カードで支払う
orders-tracking = 配送情報：
orders-cancel-reason = キャンセル理由：
orders-refunded = このご注文のお支払いは返金されました。
orders-history = 履歴
orders-carrier = 配送業者
orders-tracking-code = 追跡番号
orders-reason = 理由
orders-action-confirm = 注文を承認する
orders-action-ship = 発送済みにする
orders-action-deliver = 配達済みにする
orders-action-complete = 商品を受け取りました
orders-action-cancel = 注文をキャンセル

order-status-pending_payment = お支払い待ち
order-status-placed = 注文受付
order-status-confirmed = 承認済み
order-status-shipped = 発送済み
order-status-delivered = 配達済み
order-status-completed = 完了
order-status-cancelled = キャンセル済み

actor-shopper = 購入者による操作
actor-cooperative = 協同組合による操作
actor-system = 自動処理

sell-orders-title = 受注一覧
sell-orders-all = すべて
sell-orders-csv = CSVをエクスポート
sell-orders-slip = 納品書
slip-ship-to = お届け先
slip-collect = 配達時に代金{ $amount }を現金で受け取ってください。
slip-print = 印刷

shipping-title = 送料設定
shipping-flat-fee = ベトナム国内の送料(₫)
shipping-free-above = 送料無料になる金額(₫)
shipping-free-above-hint = 送料無料を設定しない場合は空欄のままにしてください。
shipping-international = 海外への送料(₫)
shipping-international-hint = 海外へ発送しない場合は空欄のままにしてください。
shipping-cod = 代金引換を受け付ける
shipping-provinces = 特定の省の送料
shipping-provinces-hint = 空欄の場合はベトナム国内の送料が適用されます。
shipping-save = 送料設定を保存
shipping-saved = 送料設定を保存しました。

csv-order = 注文番号
csv-date = 日付
csv-status = ステータス
csv-payment = お支払い方法
csv-recipient = 受取人
csv-phone = 電話番号
csv-address = 住所
csv-sku = SKU
csv-product = 商品
csv-variant = バリエーション
csv-quantity = 数量
csv-unit-price = 単価(VND)
csv-shipping = 送料(VND)
csv-total = 注文合計(VND)
csv-carrier = 配送業者
csv-tracking = 追跡番号

country-VN = ベトナム
country-US = アメリカ合衆国
country-CN = 中国
country-JP = 日本
country-KR = 韓国
country-TW = 台湾
country-SG = シンガポール
country-TH = タイ
country-MY = マレーシア
country-AU = オーストラリア
country-CA = カナダ
country-GB = イギリス
country-DE = ドイツ
country-FR = フランス
country-NL = オランダ
country-HK = 香港

error-quantity = 1〜999の整数を入力してください。
error-not-enough-stock = 在庫が足りません。
error-product-unavailable = この商品は販売を終了しました。
error-cart-full = カートがいっぱいです。先にご購入手続きをするか、いくつかの商品を削除してください。
error-cart-empty = カートに商品が入っていません。
error-cart-unavailable = カート内に販売を終了した商品があります。カートをご確認ください。
error-out-of-stock = 申し訳ありません。ご注文の商品の一つがたった今売り切れました。カートをご確認ください。
error-checkout-price-changed = お手続き中に価格が変更されました。新しい合計金額をご確認のうえ、もう一度ご注文ください。
error-address-characters = < > や制御文字を削除してください。
error-country = この国・地域へは配送できません。
error-payment-method = お支払い方法を選択してください。
error-cod-unavailable = ご注文に、代金引換に対応していない協同組合が含まれています。カード払いを選択してください。
error-card-unavailable = 現在、カード払いはご利用いただけません。
error-payment-unavailable = 決済サービスに接続できませんでした。しばらくしてから、もう一度お試しください。
error-no-international-shipping = ご注文に、この国・地域へ配送していない協同組合が含まれています。
error-form-tampered = このページの外でフォームが変更されました。ページを再読み込みして、もう一度お試しください。
error-order-transition = 現在、この注文をそのように変更することはできません。
error-cancel-reason = キャンセルの理由を入力してください。
error-tracking-required = 配送業者と追跡番号を入力してください。
error-order-status = 不明な注文ステータスです。

mail-order-placed-subject = 【HTX Market】ご注文内容のお知らせ
mail-order-placed-body =
    ご注文ありがとうございます。

    { $orders }

    合計：{ $total }
    お支払い方法：{ $payment }

    ご注文の状況はこちらからご確認いただけます：{ $link }
mail-coop-new-order-subject = 新しい注文 { $number }
mail-coop-new-order-body =
    新しい注文 { $number }（{ $total }、{ $payment }）が入りました。

    注文を開いて、承認と発送を行ってください：{ $link }
mail-order-status-subject = 注文 { $number }：{ $status }
mail-order-status-body =
    注文 { $number } のステータスが「{ $status }」になりました。
    { $tracking }
    { $reason }

    { $link }

nav-admin-payments = 支払い
admin-payments-title = 支払いと送金
admin-payments-balances = 協同組合への未払い額
admin-payments-gross = 売上
admin-payments-commission = 手数料
admin-payments-paid-out = 送金済み
admin-payments-owed = 未払い
admin-payments-own-rate = 個別手数料（%）
admin-payments-set = 設定
admin-payments-payout = 送金を記録
admin-payments-amount = 金額（₫）
admin-payments-reference = 振込の参照番号
admin-payments-record = 記録する
admin-payments-settings = 設定
admin-payments-commission-percent = 注文ごとの手数料（%）
admin-payments-card-minutes = カード払いの期限（分）。過ぎると在庫を戻します
admin-payments-rates = 参考為替レート（1単位あたりのVND）
admin-payments-rate = 1 { $currency } あたりのVND
admin-payments-save = 設定を保存
admin-payments-payouts = 最近の送金
error-percent = 0〜50 の割合を小数点以下2桁までで入力してください。
error-card-minutes = 35〜1440 の分数を入力してください。
error-rate = 正のレートを小数点以下3桁までで入力してください。
error-payout-amount = 0 より大きいドンの整数金額を入力してください。
error-payout-too-much = 協同組合への未払い額を超えています。
error-ward-unknown = この省・市の町・村を選択してください。

home-featured = HTX Market のおすすめ
admin-featured-title = トップページのおすすめ
admin-featured-label = 商品（1行に1つのアドレスまたはスラッグ）
admin-featured-hint = 最大12件、表示順に並べます。商品のアドレス（例：https://…/ja/products/…）を貼り付けてください。
admin-featured-save = おすすめ商品を保存
error-featured-too-many = おすすめにできる商品は12件までです。
error-featured-unknown = 購入者が見られる商品ではない行があります。
