# 搜索
error-search-category = 此搜索链接中的类别无效。
error-search-province = 此搜索链接中的省份无效。
error-search-cooperative = 此搜索链接中的合作社无效。
error-search-ocop = OCOP 星级必须在 1 到 5 之间。
error-search-cert = 没有这种认证。
error-search-price = 价格必须是非负的整数越南盾，且最低价不能高于最高价。
error-search-in-stock = "有货"的取值无效。
error-search-sort = 没有这种排序方式。
error-search-page = 页码无效。
error-search-unavailable = 搜索暂时无法使用。您仍可按类别浏览商品。
search-title = 搜索
search-results-title = “{ $q }” — 搜索结果
search-button = 搜索
search-count = { $count ->
    [0] 没有商品
   *[other] { $count } 件商品
}
search-filters = 筛选
search-filter-category = 类别
search-filter-province = 省份
search-filter-ocop = OCOP 星级
search-filter-cert = 认证
search-filter-price = 价格
search-filter-stock = 库存
search-filter-cooperative = 合作社
search-in-stock = 仅显示有货
search-ocop-at-least = { $stars } 及以上
search-price-below = { $max } 以下
search-price-between = { $min } – { $max }
search-price-above = { $min } 及以上
search-remove-filter = （取消筛选）
search-sort = 排序
search-sort-relevance = 最相关
search-sort-price_asc = 价格从低到高
search-sort-price_desc = 价格从高到低
search-sort-newest = 最新
search-sort-ocop = OCOP 星级最高
search-sort-apply = 应用
search-empty-title = 没有找到符合条件的商品
search-empty-help = 请检查拼写、减少关键词或取消部分筛选。越南语不带声调也可以搜索。
search-clear = 取消所有筛选
search-browse = 按类别浏览商品
