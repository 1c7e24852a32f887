# Vietnamese is the source language of HTX Market. Every other locale has exactly these ids.

## Site frame
meta-description = HTX Market: chợ trực tuyến của các hợp tác xã Việt Nam. Sản phẩm OCOP rõ nguồn gốc, giao tận nơi trong nước và ra thế giới.
skip-to-content = Chuyển đến nội dung chính
nav-label = Điều hướng chính
nav-cart = Giỏ hàng
nav-account = Tài khoản của tôi
nav-login = Đăng nhập
nav-register = Đăng ký
nav-logout = Đăng xuất
language-switcher-label = Chọn ngôn ngữ
search-label = Tìm sản phẩm
search-placeholder = Tìm mật ong, nước mắm, chè Shan Tuyết…
footer-tagline = Kết nối sản phẩm của hợp tác xã Việt Nam với người mua trong nước và quốc tế.
footer-languages = Ngôn ngữ
footer-open-source = Mã nguồn mở
footer-license = Phát hành theo giấy phép MIT.

## Home
home-title = Sản phẩm OCOP từ các hợp tác xã Việt Nam
home-eyebrow = Chợ của các hợp tác xã
home-heading = Đặc sản Việt, đúng nơi làm ra
home-lead = Mua trực tiếp từ các hợp tác xã trên khắp Việt Nam: sản phẩm OCOP được chứng nhận, truy xuất được từng lô hàng, thanh toán khi nhận hàng hoặc bằng thẻ.
home-cta-shop = Tạo tài khoản
home-cta-login = Tôi đã có tài khoản
home-features-heading = Vì sao chọn HTX Market
home-feature-origin-title = Rõ nguồn gốc
home-feature-origin-body = Mỗi lô hàng có mã QR dẫn đến nơi trồng, ngày thu hoạch và các bước chế biến.
home-feature-ocop-title = Chứng nhận OCOP
home-feature-ocop-body = Số sao OCOP và chứng nhận được quản trị viên kiểm tra trước khi hiển thị.
home-feature-languages-title = Năm ngôn ngữ
home-feature-languages-body = Tiếng Việt, tiếng Anh, tiếng Trung, tiếng Nhật và tiếng Hàn, để sản phẩm Việt đến với người mua ở mọi nơi.
home-coop-heading = Bạn là hợp tác xã?
home-coop-body = Sắp tới, hợp tác xã có thể đăng ký bán hàng, đăng sản phẩm bằng nhiều ngôn ngữ và nhận đơn từ khắp nơi. Hãy tạo tài khoản để sẵn sàng.

## Cart
cart-title = Giỏ hàng
cart-empty = Giỏ hàng của bạn đang trống.
cart-continue = Tiếp tục mua sắm

## Not found
not-found-title = Không tìm thấy trang
not-found-body = Trang bạn tìm không tồn tại hoặc đã được chuyển đi.
not-found-home = Về trang chủ

## Errors shared by every form and request
error-invalid-form = Vui lòng sửa các ô được đánh dấu bên dưới.
error-required = Vui lòng điền thông tin này.
error-login-required = Vui lòng đăng nhập để tiếp tục.
error-forbidden = Bạn không có quyền thực hiện thao tác này.
error-not-found = Không tìm thấy nội dung yêu cầu.
error-internal = Đã có lỗi phía máy chủ. Vui lòng thử lại sau ít phút.
error-bad-request = Yêu cầu không hợp lệ. Vui lòng tải lại trang và thử lại.
error-network = Không kết nối được với máy chủ. Vui lòng kiểm tra mạng và thử lại.
error-body-too-large = Dữ liệu gửi lên quá lớn.
error-cross-origin = Yêu cầu bị từ chối vì không đến từ trang HTX Market.
error-invalid-utf8 = Dữ liệu gửi lên không phải văn bản UTF-8 hợp lệ.
error-registration-number-invalid = Mã số phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số với chi nhánh.
error-phone-invalid = Số điện thoại Việt Nam không hợp lệ (di động hoặc cố định).

## Plurals and units
minutes-left = { $count } phút

## Storefront
breadcrumb-home = Trang chủ
breadcrumb-label = Đường dẫn
ocop-rating = OCOP { $count } sao
