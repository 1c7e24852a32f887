## Cooperative applications
coop-status-draft = Bản nháp
coop-status-submitted = Đã nộp, chờ duyệt
coop-status-approved = Đã duyệt
coop-status-rejected = Bị từ chối
coop-status-changes-requested = Cần bổ sung
coop-status-suspended = Tạm ngừng
error-reason-required = Vui lòng ghi rõ lý do (tối đa 2000 ký tự).
error-changed-meanwhile = Hồ sơ vừa được người khác thay đổi. Hãy tải lại trang để xem trạng thái mới.
mail-coop-decision-subject = HTX Market: hồ sơ { $name } — { $status }
mail-coop-decision-body =
    Xin chào,

    Hồ sơ đăng ký bán hàng của { $name } trên HTX Market vừa được cập nhật.
    Trạng thái mới: { $status }
    Lý do: { $reason }

    Bạn có thể xem chi tiết trong trang quản lý bán hàng.

    HTX Market

## Navigation
nav-sell = Quản lý bán hàng
nav-admin-review = Duyệt hồ sơ
nav-admin-audit = Nhật ký thao tác
nav-coops = Hợp tác xã
nav-apply = Đăng ký bán hàng
footer-marketplace = Chợ trực tuyến

## Application fields
coop-status-label = Trạng thái:
coop-reason-label = Lý do:
coop-field-legal-name-vi = Tên chính thức (tiếng Việt)
coop-field-registration-number = Mã số đăng ký
coop-field-region-code = Tỉnh/thành phố
coop-field-address = Địa chỉ đầy đủ
coop-field-year-founded = Năm thành lập
coop-field-member-count = Số thành viên
coop-field-legal-representative = Người đại diện theo pháp luật
coop-field-contact-phone = Số điện thoại liên hệ
coop-field-contact-email = Email liên hệ
coop-field-trading-name = Tên giao dịch
coop-field-description = Giới thiệu
coop-field-documents = Giấy chứng nhận đăng ký
coop-legal-name-hint = Ghi đúng như trên giấy chứng nhận đăng ký, ví dụ: Hợp tác xã Mật ong U Minh.
coop-registration-hint = Mã số hợp tác xã hoặc mã số doanh nghiệp: 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số với chi nhánh.
coop-region-choose = Chọn tỉnh/thành phố
coop-phone-hint = Số di động hoặc số cố định Việt Nam, ví dụ: 0912 345 678 hoặc 028 3823 4567.
coop-description-hint = Hỗ trợ Markdown: **in đậm**, *in nghiêng*, danh sách và liên kết. Không dùng HTML.
coop-applied-in = Ngôn ngữ nộp hồ sơ
coop-created-at = Ngày tạo hồ sơ
coop-document-registration = Giấy chứng nhận đăng ký
coop-document-other = Giấy tờ bổ sung khác
coop-role-owner = Chủ sở hữu
coop-role-staff = Nhân viên
coop-action-submit = Gửi duyệt
coop-action-approve = Duyệt
coop-action-reject = Từ chối
coop-action-request-changes = Yêu cầu bổ sung
coop-action-suspend = Tạm ngừng
coop-action-reinstate = Khôi phục

## Applying
apply-title = Đăng ký bán hàng trên HTX Market
apply-lead = Hãy giới thiệu về hợp tác xã của bạn. Bạn có thể lưu bản nháp bất cứ lúc nào và gửi đi khi đã đủ thông tin; sau đó quản trị viên sẽ xét duyệt.
apply-section-identity = Thông tin hợp tác xã
apply-section-contact = Liên hệ
apply-section-texts = Tên và giới thiệu hiển thị cho người mua
apply-texts-hint = Điền tiếng Việt trước, sau đó thêm các ngôn ngữ mà khách hàng của bạn sử dụng. Ở ngôn ngữ nào còn để trống, người mua sẽ thấy bản tiếng Việt.
apply-on-behalf = Tôi tạo hồ sơ này thay mặt hợp tác xã (hỗ trợ đăng ký); tôi sẽ chuyển giao hồ sơ cho tài khoản riêng của hợp tác xã bằng lời mời.
apply-draft-note = Khi lưu, hồ sơ chỉ được giữ dưới dạng bản nháp; hồ sơ chỉ được gửi đi xét duyệt khi bạn bấm gửi.
apply-save = Lưu bản nháp
apply-saved = Đã lưu.
apply-upload-done = Đã tải tệp lên.
apply-documents = Giấy tờ kèm theo
apply-documents-hint = Bắt buộc có giấy chứng nhận đăng ký của hợp tác xã: định dạng PDF, JPEG hoặc PNG, tối đa 10 MB. Chỉ bạn, nhân viên của bạn và quản trị viên mới mở được các tệp này.
apply-document-kind = Loại giấy tờ
apply-document-file = Tệp
apply-upload = Tải lên
apply-no-documents = Chưa có giấy tờ nào.
apply-remove-document = Xóa
apply-logo = Logo
apply-logo-file = Ảnh logo (JPEG, PNG hoặc WebP, tối đa 2 MB)
apply-submit-heading = Gửi duyệt
apply-submit-body = Khi hồ sơ đã đầy đủ, hãy gửi đi. Trong thời gian xét duyệt, bạn không thể chỉnh sửa hồ sơ.

## Seller dashboard
sell-title = Quản lý bán hàng
sell-empty = Bạn chưa thuộc hợp tác xã nào. Hãy đăng ký bán hàng, hoặc đề nghị chủ sở hữu hợp tác xã của bạn gửi lời mời.
sell-apply-another = Đăng ký cho hợp tác xã khác
sell-switcher-label = Hợp tác xã của bạn
sell-back-to-dashboard = ← Quản lý bán hàng
sell-edit-application = Sửa hồ sơ
sell-view-application = Xem hồ sơ
sell-public-page = Trang công khai
sell-staff = Thành viên và nhân viên
sell-role = Vai trò
sell-since = Tham gia từ
sell-remove-member = Xóa
sell-pending-invitations = Lời mời chưa được chấp nhận
sell-invitation-expires = Hết hạn ngày
sell-invite-heading = Mời thành viên
sell-invite-sent = Đã gửi lời mời.
sell-invite-submit = Gửi lời mời

## Invitations
invitation-title = Lời mời tham gia hợp tác xã
invitation-body = Bạn được mời tham gia { $name } với vai trò { $role }. Lời mời này dành cho { $email }.
invitation-accept = Chấp nhận lời mời
invitation-login-first = Hãy đăng nhập (hoặc tạo tài khoản) bằng địa chỉ email được mời để chấp nhận lời mời.

## Administrators
admin-queue-title = Hồ sơ đăng ký của hợp tác xã
admin-filter-status = Trạng thái
filter-all-regions = Tất cả tỉnh/thành phố
filter-apply = Lọc
admin-queue-empty = Không có hồ sơ nào phù hợp.
admin-since = Từ lúc
admin-waiting = Thời gian chờ
admin-waiting-hours = { $count } giờ
admin-waiting-days = { $count } ngày
admin-review-title = Duyệt hồ sơ
admin-now-status = Trạng thái hiện tại:
admin-back-to-queue = ← Tất cả hồ sơ
admin-audit-for-coop = Nhật ký thao tác của hợp tác xã này
admin-decisions = Quyết định
admin-no-actions = Không thể đưa ra quyết định nào ở trạng thái này.
admin-reason = Lý do (người nộp hồ sơ sẽ thấy)
admin-handover = Chuyển giao quyền sở hữu
admin-handover-hint = Dành cho hồ sơ được tạo thay mặt hợp tác xã: mời tài khoản riêng của hợp tác xã làm chủ sở hữu.
admin-audit-title = Nhật ký thao tác
admin-audit-coop-filter = ID hợp tác xã
admin-audit-when = Thời điểm
admin-audit-who = Người thực hiện
admin-audit-what = Thao tác
admin-audit-subject = Đối tượng
admin-audit-details = Chi tiết

## Public directory
coops-title = Các hợp tác xã trên HTX Market
coops-lead = Các hợp tác xã Việt Nam bán trực tiếp sản phẩm OCOP của mình.
coops-empty = Chưa có hợp tác xã nào ở đây.
coops-description-fallback = Hợp tác xã này chưa có phần giới thiệu bằng ngôn ngữ của bạn; dưới đây là bản tiếng Việt.
coops-products = Sản phẩm
coops-products-soon = Sản phẩm của hợp tác xã này sẽ sớm xuất hiện tại đây.

## Errors
error-too-long = Nội dung quá dài.
error-year-founded = Vui lòng nhập năm từ 1945 đến năm nay.
error-member-count = Vui lòng nhập số thành viên từ 1 đến 1.000.000.
error-region-unknown = Vui lòng chọn tỉnh/thành phố trong danh sách.
error-document-required = Vui lòng tải lên giấy chứng nhận đăng ký.
error-application-locked = Hồ sơ này đang được xét duyệt hoặc đã có quyết định nên hiện không thể thay đổi.
error-file-required = Vui lòng chọn tệp để tải lên.
error-file-too-large = Tệp quá lớn.
error-file-type = Loại tệp này không được chấp nhận (hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp).
error-document-kind = Loại giấy tờ không hợp lệ.
error-role-invalid = Vui lòng chọn chủ sở hữu hoặc nhân viên.
error-already-member = Người này đã là thành viên của hợp tác xã.
error-invitation-invalid = Liên kết mời không hợp lệ, đã hết hạn hoặc đã được sử dụng.
error-invitation-other-email = Lời mời này dành cho một địa chỉ email khác. Vui lòng đăng nhập bằng địa chỉ được mời.
error-last-owner = Hợp tác xã phải có ít nhất một chủ sở hữu.

## Mail
mail-invitation-subject = HTX Market: lời mời tham gia { $name }
mail-invitation-body =
    Xin chào,

    { $inviter } mời bạn tham gia { $name } trên HTX Market với vai trò { $role }.

    Chấp nhận lời mời tại đây (liên kết có hiệu lực trong { $days } ngày):
    { $link }

    Nếu bạn không chờ đợi email này, hãy bỏ qua nó.

    HTX Market
