# 검색
error-search-category = 이 검색 링크의 카테고리가 올바르지 않습니다.
error-search-province = 이 검색 링크의 성(省)이 올바르지 않습니다.
error-search-cooperative = 이 검색 링크의 협동조합이 올바르지 않습니다.
error-search-ocop = OCOP 별점은 1에서 5 사이여야 합니다.
error-search-cert = 그런 인증은 없습니다.
error-search-price = 가격은 0 이상의 동 단위 정수여야 하며, 최저가는 최고가보다 클 수 없습니다.
error-search-in-stock = '재고 있음' 값이 올바르지 않습니다.
error-search-sort = 그런 정렬 방식은 없습니다.
error-search-page = 페이지 번호가 올바르지 않습니다.
error-search-unavailable = 지금은 검색을 사용할 수 없습니다. 카테고리별로 상품을 둘러볼 수 있습니다.
