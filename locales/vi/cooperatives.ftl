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
