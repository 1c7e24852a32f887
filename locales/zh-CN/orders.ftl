# 购物车、结算、订单、运费规则与支付。

nav-orders = 我的订单
nav-sell-orders = 待处理订单

cart-add = 加入购物车
cart-added = 已加入购物车。
cart-view = 查看购物车
cart-quantity = 数量
cart-quantity-for = { $variant } 的数量
cart-product = 商品
cart-price = 单价
cart-line-total = 金额
cart-update = 更新
cart-remove = 删除
cart-subtotal = 小计
cart-shipping-at-checkout = 运费将在结算时按合作社分别计算。
cart-checkout = 去结算
cart-blocked = 部分商品目前无法下单。请修改或删除这些商品后继续。
cart-price-changed = 部分商品在您加入购物车后已调价，购物车中显示的是最新价格。
cart-was = 原价 { $price }
cart-problem-unavailable = 已停售。
cart-problem-out-of-stock = 缺货。
cart-problem-short = 仅剩 { $stock } 件。

checkout-title = 结算
checkout-contact = 联系方式
checkout-phone = 电话
checkout-address = 收货地址
checkout-recipient = 收货人姓名
checkout-country = 国家/地区
checkout-province = 省/市
checkout-choose-province = 选择省/市
checkout-choose-ward = 选择街道/乡镇
checkout-choose-province-first = 请先选择省/市
checkout-ward = 街道/乡镇
checkout-street = 门牌号及街道
checkout-lines = 地址（街道、城市、邮政编码）
checkout-note = 配送备注（选填）
checkout-summary = 您的订单
checkout-shipping = 运费
checkout-free = 免运费
checkout-no-ship-abroad = 不配送至该国家/地区
checkout-total = 合计
checkout-indicative = 约 { $amount }（仅供参考，实际以越南盾支付）
checkout-payment = 支付方式
checkout-no-payment = 此订单暂无可用的支付方式。
checkout-place = 提交订单
checkout-some-left-out = 无法下单的商品未包含在订单中。
checkout-short = 部分商品库存不足您选择的数量，请在购物车中修改。
checkout-status-cod = 订单已提交，请在收货时付款。
checkout-status-awaiting_payment = 正在等待您完成银行卡支付。
checkout-status-paid = 支付成功，感谢您的购买！
checkout-status-expired = 支付时限已过，订单已取消。

payment-cod = 货到付款
payment-card = 银行卡（Stripe）

orders-checkout-title = 您的订单
orders-mine-title = 我的订单
orders-none = 暂无订单。
orders-number = 订单号
orders-date = 日期
orders-cooperative = 合作社
orders-recipient = 收货人
orders-units = 件数
orders-status = 状态
orders-order-number = 订单 { $number }
orders-pay-by = 请在 { $time } 前完成支付。
orders-pay-now = 使用银行卡支付
orders-tracking = 物流：
orders-cancel-reason = 取消原因：
orders-refunded = 此订单的款项已退还。
orders-history = 订单记录
orders-carrier = 物流公司
orders-tracking-code = 运单号
orders-reason = 原因
orders-action-confirm = 确认订单
orders-action-ship = 标记为已发货
orders-action-deliver = 标记为已送达
orders-action-complete = 确认收货
orders-action-cancel = 取消订单

order-status-pending_payment = 待付款
order-status-placed = 已下单
order-status-confirmed = 已确认
order-status-shipped = 已发货
order-status-delivered = 已送达
order-status-completed = 已完成
order-status-cancelled = 已取消

actor-shopper = 由买家操作
actor-cooperative = 由合作社操作
actor-system = 系统自动处理

sell-orders-title = 订单
sell-orders-all = 全部
sell-orders-csv = 导出 CSV
sell-orders-slip = 装箱单
slip-ship-to = 收货信息
slip-collect = 送货时代收现金 { $amount }。
slip-print = 打印

shipping-title = 运费规则
shipping-flat-fee = 越南境内运费(₫)
shipping-free-above = 免运费门槛(₫)
shipping-free-above-hint = 留空则不提供免运费。
shipping-international = 海外运费(₫)
shipping-international-hint = 如不配送至海外，请留空。
shipping-cod = 支持货到付款
shipping-provinces = 特定省份运费
shipping-provinces-hint = 留空则使用越南境内运费。
shipping-save = 保存运费规则
shipping-saved = 运费规则已保存。

csv-order = 订单号
csv-date = 日期
csv-status = 状态
csv-payment = 支付方式
csv-recipient = 收货人
csv-phone = 电话
csv-address = 地址
csv-sku = SKU
csv-product = 商品
csv-variant = 规格
csv-quantity = 数量
csv-unit-price = 单价(VND)
csv-shipping = 运费(VND)
csv-total = 订单总额(VND)
csv-carrier = 物流公司
csv-tracking = 运单号

country-VN = 越南
country-US = 美国
country-CN = 中国
country-JP = 日本
country-KR = 韩国
country-TW = 中国台湾
country-SG = 新加坡
country-TH = 泰国
country-MY = 马来西亚
country-AU = 澳大利亚
country-CA = 加拿大
country-GB = 英国
country-DE = 德国
country-FR = 法国
country-NL = 荷兰
country-HK = 中国香港

error-quantity = 请输入 1 至 999 之间的整数。
error-not-enough-stock = 库存不足。
error-product-unavailable = 该商品已停售。
error-cart-full = 购物车已满。请先结算或删除部分商品。
error-cart-empty = 您的购物车是空的。
error-cart-unavailable = 购物车中有商品已停售，请检查购物车。
error-out-of-stock = 抱歉，您订单中的某件商品刚刚售罄，请检查购物车。
error-checkout-price-changed = 结算期间价格发生了变化。请确认新的合计金额后重新提交订单。
error-address-characters = 请删除 < > 和控制字符。
error-country = 暂不支持配送至该国家/地区。
error-payment-method = 请选择支付方式。
error-cod-unavailable = 您订单中有合作社不支持货到付款，请选择银行卡支付。
error-card-unavailable = 银行卡支付暂不可用。
error-payment-unavailable = 无法连接支付服务，请稍后重试。
error-no-international-shipping = 您订单中有合作社不配送至该国家/地区。
error-form-tampered = 表单在此页面之外被修改。请刷新页面后重试。
error-order-transition = 该订单当前无法进行此操作。
error-cancel-reason = 请填写取消订单的原因。
error-tracking-required = 请填写物流公司和运单号。
error-order-status = 未知的订单状态。

mail-order-placed-subject = 您的 HTX Market 订单
mail-order-placed-body =
    感谢您的订购。

    { $orders }

    合计：{ $total }
    支付方式：{ $payment }

    查看订单进度：{ $link }
mail-coop-new-order-subject = 新订单 { $number }
mail-coop-new-order-body =
    您收到一笔新订单 { $number }，金额 { $total }（{ $payment }）。

    请打开订单进行确认并发货：{ $link }
mail-order-status-subject = 订单 { $number }：{ $status }
mail-order-status-body =
    订单 { $number } 当前状态：{ $status }。
    { $tracking }
    { $reason }

    { $link }

nav-admin-payments = 支付
admin-payments-title = 支付与结算
admin-payments-balances = 应付合作社款项
admin-payments-gross = 销售额
admin-payments-commission = 佣金
admin-payments-paid-out = 已结算
admin-payments-owed = 应付
admin-payments-own-rate = 专属佣金（%）
admin-payments-set = 设置
admin-payments-payout = 记录结算
admin-payments-amount = 金额（₫）
admin-payments-reference = 银行转账参考号
admin-payments-record = 记录
admin-payments-settings = 设置
admin-payments-commission-percent = 每笔订单的佣金（%）
admin-payments-card-minutes = 银行卡付款时限（分钟），逾期释放库存
admin-payments-rates = 参考汇率（每单位货币折合越南盾）
admin-payments-rate = 1 { $currency } 折合越南盾
admin-payments-save = 保存设置
admin-payments-payouts = 最近的结算
error-percent = 请输入 0 到 50 之间的百分比，最多两位小数。
error-card-minutes = 请输入 35 到 1440 之间的分钟数。
error-rate = 请输入正数汇率，最多三位小数。
error-payout-amount = 请输入大于零的整数越南盾金额。
error-payout-too-much = 该金额超过了应付给合作社的款项。
error-ward-unknown = 请选择该省/市下的街道/乡镇。

home-featured = HTX Market 精选
admin-featured-title = 首页精选
admin-featured-label = 商品，每行一个地址或 slug
admin-featured-hint = 最多 12 个，按显示顺序排列。可粘贴商品地址，例如 https://…/zh-CN/products/…。
admin-featured-save = 保存精选商品
error-featured-too-many = 最多只能精选 12 个商品。
error-featured-unknown = 有一行不是买家可见的商品。
