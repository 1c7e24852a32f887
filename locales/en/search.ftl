# Search
error-search-category = The category in this search link is not valid.
error-search-province = The province in this search link is not valid.
error-search-cooperative = The cooperative in this search link is not valid.
error-search-ocop = OCOP stars must be between 1 and 5.
error-search-cert = There is no such certification.
error-search-price = Prices must be whole amounts in đồng, not negative, with the lowest no higher than the highest.
error-search-in-stock = The "in stock" value is not valid.
error-search-sort = There is no such sort order.
error-search-page = The page number is not valid.
error-search-unavailable = Search is unavailable for the moment. You can still browse products by category.
search-title = Search
search-results-title = “{ $q }” — search results
search-button = Search
search-count = { $count ->
    [0] No products
    [one] 1 product
   *[other] { $count } products
}
search-filters = Filters
search-filter-category = Category
search-filter-province = Province
search-filter-ocop = OCOP stars
search-filter-cert = Certification
search-filter-price = Price
search-filter-stock = Availability
search-filter-cooperative = Cooperative
search-in-stock = In stock only
search-ocop-at-least = { $stars } and up
search-price-below = Under { $max }
search-price-between = { $min } – { $max }
search-price-above = { $min } and over
search-remove-filter = (remove filter)
search-sort = Sort by
search-sort-relevance = Best match
search-sort-price_asc = Price, low to high
search-sort-price_desc = Price, high to low
search-sort-newest = Newest
search-sort-ocop = Most OCOP stars
search-sort-apply = Apply
search-empty-title = No products match your search
search-empty-help = Check the spelling, use fewer words or remove a filter. Vietnamese without tone marks works too.
search-clear = Remove all filters
search-browse = Browse products by category
