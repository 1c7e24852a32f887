# Tìm kiếm
error-search-category = Danh mục trong liên kết tìm kiếm không hợp lệ.
error-search-province = Tỉnh, thành trong liên kết tìm kiếm không hợp lệ.
error-search-cooperative = Hợp tác xã trong liên kết tìm kiếm không hợp lệ.
error-search-ocop = Số sao OCOP phải từ 1 đến 5.
error-search-cert = Loại chứng nhận này không có.
error-search-price = Giá phải là số đồng không âm, và giá thấp nhất không lớn hơn giá cao nhất.
error-search-in-stock = Giá trị "còn hàng" không hợp lệ.
error-search-sort = Cách sắp xếp này không có.
error-search-page = Số trang không hợp lệ.
error-search-unavailable = Tìm kiếm tạm thời không hoạt động. Bạn vẫn có thể xem sản phẩm theo danh mục.
