## Fields
field-email = メールアドレス
field-display-name = 表示名
field-password = パスワード
field-current-password = 現在のパスワード
field-new-password = 新しいパスワード
password-hint = 10文字以上で設定してください。覚えやすい文章をパスワードにするのがおすすめです。
password-show = 表示
password-hide = 非表示

## Field errors
error-email-invalid = メールアドレスの形式が正しくありません。
error-email-taken = このメールアドレスはすでに登録されています。ログインするか、パスワードを再設定してください。
error-password-too-short = パスワードは10文字以上で入力してください。
error-password-too-long = パスワードは256文字以内で入力してください。
error-name-too-long = 表示名は80文字以内で入力してください。
error-control-characters = 制御文字は使用しないでください。
error-current-password-wrong = 現在のパスワードが正しくありません。
error-invalid-credentials = メールアドレスまたはパスワードが正しくありません。
error-too-many-attempts = ログインの試行回数が上限を超えました。15分後にもう一度お試しください。
error-reset-token-invalid = このパスワード再設定リンクは無効か、使用済み、または有効期限切れです。新しいリンクをリクエストしてください。

## Register
register-title = アカウントを作成
register-intro = アカウントを作成すると、注文状況の確認や、よりスムーズなお買い物ができます。
register-submit = アカウントを作成
register-have-account = すでにアカウントをお持ちの方

## Log in
login-title = ログイン
login-submit = ログイン
login-forgot = パスワードをお忘れですか？
login-no-account = はじめてご利用の方

## Forgotten password
forgot-title = パスワードをお忘れの方
forgot-intro = ご登録のメールアドレスを入力してください。パスワード再設定用のリンクをお送りします。
forgot-submit = リンクを送信
forgot-sent = このメールアドレスでアカウントが登録されている場合は、パスワード再設定用のリンクをお送りしました。受信トレイをご確認ください。

## Reset password
reset-title = パスワードの再設定
reset-submit = 新しいパスワードを保存
reset-done = パスワードを変更しました。新しいパスワードでログインしてください。

## Account
account-title = マイページ
account-name = 表示名
account-member-since = 登録日
account-email = メールアドレス
account-role = アカウント種別
role-shopper = 購入者
role-admin = 管理者
password-change-title = パスワードの変更
password-change-submit = パスワードを変更
password-change-done = パスワードを変更しました。ほかの端末やブラウザでのログインはすべてログアウトされています。

## Mail
mail-reset-subject = 【HTX Market】パスワード再設定のご案内
mail-reset-body =
    { $name } 様

    HTX Marketアカウントのパスワード再設定のリクエストを受け付けました。
    { $minutes }分以内に以下のリンクを開き、新しいパスワードを設定してください。

    { $link }

    お心当たりがない場合は、このメールを破棄してください。パスワードは変更されません。

    HTX Market
