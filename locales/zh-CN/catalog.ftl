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

## Seller's catalog
products-title = 商品
products-new = 新增商品
products-empty = 暂无商品。
products-stock = 库存
products-translations = 语言
products-missing = 缺失
products-updated = 更新时间
products-edit-title = 编辑商品
products-back = ← 商品
products-view-public = 查看公开页面
products-make-draft = 改回草稿
products-make-published = 上架
products-make-archived = 归档
products-section-basics = 基本信息
products-section-texts = 面向买家的名称和描述
products-texts-hint = 越南语为必填项；请添加您的顾客使用的其他语言。某种语言未填写时，买家将看到越南语内容。
products-section-variants = 规格与价格
products-variants-hint = 每种规格或包装占一行，例如 250 克罐装和 500 克罐装。价格以整数越南盾计。空行将被忽略。
products-choose = 请选择…
products-save = 保存
product-field-name = 名称
product-field-short = 简短描述
product-field-description = 详细描述
product-field-category = 类目
product-field-unit = 销售单位
product-field-origin = 产地（省/市）
product-field-gtin = 条码（GTIN）
product-gtin-hint = 选填：条码下方的 8、12、13 或 14 位数字。
variant-field-sku = SKU
variant-field-label = 规格或包装
variant-field-price = 价格(₫)
variant-field-stock = 库存
variant-field-weight-grams = 重量(g)
unit-jar = 罐
unit-bottle = 瓶
unit-bag = 袋
unit-box = 盒
unit-pack = 包
unit-kg = 千克
unit-piece = 个
unit-set = 套

## Shoppers
home-newest = HTX Market 新上架
product-price-from = { $price } 起
product-by = 出品方：
product-in-stock = 有货
product-out-of-stock = 缺货
product-fallback = 该商品尚未提供您所用语言的描述，以下为越南语原文。

## Catalog errors (continued)
error-unit-invalid = 请选择商品的销售单位。
error-name-needed = 请同时填写该语言的名称，或将该语言的描述留空。
error-sku-duplicate = 每个规格都需要单独的 SKU。
error-sku-taken = 此 SKU 已被另一件商品使用。
error-variant-required = 请至少添加一个带价格的规格。
error-catalog-not-approved = 只有已通过审核的合作社才能修改其商品。
error-category-unknown = 请从列表中选择类目。

## Traceability
date-day = { $year }年{ $month }月{ $day }日
ocop-stars = { $count } 星
cert-ocop = OCOP
cert-vietgap = VietGAP
cert-globalgap = GlobalG.A.P.
cert-organic = 有机
cert-haccp = HACCP
cert-halal = 清真
cert-other = 已认证
product-trace = 这件商品从哪里来
trace-title = 批次 { $lot }
trace-produced-on = 生产日期
trace-place = 产地
trace-quantity = 数量
trace-timeline = 从田间到包装
trace-qr = 本批次二维码（SVG，用于印刷）
step-harvest = 采收
step-sorting = 分拣
step-drying = 晾晒/烘干
step-fermenting = 发酵
step-roasting = 烘焙
step-milling = 碾磨
step-weaving = 编织
step-firing = 窑烧
step-testing = 质量检测
step-packing = 包装
batches-title = 批次与溯源
batches-new = 新批次
batches-add = 添加批次
batches-labels = 打印二维码标签
batches-print = 打印
batch-lot-code = 批号
batch-lot-code-hint = 印在包装上，例如 UM-2026-11。可使用英文字母、数字和连字符。
batch-produced-on = 生产或采收日期
batch-commune = 乡（社）
batch-quantity = 数量
batch-quantity-unit = 单位（千克、罐……）
batch-step = 工序
batch-step-date = 日期
batch-step-note = 备注
error-date-invalid = 请输入不晚于今天的日期。
error-step-kind = 请从列表中选择工序。
error-lot-code-taken = 此批号已被使用。

## Certifications
certs-title = 认证
certs-new = 申报认证
certs-add = 提交核验
cert-status-pending = 待核验
cert-status-verified = 已核验
cert-status-rejected = 已拒绝
cert-expires = 有效期至
cert-expiry-warning = 此证书将在 30 天内到期（或已过期）：请及时续期，让买家继续看到该标识。
cert-field-kind = 认证类型
cert-field-number = 证书编号
cert-field-stars = OCOP 星级
cert-field-level = 颁发机构
cert-field-issued-on = 颁发日期
cert-field-expires-on = 到期日期
cert-expiry-hint = OCOP 证书请留空：其有效期为 36 个月。
ocop-level-provincial = 省级委员会
ocop-level-national = 国家级委员会
nav-admin-ocop = 核验认证
admin-ocop-title = 待核验的认证
admin-ocop-empty = 暂无待核验的认证。
admin-ocop-verify = 核验通过
admin-ocop-reject = 拒绝
error-cert-kind = 请选择认证类型。
error-expiry-before-issue = 到期日期必须晚于颁发日期。

## Browsing
home-categories = 按类目浏览
home-five-star = 5 星 OCOP 商品
category-count = { $count } 件商品
pagination-label = 分页
pagination-previous = ← 上一页
pagination-next = 下一页 →
pagination-position = 第 { $page } 页，共 { $pages } 页

## Photos
photos-title = 商品图片
photos-hint = 最多 10 张：JPEG、PNG 或 WebP，每张不超过 10 MB 和 4000 万像素。第一张为封面。位置和相机信息会被删除。
photos-processing = 处理中…
photos-cover = 封面
photos-up = 前移
photos-down = 后移
photos-remove = 删除
photos-file = 图片
error-photo-limit = 每件商品最多 10 张图片。
error-image-too-many-pixels = 图片像素过多（超过 4000 万像素）。

## Seller tools
products-preview = 以买家视角预览
products-preview-note = 预览：商品上架后，买家看到的就是这样。
products-duplicate = 复制
products-stock-title = 库存
products-stock-delta = 增加或减少（负数）
products-stock-apply = 应用

## Import
import-title = 从表格导入
import-lead = 每行一个规格；product_key 相同的行属于同一商品。导入的商品为草稿：检查后再上架。
import-template = 下载模板（含现有商品）
import-file = CSV 或 XLSX 文件（最大 10 MB）
import-check = 仅检查
import-run = 导入
import-hint = 只有整个文件无误时才会创建商品。CSV 可使用 UTF-8、UTF-16 或 Windows-1258 编码。
import-summary = { $rows } 行，{ $products } 件商品
import-done = 已导入：商品已作为草稿出现在列表中。
import-clean = 未发现问题：可以导入此文件。
import-problems = { $count } 个问题：未导入任何内容。
import-row = 行
import-column = 列
import-problem = 问题
error-import-encoding = 无法识别文件编码。请另存为 CSV UTF-8 或 XLSX。
error-import-file = 这不是可读取的 CSV 或 XLSX 文件。
error-import-empty = 文件为空。
error-import-column-missing = 标题行缺少此列。
error-import-too-many-rows = 文件行数过多（最多 20,000 行）。
cert-scan-view = 查看扫描件
cert-scan-attach = 上传证书扫描件（PDF、JPEG 或 PNG）
cert-scan-replace = 替换扫描件
cert-scan-none = 尚未上传扫描件
error-cert-decided = 此证书已审核完毕；如需修改，请重新申报。
mail-cert-expiry-subject = HTX Market：{ $product } 的 { $scheme } 证书即将到期
mail-cert-expiry-body =
    您好：

    产品 { $product } 的 { $scheme } 证书（编号 { $number }）将于 { $date } 到期。
    到期后，买家将无法在产品页面看到该标识。
    请及时续期，并在卖家后台的产品页面申报新证书。

    HTX Market
upload-sending = 正在上传… { $percent }%
upload-failed = 上传未成功。请检查网络连接后重试。
import-processing = 已上传，正在逐行检查…
batch-photos-add = 为此批次添加照片
trace-photos = 本批次照片
error-batch-photo-limit = 每个批次最多 6 张照片。

feed-title = HTX Market：越南合作社的产品

nav-admin-moderation = 内容审核
nav-admin-users = 用户
moderation-title = 被举报和已隐藏的商品
moderation-none = 暂无需要处理的内容。
moderation-actions = 操作
moderation-hidden = 已隐藏
moderation-hide = 隐藏
moderation-restore = 重新显示
moderation-dismiss = 忽略举报
users-title = 用户
users-search = 按邮箱或名称搜索
users-disabled = 已停用
users-disable = 停用
users-enable = 启用
report-product = 举报此商品
report-reason = 这个商品有什么问题？
report-send = 提交举报
report-sent = 谢谢。管理员会进行查看。
error-disable-self = 您不能停用自己的账户。
mail-product-hidden-subject = 您的商品“{ $product }”已被隐藏
mail-product-hidden-body =
    HTX Market 管理员已对买家隐藏您的商品“{ $product }”。

    原因：{ $reason }

    请修改商品后回复此邮件，以便重新显示。
mail-product-restored-subject = 您的商品“{ $product }”已重新显示
mail-product-restored-body =
    HTX Market 管理员已重新向买家显示您的商品“{ $product }”。

## Product page, category and trace pages
product-choose-variant = 选择规格
product-shipping-free = 免运费
product-shipping-fee = 运费 { $price }
product-shipping-free-above = 满 { $price } 免运费
product-ships-abroad = 可寄往海外
category-description = 来自越南合作社的 { $count } 件{ $name } OCOP 产品，每批可追溯。
trace-description = { $product }（批次 { $lot }）的来源：合作社、采收与认证。
