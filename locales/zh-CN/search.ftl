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
