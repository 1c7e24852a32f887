# 検索
error-search-category = この検索リンクのカテゴリーが正しくありません。
error-search-province = この検索リンクの省が正しくありません。
error-search-cooperative = この検索リンクの協同組合が正しくありません。
error-search-ocop = OCOP の星の数は 1〜5 で指定してください。
error-search-cert = その認証はありません。
error-search-price = 価格は 0 以上のドン単位の整数で、最低価格は最高価格以下にしてください。
error-search-in-stock = 「在庫あり」の値が正しくありません。
error-search-sort = その並べ替え方法はありません。
error-search-page = ページ番号が正しくありません。
error-search-unavailable = 現在、検索をご利用いただけません。カテゴリーから商品をご覧いただけます。
search-title = 検索
search-results-title = 「{ $q }」の検索結果
search-button = 検索
search-count = { $count ->
    [0] 商品はありません
   *[other] { $count } 件の商品
}
search-filters = 絞り込み
search-filter-category = カテゴリー
search-filter-province = 省
search-filter-ocop = OCOP の星
search-filter-cert = 認証
search-filter-price = 価格
search-filter-stock = 在庫
search-filter-cooperative = 協同組合
search-in-stock = 在庫ありのみ
search-ocop-at-least = { $stars } 以上
search-price-below = { $max } 未満
search-price-between = { $min }〜{ $max }
search-price-above = { $min } 以上
search-remove-filter = （絞り込みを解除）
search-sort = 並べ替え
search-sort-relevance = おすすめ順
search-sort-price_asc = 価格の安い順
search-sort-price_desc = 価格の高い順
search-sort-newest = 新着順
search-sort-ocop = OCOP の星が多い順
search-sort-apply = 適用
search-empty-title = 条件に合う商品が見つかりません
search-empty-help = 綴りを確認するか、言葉を減らすか、絞り込みを外してください。ベトナム語は声調記号なしでも検索できます。
search-clear = すべての絞り込みを解除
search-browse = カテゴリーから商品を見る
