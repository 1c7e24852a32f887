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
