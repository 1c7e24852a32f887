## Cooperative applications
coop-status-draft = 下書き
coop-status-submitted = 申請済み（審査待ち）
coop-status-approved = 承認済み
coop-status-rejected = 却下
coop-status-changes-requested = 修正依頼あり
coop-status-suspended = 停止中
error-reason-required = 理由を入力してください（2000文字以内）。
error-changed-meanwhile = この申請はほかの方が変更したところです。ページを再読み込みして最新の状態をご確認ください。
mail-coop-decision-subject = 【HTX Market】{ $name }：{ $status }
mail-coop-decision-body =
    HTX Marketをご利用いただきありがとうございます。

    { $name }の出店申請が更新されました。
    新しいステータス：{ $status }
    理由：{ $reason }

    詳しくは出店者ページでご確認ください。

    HTX Market

## Navigation
nav-sell = 出店者ページ
nav-admin-review = 申請の審査
nav-admin-audit = 監査ログ
nav-coops = 協同組合
nav-apply = 出店申請
footer-marketplace = マーケット

## Application fields
coop-status-label = ステータス：
coop-reason-label = 理由：
coop-field-legal-name-vi = 正式名称（ベトナム語）
coop-field-registration-number = 登録番号
coop-field-region-code = 省・市
coop-field-address = 住所（番地まで）
coop-field-year-founded = 設立年
coop-field-member-count = 組合員数
coop-field-legal-representative = 法定代表者
coop-field-contact-phone = 連絡先電話番号
coop-field-contact-email = 連絡先メールアドレス
coop-field-trading-name = 屋号
coop-field-description = 紹介文
coop-field-documents = 登録証明書
coop-legal-name-hint = 登録証明書の記載どおりに入力してください（例：Hợp tác xã Mật ong U Minh）。
coop-registration-hint = 協同組合コードまたは企業コード：10桁の数字（支店の場合は10桁・ハイフン・3桁）。
coop-region-choose = 省・市を選択してください
coop-phone-hint = ベトナムの携帯電話または固定電話の番号（例：0912 345 678、028 3823 4567）。
coop-description-hint = Markdownが使えます：**太字**、*斜体*、リスト、リンク。HTMLは使えません。
coop-applied-in = 申請時の言語
coop-created-at = 作成日
coop-document-registration = 登録証明書
coop-document-other = その他の証明書類
coop-role-owner = オーナー
coop-role-staff = スタッフ
coop-action-submit = 審査に提出
coop-action-approve = 承認
coop-action-reject = 却下
coop-action-request-changes = 修正を依頼
coop-action-suspend = 停止
coop-action-reinstate = 停止を解除

## Applying
apply-title = HTX Marketへの出店申請
apply-lead = 協同組合について教えてください。下書きはいつでも保存でき、すべてそろったら提出できます。提出後、管理者が審査します。
apply-section-identity = 協同組合の情報
apply-section-contact = 連絡先
apply-section-texts = お客様向けの名称と紹介文
apply-texts-hint = まずベトナム語で入力し、お客様が読むほかの言語も追加してください。未入力の言語では、ベトナム語が表示されます。
apply-on-behalf = 協同組合に代わってこの申請を作成します（出店サポート）。後で招待により、協同組合自身のアカウントに引き継ぎます。
apply-draft-note = 保存しても下書きとして残るだけで、提出するまで審査には送られません。
apply-save = 下書きを保存
apply-saved = 保存しました。
apply-upload-done = ファイルをアップロードしました。
apply-documents = 証明書類
apply-documents-hint = 協同組合の登録証明書は必須です（PDF・JPEG・PNG、10 MBまで）。これらのファイルを開けるのは、ご本人、スタッフ、管理者のみです。
apply-document-kind = 書類の種類
apply-document-file = ファイル
apply-upload = アップロード
apply-no-documents = 書類はまだありません。
apply-remove-document = 削除
apply-logo = ロゴ
apply-logo-file = ロゴ画像（JPEG・PNG・WebP、2 MBまで）
apply-submit-heading = 審査に提出
apply-submit-body = 申請内容がそろったら提出してください。審査中は編集できません。

## Seller dashboard
sell-title = 出店者ページ
sell-empty = まだどの協同組合にも所属していません。出店を申請するか、所属する協同組合のオーナーに招待を依頼してください。
sell-apply-another = 別の協同組合の出店を申請
sell-switcher-label = 所属する協同組合
sell-back-to-dashboard = ← 出店者ページ
sell-edit-application = 申請を編集
sell-view-application = 申請を表示
sell-public-page = 公開ページ
sell-staff = メンバーとスタッフ
sell-role = 役割
sell-since = 参加日
sell-remove-member = 削除
sell-pending-invitations = 未承諾の招待
sell-invitation-expires = 有効期限
sell-invite-heading = メンバーを招待
sell-invite-sent = 招待を送信しました。
sell-invite-submit = 招待を送信

## Invitations
invitation-title = 協同組合への招待
invitation-body = { $name }に{ $role }として招待されています。この招待は{ $email }宛てです。
invitation-accept = 招待を承諾
invitation-login-first = 招待を承諾するには、招待されたメールアドレスでログイン（またはアカウントを作成）してください。

## Administrators
admin-queue-title = 協同組合の出店申請
admin-filter-status = ステータス
filter-all-regions = すべての省・市
filter-apply = 絞り込む
admin-queue-empty = 該当する申請はありません。
admin-since = ステータス更新日時
admin-waiting = 待ち時間
admin-waiting-hours = { $count }時間
admin-waiting-days = { $count }日
admin-review-title = 申請の審査
admin-now-status = 現在のステータス：
admin-back-to-queue = ← 申請一覧
admin-audit-for-coop = この協同組合の監査ログ
admin-decisions = 審査の決定
admin-no-actions = この状態では、行える決定はありません。
admin-reason = 理由（申請者に表示されます）
admin-handover = オーナー権限の引き継ぎ
admin-handover-hint = 協同組合に代わって作成された申請の場合：協同組合自身のアカウントをオーナーとして招待してください。
admin-audit-title = 監査ログ
admin-audit-coop-filter = 協同組合番号
admin-audit-when = 日時
admin-audit-who = 実行者
admin-audit-what = 操作
admin-audit-subject = 対象
admin-audit-details = 詳細

## Public directory
coops-title = HTX Marketの協同組合
coops-lead = ベトナムの協同組合が、OCOP認定商品を直接販売しています。
coops-empty = まだ協同組合はありません。
coops-description-fallback = この協同組合はまだお使いの言語で紹介文を書いていないため、ベトナム語で表示しています。
coops-products = 商品
coops-products-soon = この協同組合の商品は、ここに掲載される予定です。

## Errors
error-too-long = 長すぎます。
error-year-founded = 1945年から今年までの年を入力してください。
error-member-count = 組合員数は1〜1,000,000の範囲で入力してください。
error-region-unknown = 一覧から省・市を選択してください。
error-document-required = 登録証明書をアップロードしてください。
error-application-locked = この申請は審査中または審査済みのため、現在は変更できません。
error-file-required = アップロードするファイルを選択してください。
error-file-too-large = ファイルが大きすぎます。
error-file-type = このファイル形式には対応していません（ファイル名ではなく内容で判定しています）。
error-document-kind = 不明な書類の種類です。
error-role-invalid = オーナーかスタッフを選択してください。
error-already-member = この方はすでに協同組合のメンバーです。
error-invitation-invalid = この招待リンクは無効か、期限切れか、すでに使用されています。
error-invitation-other-email = この招待は別のメールアドレス宛てです。招待されたアドレスでログインしてください。
error-last-owner = 協同組合には少なくとも1人のオーナーが必要です。

## Mail
mail-invitation-subject = 【HTX Market】{ $name }への招待
mail-invitation-body =
    HTX Marketからのご案内です。

    { $inviter }さんから、HTX Marketの{ $name }に{ $role }として参加するよう招待が届いています。

    以下のリンクから招待を承諾してください（リンクの有効期限は{ $days }日間です）。
    { $link }

    お心当たりのない場合は、このメールを破棄してください。

    HTX Market
