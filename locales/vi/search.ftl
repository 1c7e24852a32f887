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
search-title = Tìm kiếm
search-results-title = “{ $q }” — kết quả tìm kiếm
search-button = Tìm
search-count = { $count ->
    [0] Không có sản phẩm nào
   *[other] { $count } sản phẩm
}
search-filters = Bộ lọc
search-filter-category = Danh mục
search-filter-province = Tỉnh, thành
search-filter-ocop = Sao OCOP
search-filter-cert = Chứng nhận
search-filter-price = Giá
search-filter-stock = Tình trạng hàng
search-filter-cooperative = Hợp tác xã
search-in-stock = Chỉ hàng còn
search-ocop-at-least = { $stars } trở lên
search-price-below = Dưới { $max }
search-price-between = { $min } – { $max }
search-price-above = Từ { $min }
search-remove-filter = (bỏ lọc)
search-sort = Sắp xếp
search-sort-relevance = Phù hợp nhất
search-sort-price_asc = Giá thấp đến cao
search-sort-price_desc = Giá cao đến thấp
search-sort-newest = Mới nhất
search-sort-ocop = Nhiều sao OCOP nhất
search-sort-apply = Áp dụng
search-empty-title = Không tìm thấy sản phẩm phù hợp
search-empty-help = Hãy kiểm tra chính tả, bớt từ hoặc bỏ bớt bộ lọc. Gõ không dấu cũng được.
search-clear = Bỏ tất cả bộ lọc
search-browse = Xem sản phẩm theo danh mục
