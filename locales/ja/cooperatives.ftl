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
