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
