## Fields
field-email = Email
field-display-name = Tên hiển thị
field-password = Mật khẩu
field-current-password = Mật khẩu hiện tại
field-new-password = Mật khẩu mới
password-hint = Ít nhất 10 ký tự. Một câu dễ nhớ là mật khẩu tốt.
password-show = Hiện
password-hide = Ẩn

## Field errors
error-email-invalid = Địa chỉ email không hợp lệ.
error-email-taken = Email này đã được dùng để đăng ký. Hãy đăng nhập hoặc lấy lại mật khẩu.
error-password-too-short = Mật khẩu phải có ít nhất 10 ký tự.
error-password-too-long = Mật khẩu dài quá 256 ký tự.
error-name-too-long = Tên hiển thị tối đa 80 ký tự.
error-control-characters = Vui lòng không dùng ký tự điều khiển.
error-current-password-wrong = Mật khẩu hiện tại không đúng.
error-invalid-credentials = Email hoặc mật khẩu không đúng.
error-too-many-attempts = Bạn đã thử đăng nhập quá nhiều lần. Vui lòng thử lại sau 15 phút.
error-reset-token-invalid = Liên kết đặt lại mật khẩu không hợp lệ, đã dùng hoặc đã hết hạn. Hãy yêu cầu liên kết mới.

## Register
register-title = Tạo tài khoản
register-intro = Tài khoản giúp bạn theo dõi đơn hàng và mua nhanh hơn.
register-submit = Tạo tài khoản
register-have-account = Đã có tài khoản?

## Log in
login-title = Đăng nhập
login-submit = Đăng nhập
login-forgot = Quên mật khẩu?
login-no-account = Chưa có tài khoản?

## Forgotten password
forgot-title = Quên mật khẩu
forgot-intro = Nhập email bạn đã đăng ký. Chúng tôi sẽ gửi liên kết để đặt lại mật khẩu.
forgot-submit = Gửi liên kết
forgot-sent = Nếu email này có tài khoản, chúng tôi đã gửi liên kết đặt lại mật khẩu. Vui lòng kiểm tra hộp thư.

## Reset password
reset-title = Đặt lại mật khẩu
reset-submit = Lưu mật khẩu mới
reset-done = Đã đổi mật khẩu. Hãy đăng nhập bằng mật khẩu mới.

## Account
account-title = Tài khoản của tôi
account-name = Tên hiển thị
account-member-since = Thành viên từ
account-email = Email
account-role = Vai trò
role-shopper = Người mua
role-admin = Quản trị viên
password-change-title = Đổi mật khẩu
password-change-submit = Đổi mật khẩu
password-change-done = Đã đổi mật khẩu. Các phiên đăng nhập khác đã được đăng xuất.

## Mail
mail-reset-subject = Đặt lại mật khẩu HTX Market
mail-reset-body =
    Xin chào { $name },

    Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản HTX Market của bạn.
    Mở liên kết sau trong vòng { $minutes } phút để chọn mật khẩu mới:

    { $link }

    Nếu bạn không yêu cầu, hãy bỏ qua email này; mật khẩu của bạn vẫn giữ nguyên.

    HTX Market
