# Vietnamese is the source language of HTX Market. Every other locale has exactly these ids.

## Site frame
meta-description = HTX Market：ベトナムの協同組合が集まるオンラインマーケット。産地をたどれるOCOP認定商品を、ベトナム国内・海外へお届けします。
skip-to-content = メインコンテンツへスキップ
nav-label = メインナビゲーション
nav-cart = カート
nav-account = マイページ
nav-login = ログイン
nav-register = 新規登録
nav-logout = ログアウト
language-switcher-label = 言語を選択
search-label = 商品を検索
search-placeholder = はちみつ、ヌクマム、シャン・トゥエット茶などを検索…
footer-tagline = ベトナムの協同組合の産品を、ベトナム国内外のお客様へお届けします。
footer-languages = 言語
footer-open-source = オープンソース
footer-license = MITライセンスのもとで公開しています。

## Home
home-title = ベトナムの協同組合から届くOCOP認定商品
home-eyebrow = 協同組合のマーケット
home-heading = ベトナムの特産品を、産地からまっすぐ
home-lead = ベトナム各地の協同組合から直接お買い求めいただけます。OCOP認定商品を取り揃え、すべてのロットで産地をたどれます。お支払いは代金引換またはカードで。
home-cta-shop = アカウントを作成
home-cta-login = アカウントをお持ちの方
home-features-heading = HTX Marketが選ばれる理由
home-feature-origin-title = 産地がわかる
home-feature-origin-body = すべてのロットにQRコードが付いており、栽培地、収穫日、加工方法を確認できます。
home-feature-ocop-title = OCOP認定
home-feature-ocop-body = OCOPの星評価と認定証は、管理者が確認したうえで掲載しています。
home-feature-languages-title = 5つの言語に対応
home-feature-languages-body = ベトナム語・英語・中国語・日本語・韓国語に対応し、ベトナムの産品を世界中のお客様へお届けします。
home-coop-heading = 協同組合の皆さまへ
home-coop-body = まもなく、協同組合の皆さまは出店申請、複数言語での商品掲載、各地からの注文受付ができるようになります。今のうちにアカウントを作成して、ご準備ください。

## Cart
cart-title = ショッピングカート
cart-empty = カートに商品が入っていません。
cart-continue = 買い物を続ける

## Not found
not-found-title = ページが見つかりません
not-found-body = お探しのページは存在しないか、移動した可能性があります。
not-found-home = トップページへ戻る

## Errors shared by every form and request
error-invalid-form = 入力内容に誤りがあります。下記の該当項目を修正してください。
error-required = この項目を入力してください。
error-login-required = 続けるにはログインしてください。
error-forbidden = この操作を行う権限がありません。
error-not-found = お探しの内容が見つかりませんでした。
error-internal = 申し訳ありません。システムで問題が発生しました。数分後にもう一度お試しください。
error-bad-request = 無効なリクエストです。ページを再読み込みして、もう一度お試しください。
error-network = サーバーに接続できませんでした。通信環境をご確認のうえ、もう一度お試しください。
error-body-too-large = 送信されたデータのサイズが大きすぎます。
error-cross-origin = HTX Market以外から送信されたため、リクエストを受け付けられませんでした。
error-invalid-utf8 = 送信されたデータが有効なUTF-8テキストではありません。
error-registration-number-invalid = 登録番号は10桁の数字で入力してください（支店の場合は10桁・ハイフン・3桁）。
error-phone-invalid = 有効なベトナムの携帯電話または固定電話の番号を入力してください。

## Plurals and units
minutes-left = { $count }分

## Storefront
breadcrumb-home = ホーム
breadcrumb-label = パンくずリスト
ocop-rating = OCOP { $count } つ星
