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
search-title = 검색
search-results-title = “{ $q }” 검색 결과
search-button = 검색
search-count = { $count ->
    [0] 상품 없음
   *[other] 상품 { $count }개
}
search-filters = 필터
search-filter-category = 카테고리
search-filter-province = 성(省)
search-filter-ocop = OCOP 별점
search-filter-cert = 인증
search-filter-price = 가격
search-filter-stock = 재고
search-filter-cooperative = 협동조합
search-in-stock = 재고 있는 상품만
search-ocop-at-least = { $stars } 이상
search-price-below = { $max } 미만
search-price-between = { $min } – { $max }
search-price-above = { $min } 이상
search-remove-filter = (필터 해제)
search-sort = 정렬
search-sort-relevance = 관련도순
search-sort-price_asc = 낮은 가격순
search-sort-price_desc = 높은 가격순
search-sort-newest = 최신순
search-sort-ocop = OCOP 별점 높은순
search-sort-apply = 적용
search-empty-title = 검색 조건에 맞는 상품이 없습니다
search-empty-help = 철자를 확인하거나, 검색어를 줄이거나, 필터를 해제해 보세요. 베트남어는 성조 부호 없이 입력해도 됩니다.
search-clear = 모든 필터 해제
search-browse = 카테고리별 상품 보기
