## Cooperative applications
coop-status-draft = 草稿
coop-status-submitted = 已提交，等待审核
coop-status-approved = 已通过
coop-status-rejected = 已拒绝
coop-status-changes-requested = 需补充材料
coop-status-suspended = 已暂停
error-reason-required = 请填写原因（不超过 2000 个字符）。
error-changed-meanwhile = 该申请刚被他人修改。请刷新页面查看最新状态。
mail-coop-decision-subject = HTX Market：{ $name } — { $status }
mail-coop-decision-body =
    您好：

    { $name } 在 HTX Market 的入驻申请已更新。
    新状态：{ $status }
    原因：{ $reason }

    详情请登录卖家中心查看。

    HTX Market
