## Products
product-status-draft = Bản nháp
product-status-published = Đang bán
product-status-archived = Đã lưu trữ

## Catalog errors
error-price-negative = Giá không được âm.
error-price-fractional = Giá tính bằng đồng chẵn, không có phần thập phân.
error-price-invalid = Nhập giá bằng đồng, ví dụ 150000.
error-stock-negative = Tồn kho không được nhỏ hơn 0.
error-stock-invalid = Nhập tồn kho là số nguyên.
error-weight-invalid = Nhập khối lượng (gam) từ 1 đến 100.000.
error-sku-invalid = Dùng 1 đến 64 chữ cái không dấu, chữ số, gạch ngang, gạch dưới hoặc dấu chấm.
error-lot-code-invalid = Dùng 3 đến 40 chữ cái không dấu, chữ số, gạch ngang, gạch dưới hoặc dấu chấm.
error-gtin-invalid = Mã GTIN (mã vạch) không hợp lệ: vui lòng kiểm tra các chữ số.
error-ocop-stars = Hạng OCOP là 3, 4 hoặc 5 sao.
error-ocop-level = Chọn cấp tỉnh hoặc cấp quốc gia.

## Seller's catalog
products-title = Sản phẩm
products-new = Thêm sản phẩm
products-empty = Chưa có sản phẩm nào.
products-stock = Tồn kho
products-translations = Ngôn ngữ
products-missing = còn thiếu
products-updated = Cập nhật
products-edit-title = Sửa sản phẩm
products-back = ← Sản phẩm
products-view-public = Xem trang công khai
products-make-draft = Chuyển về bản nháp
products-make-published = Đăng bán
products-make-archived = Lưu trữ
products-section-basics = Thông tin cơ bản
products-section-texts = Tên và mô tả hiển thị cho người mua
products-texts-hint = Bắt buộc có tiếng Việt; hãy thêm các ngôn ngữ mà khách hàng của bạn sử dụng. Ở ngôn ngữ nào còn để trống, người mua sẽ thấy bản tiếng Việt.
products-section-variants = Phân loại và giá
products-variants-hint = Mỗi dòng là một quy cách hoặc kiểu đóng gói, ví dụ hũ 250 g và hũ 500 g. Giá tính bằng đồng chẵn. Các dòng để trống sẽ được bỏ qua.
products-choose = Chọn…
products-save = Lưu
product-field-name = Tên sản phẩm
product-field-short = Mô tả ngắn
product-field-description = Mô tả chi tiết
product-field-category = Danh mục
product-field-unit = Đơn vị bán
product-field-origin = Tỉnh/thành phố xuất xứ
product-field-gtin = Mã vạch (GTIN)
product-gtin-hint = Không bắt buộc: dãy 8, 12, 13 hoặc 14 chữ số in dưới mã vạch.
variant-field-sku = SKU
variant-field-label = Quy cách đóng gói
variant-field-price = Giá (₫)
variant-field-stock = Tồn kho
variant-field-weight-grams = Khối lượng (g)
unit-jar = Hũ
unit-bottle = Chai
unit-bag = Túi
unit-box = Hộp
unit-pack = Gói
unit-kg = Kilôgam
unit-piece = Cái
unit-set = Bộ

## Shoppers
home-newest = Sản phẩm mới trên HTX Market
product-price-from = từ { $price }
product-by = Sản phẩm của
product-in-stock = Còn hàng
product-out-of-stock = Hết hàng
product-fallback = Sản phẩm này chưa có mô tả bằng ngôn ngữ của bạn; dưới đây là bản tiếng Việt.

## Catalog errors (continued)
error-unit-invalid = Chọn đơn vị bán của sản phẩm.
error-name-needed = Hãy nhập cả tên bằng ngôn ngữ này, hoặc để trống phần mô tả của ngôn ngữ này.
error-sku-duplicate = Mỗi phân loại cần có SKU riêng.
error-sku-taken = SKU này đã được một sản phẩm khác sử dụng.
error-variant-required = Thêm ít nhất một phân loại kèm giá.
error-catalog-not-approved = Chỉ hợp tác xã đã được duyệt mới có thể thay đổi sản phẩm của mình.
error-category-unknown = Chọn danh mục trong danh sách.

## Traceability
date-day = { $day }/{ $month }/{ $year }
ocop-stars = { $count } sao
cert-ocop = OCOP
cert-vietgap = VietGAP
cert-globalgap = GlobalG.A.P.
cert-organic = Hữu cơ
cert-haccp = HACCP
cert-halal = Halal
cert-other = Được chứng nhận
product-trace = Sản phẩm này đến từ đâu
trace-title = Lô { $lot }
trace-produced-on = Ngày sản xuất
trace-place = Địa điểm
trace-quantity = Số lượng
trace-timeline = Từ đồng ruộng đến khi đóng gói
trace-qr = Mã QR của lô này (SVG, để in)
step-harvest = Thu hoạch
step-sorting = Phân loại
step-drying = Phơi/Sấy
step-fermenting = Lên men
step-roasting = Rang
step-milling = Xay xát
step-weaving = Dệt
step-firing = Nung
step-testing = Kiểm nghiệm chất lượng
step-packing = Đóng gói
batches-title = Lô hàng và truy xuất nguồn gốc
batches-new = Lô hàng mới
batches-add = Thêm lô hàng
batches-labels = In tem QR
batches-print = In
batch-lot-code = Mã lô
batch-lot-code-hint = In trên bao bì, ví dụ UM-2026-11. Gồm chữ cái không dấu, chữ số và gạch ngang.
batch-produced-on = Ngày sản xuất hoặc thu hoạch
batch-commune = Xã
batch-quantity = Số lượng
batch-quantity-unit = Đơn vị (kg, hũ, …)
batch-step = Công đoạn
batch-step-date = Ngày
batch-step-note = Ghi chú
error-date-invalid = Nhập ngày không nằm trong tương lai.
error-step-kind = Chọn công đoạn trong danh sách.
error-lot-code-taken = Mã lô này đã được sử dụng.

## Certifications
certs-title = Chứng nhận
certs-new = Khai báo chứng nhận
certs-add = Gửi để xác minh
cert-status-pending = đang chờ xác minh
cert-status-verified = đã xác minh
cert-status-rejected = bị từ chối
cert-expires = hết hạn
cert-expiry-warning = Giấy chứng nhận này sẽ hết hạn trong vòng 30 ngày (hoặc đã hết hạn): hãy gia hạn để người mua tiếp tục thấy huy hiệu.
cert-field-kind = Loại chứng nhận
cert-field-number = Số giấy chứng nhận
cert-field-stars = Số sao OCOP
cert-field-level = Nơi cấp
cert-field-issued-on = Ngày cấp
cert-field-expires-on = Ngày hết hạn
cert-expiry-hint = Với OCOP, hãy để trống: giấy chứng nhận có hiệu lực 36 tháng.
ocop-level-provincial = Hội đồng cấp tỉnh
ocop-level-national = Hội đồng cấp quốc gia
nav-admin-ocop = Xác minh chứng nhận
admin-ocop-title = Chứng nhận chờ xác minh
admin-ocop-empty = Không có chứng nhận nào đang chờ.
admin-ocop-verify = Xác minh
admin-ocop-reject = Từ chối
error-cert-kind = Chọn loại chứng nhận.
error-expiry-before-issue = Ngày hết hạn phải sau ngày cấp.

## Browsing
home-categories = Xem theo danh mục
home-five-star = Sản phẩm OCOP 5 sao
category-count = { $count } sản phẩm
pagination-label = Trang
pagination-previous = ← Trang trước
pagination-next = Trang sau →
pagination-position = Trang { $page } / { $pages }

## Photos
photos-title = Ảnh sản phẩm
photos-hint = Tối đa 10 ảnh: JPEG, PNG hoặc WebP, không quá 10 MB và 40 megapixel. Ảnh đầu tiên là ảnh bìa. Dữ liệu vị trí và máy ảnh sẽ được xóa.
photos-processing = Đang xử lý…
photos-cover = Ảnh bìa
photos-up = Lên trước
photos-down = Xuống sau
photos-remove = Xóa
photos-file = Ảnh
error-photo-limit = Mỗi sản phẩm có tối đa 10 ảnh.
error-image-too-many-pixels = Ảnh có quá nhiều điểm ảnh (hơn 40 megapixel).

## Seller tools
products-preview = Xem như người mua
products-preview-note = Xem trước: người mua sẽ thấy sản phẩm như thế này sau khi đăng bán.
products-duplicate = Nhân bản
products-stock-title = Tồn kho
products-stock-delta = Thêm hoặc bớt (số âm)
products-stock-apply = Cập nhật

## Import
import-title = Nhập từ bảng tính
import-lead = Mỗi dòng là một phân loại; các dòng có cùng product_key là một sản phẩm. Sản phẩm nhập vào ở dạng bản nháp: kiểm tra rồi đăng bán.
import-template = Tải mẫu (kèm các sản phẩm hiện có)
import-file = Tệp CSV hoặc XLSX (tối đa 10 MB)
import-check = Chỉ kiểm tra
import-run = Nhập
import-hint = Không có gì được tạo trừ khi toàn bộ tệp hợp lệ. CSV có thể là UTF-8, UTF-16 hoặc Windows-1258.
import-summary = { $rows } dòng, { $products } sản phẩm
import-done = Đã nhập: các sản phẩm đã có trong danh sách dưới dạng bản nháp.
import-clean = Không có lỗi: bạn có thể nhập tệp này.
import-problems = { $count } lỗi: chưa có gì được nhập.
import-row = Dòng
import-column = Cột
import-problem = Lỗi
error-import-encoding = Không đọc được bảng mã của tệp. Hãy lưu dưới dạng CSV UTF-8 hoặc XLSX.
error-import-file = Đây không phải tệp CSV hoặc XLSX đọc được.
error-import-empty = Tệp trống.
error-import-column-missing = Dòng tiêu đề thiếu cột này.
error-import-too-many-rows = Tệp có quá nhiều dòng (tối đa 20.000).
cert-scan-view = Xem bản scan
cert-scan-attach = Đính kèm bản scan giấy chứng nhận (PDF, JPEG hoặc PNG)
cert-scan-replace = Thay bản scan
cert-scan-none = Chưa có bản scan
error-cert-decided = Giấy chứng nhận này đã được xét duyệt; hãy khai báo lại nếu cần thay đổi.
mail-cert-expiry-subject = HTX Market: chứng nhận { $scheme } của { $product } sắp hết hạn
mail-cert-expiry-body =
    Xin chào,

    Chứng nhận { $scheme } số { $number } của sản phẩm { $product } sẽ hết hạn vào ngày { $date }.
    Sau ngày đó, người mua sẽ không còn thấy huy hiệu trên trang sản phẩm.
    Hãy gia hạn và khai báo giấy chứng nhận mới trong trang quản lý sản phẩm.

    HTX Market
upload-sending = Đang tải lên… { $percent }%
upload-failed = Chưa tải lên được. Hãy kiểm tra kết nối rồi thử lại.
import-processing = Đã tải lên; đang kiểm tra từng dòng…
batch-photos-add = Thêm ảnh của lô này
trace-photos = Hình ảnh lô hàng
error-batch-photo-limit = Mỗi lô có tối đa 6 ảnh.

feed-title = HTX Market: sản phẩm của các hợp tác xã Việt Nam

nav-admin-moderation = Kiểm duyệt
nav-admin-users = Người dùng
moderation-title = Sản phẩm bị báo cáo và bị ẩn
moderation-none = Không có gì cần xem xét.
moderation-actions = Thao tác
moderation-hidden = Đã ẩn
moderation-hide = Ẩn
moderation-restore = Hiện lại
moderation-dismiss = Bỏ qua báo cáo
users-title = Người dùng
users-search = Tìm theo email hoặc tên
users-disabled = Đã khóa
users-disable = Khóa
users-enable = Mở khóa
report-product = Báo cáo sản phẩm này
report-reason = Sản phẩm có vấn đề gì?
report-send = Gửi báo cáo
report-sent = Cảm ơn bạn. Quản trị viên sẽ xem xét.
error-disable-self = Bạn không thể khóa tài khoản của chính mình.
mail-product-hidden-subject = Sản phẩm "{ $product }" của bạn đã bị ẩn
mail-product-hidden-body =
    Quản trị viên HTX Market đã ẩn sản phẩm "{ $product }" của bạn khỏi người mua.

    Lý do: { $reason }

    Hãy sửa sản phẩm rồi trả lời thư này để được hiện lại.
mail-product-restored-subject = Sản phẩm "{ $product }" của bạn đã được hiện lại
mail-product-restored-body =
    Quản trị viên HTX Market đã hiện lại sản phẩm "{ $product }" của bạn cho người mua.

## Product page, category and trace pages
product-choose-variant = Chọn quy cách
product-shipping-free = Miễn phí vận chuyển
product-shipping-fee = Phí vận chuyển { $price }
product-shipping-free-above = miễn phí từ { $price }
product-ships-abroad = Giao hàng quốc tế
category-description = { $count } sản phẩm OCOP thuộc { $name } từ các hợp tác xã Việt Nam, truy xuất được nguồn gốc từng lô.
trace-description = Nguồn gốc của { $product }, lô { $lot }: hợp tác xã, thu hoạch và chứng nhận.
