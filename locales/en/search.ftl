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
