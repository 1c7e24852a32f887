# Giỏ hàng, thanh toán, đơn hàng, phí vận chuyển và thanh toán thẻ.

nav-orders = Đơn hàng của tôi
nav-sell-orders = Đơn hàng cần giao

cart-add = Thêm vào giỏ
cart-added = Đã thêm vào giỏ hàng.
cart-view = Xem giỏ hàng
cart-quantity = Số lượng
cart-quantity-for = Số lượng { $variant }
cart-product = Sản phẩm
cart-price = Đơn giá
cart-line-total = Thành tiền
cart-update = Cập nhật
cart-remove = Xóa
cart-subtotal = Tạm tính
cart-shipping-at-checkout = Phí vận chuyển được tính khi thanh toán, theo từng hợp tác xã.
cart-checkout = Tiến hành thanh toán
cart-blocked = Một số sản phẩm không thể đặt như hiện tại. Hãy sửa hoặc xóa chúng để tiếp tục.
cart-price-changed = Giá một số sản phẩm đã thay đổi kể từ khi bạn thêm vào giỏ. Giỏ hàng hiển thị giá mới.
cart-was = trước đây { $price }
cart-problem-unavailable = Sản phẩm không còn được bán.
cart-problem-out-of-stock = Hết hàng.
cart-problem-short = Chỉ còn { $stock }.

checkout-title = Thanh toán
checkout-contact = Liên hệ
checkout-phone = Số điện thoại
checkout-address = Địa chỉ nhận hàng
checkout-recipient = Họ và tên người nhận
checkout-country = Quốc gia
checkout-province = Tỉnh/thành phố
checkout-choose-province = Chọn tỉnh/thành phố
checkout-choose-ward = Chọn phường/xã
checkout-choose-province-first = Chọn tỉnh/thành phố trước
checkout-ward = Phường/xã
checkout-street = Số nhà, tên đường
checkout-lines = Địa chỉ (đường, thành phố, mã bưu chính)
checkout-note = Ghi chú giao hàng (không bắt buộc)
checkout-summary = Đơn hàng của bạn
checkout-shipping = Phí vận chuyển
checkout-free = Miễn phí
checkout-no-ship-abroad = Không giao đến quốc gia này
checkout-total = Tổng cộng
checkout-indicative = Khoảng { $amount } (chỉ để tham khảo; bạn thanh toán bằng đồng Việt Nam)
checkout-payment = Hình thức thanh toán
checkout-no-payment = Không có hình thức thanh toán nào cho đơn hàng này.
checkout-place = Đặt hàng
checkout-some-left-out = Các sản phẩm không thể đặt đã được bỏ ra.
checkout-short = Một số sản phẩm không đủ số lượng bạn chọn. Hãy sửa trong giỏ hàng.
checkout-status-cod = Đã đặt hàng. Bạn thanh toán khi nhận hàng.
checkout-status-awaiting_payment = Đang chờ bạn thanh toán bằng thẻ.
checkout-status-paid = Đã thanh toán. Cảm ơn bạn!
checkout-status-expired = Đã hết thời gian thanh toán; đơn hàng đã bị hủy.

payment-cod = Thanh toán khi nhận hàng (COD)
payment-card = Thẻ (Stripe)

orders-checkout-title = Đơn hàng của bạn
orders-mine-title = Đơn hàng của tôi
orders-none = Chưa có đơn hàng nào.
orders-number = Mã đơn
orders-date = Ngày
orders-cooperative = Hợp tác xã
orders-recipient = Người nhận
orders-units = Số lượng
orders-status = Trạng thái
orders-order-number = Đơn hàng { $number }
orders-pay-by = Vui lòng thanh toán trước { $time }.
orders-pay-now = Thanh toán bằng thẻ
orders-tracking = Mã vận đơn:
orders-cancel-reason = Lý do hủy:
orders-refunded = Khoản thanh toán của đơn hàng này đã được hoàn lại.
orders-history = Lịch sử
orders-carrier = Đơn vị vận chuyển
orders-tracking-code = Mã vận đơn
orders-reason = Lý do
orders-action-confirm = Xác nhận đơn
orders-action-ship = Đánh dấu đã gửi hàng
orders-action-deliver = Đánh dấu đã giao
orders-action-complete = Tôi đã nhận hàng
orders-action-cancel = Hủy đơn

order-status-pending_payment = Chờ thanh toán
order-status-placed = Đã đặt
order-status-confirmed = Đã xác nhận
order-status-shipped = Đang giao
order-status-delivered = Đã giao
order-status-completed = Hoàn tất
order-status-cancelled = Đã hủy

actor-shopper = bởi người mua
actor-cooperative = bởi hợp tác xã
actor-system = tự động

sell-orders-title = Đơn hàng
sell-orders-all = Tất cả
sell-orders-csv = Xuất CSV
sell-orders-slip = Phiếu đóng gói
slip-ship-to = Giao đến
slip-collect = Thu { $amount } tiền mặt khi giao hàng.
slip-print = In

shipping-title = Phí vận chuyển
shipping-flat-fee = Phí giao trong nước (₫)
shipping-free-above = Miễn phí giao hàng từ (₫)
shipping-free-above-hint = Để trống nếu không miễn phí giao hàng.
shipping-international = Phí giao ra nước ngoài (₫)
shipping-international-hint = Để trống nếu không giao ra nước ngoài.
shipping-cod = Nhận thanh toán khi giao hàng (COD)
shipping-provinces = Phí riêng cho từng tỉnh
shipping-provinces-hint = Để trống để dùng phí giao trong nước.
shipping-save = Lưu phí vận chuyển
shipping-saved = Đã lưu phí vận chuyển.

csv-order = Mã đơn
csv-date = Ngày
csv-status = Trạng thái
csv-payment = Thanh toán
csv-recipient = Người nhận
csv-phone = Điện thoại
csv-address = Địa chỉ
csv-sku = SKU
csv-product = Sản phẩm
csv-variant = Phân loại
csv-quantity = Số lượng
csv-unit-price = Đơn giá (VND)
csv-shipping = Phí vận chuyển (VND)
csv-total = Tổng đơn (VND)
csv-carrier = Đơn vị vận chuyển
csv-tracking = Mã vận đơn

country-VN = Việt Nam
country-US = Hoa Kỳ
country-CN = Trung Quốc
country-JP = Nhật Bản
country-KR = Hàn Quốc
country-TW = Đài Loan
country-SG = Singapore
country-TH = Thái Lan
country-MY = Malaysia
country-AU = Úc
country-CA = Canada
country-GB = Vương quốc Anh
country-DE = Đức
country-FR = Pháp
country-NL = Hà Lan
country-HK = Hồng Kông

error-quantity = Nhập số nguyên từ 1 đến 999.
error-not-enough-stock = Không đủ hàng trong kho.
error-product-unavailable = Sản phẩm này không còn được bán.
error-cart-full = Giỏ hàng đã đầy. Hãy thanh toán hoặc bớt sản phẩm trước.
error-cart-empty = Giỏ hàng của bạn đang trống.
error-cart-unavailable = Một số sản phẩm trong giỏ không còn được bán. Hãy xem lại giỏ hàng.
error-out-of-stock = Rất tiếc, một sản phẩm trong đơn vừa hết hàng. Hãy xem lại giỏ hàng.
error-checkout-price-changed = Giá đã thay đổi trong lúc bạn thanh toán. Hãy xem tổng tiền mới và đặt hàng lại.
error-address-characters = Vui lòng bỏ các ký tự < > và ký tự điều khiển.
error-country = Chúng tôi chưa giao đến quốc gia này.
error-payment-method = Hãy chọn hình thức thanh toán.
error-cod-unavailable = Một hợp tác xã trong đơn không nhận thanh toán khi giao hàng. Hãy chọn thanh toán bằng thẻ.
error-card-unavailable = Thanh toán bằng thẻ hiện không khả dụng.
error-payment-unavailable = Không kết nối được dịch vụ thanh toán. Vui lòng thử lại sau giây lát.
error-no-international-shipping = Một hợp tác xã trong đơn không giao đến quốc gia này.
error-form-tampered = Biểu mẫu đã bị thay đổi ngoài trang này. Hãy tải lại trang và thử lại.
error-order-transition = Không thể thay đổi đơn hàng theo cách này lúc này.
error-cancel-reason = Hãy nêu lý do hủy đơn.
error-tracking-required = Hãy nhập đơn vị vận chuyển và mã vận đơn.
error-order-status = Trạng thái đơn hàng không hợp lệ.

mail-order-placed-subject = Đơn hàng HTX Market của bạn
mail-order-placed-body =
    Cảm ơn bạn đã đặt hàng.

    { $orders }

    Tổng cộng: { $total }
    Thanh toán: { $payment }

    Theo dõi đơn hàng tại: { $link }
mail-coop-new-order-subject = Đơn hàng mới { $number }
mail-coop-new-order-body =
    Bạn có đơn hàng mới { $number }, trị giá { $total } ({ $payment }).

    Mở đơn để xác nhận và giao hàng: { $link }
mail-order-status-subject = Đơn hàng { $number }: { $status }
mail-order-status-body =
    Đơn hàng { $number } hiện ở trạng thái: { $status }.
    { $tracking }
    { $reason }

    { $link }

nav-admin-payments = Thanh toán
admin-payments-title = Thanh toán và chi trả
admin-payments-balances = Số tiền phải trả các hợp tác xã
admin-payments-gross = Doanh số
admin-payments-commission = Hoa hồng
admin-payments-paid-out = Đã chi trả
admin-payments-owed = Còn phải trả
admin-payments-own-rate = Hoa hồng riêng (%)
admin-payments-set = Đặt
admin-payments-payout = Ghi nhận chi trả
admin-payments-amount = Số tiền (₫)
admin-payments-reference = Mã giao dịch chuyển khoản
admin-payments-record = Ghi nhận
admin-payments-settings = Cài đặt
admin-payments-commission-percent = Hoa hồng trên mỗi đơn hàng (%)
admin-payments-card-minutes = Số phút để thanh toán thẻ trước khi hàng được trả lại kho
admin-payments-rates = Tỷ giá tham khảo (VND cho mỗi đơn vị)
admin-payments-rate = 1 { $currency } bằng VND
admin-payments-save = Lưu cài đặt
admin-payments-payouts = Các lần chi trả gần đây
error-percent = Nhập tỷ lệ phần trăm từ 0 đến 50, tối đa hai chữ số thập phân.
error-card-minutes = Nhập số phút từ 35 đến 1440.
error-rate = Nhập tỷ giá dương, tối đa ba chữ số thập phân.
error-payout-amount = Nhập số tiền nguyên bằng đồng, lớn hơn 0.
error-payout-too-much = Số tiền này lớn hơn số hợp tác xã được nhận.
error-ward-unknown = Hãy chọn phường/xã thuộc tỉnh/thành phố này.

home-featured = HTX Market giới thiệu
admin-featured-title = Nổi bật trên trang chủ
admin-featured-label = Sản phẩm, mỗi dòng một địa chỉ hoặc slug
admin-featured-hint = Tối đa 12, theo thứ tự hiển thị. Dán địa chỉ sản phẩm, ví dụ https://…/vi/products/mat-ong-rung-u-minh.
admin-featured-save = Lưu sản phẩm nổi bật
error-featured-too-many = Chỉ được chọn tối đa 12 sản phẩm nổi bật.
error-featured-unknown = Có dòng không phải sản phẩm người mua xem được.
