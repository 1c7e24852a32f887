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

## Navigation
nav-sell = 卖家中心
nav-admin-review = 审核申请
nav-admin-audit = 审计日志
nav-coops = 合作社
nav-apply = 申请入驻
footer-marketplace = 商城

## Application fields
coop-status-label = 状态：
coop-reason-label = 原因：
coop-field-legal-name-vi = 法定名称（越南语）
coop-field-registration-number = 注册编号
coop-field-region-code = 省/市
coop-field-address = 详细地址
coop-field-year-founded = 成立年份
coop-field-member-count = 成员人数
coop-field-legal-representative = 法定代表人
coop-field-contact-phone = 联系电话
coop-field-contact-email = 联系邮箱
coop-field-trading-name = 经营名称
coop-field-description = 简介
coop-field-documents = 注册证书
coop-legal-name-hint = 须与注册证书上的名称一致，例如：Hợp tác xã Mật ong U Minh。
coop-registration-hint = 合作社或企业编码：10 位数字；分支机构为 10 位数字加连字符和 3 位数字。
coop-region-choose = 请选择省/市
coop-phone-hint = 越南手机或固定电话号码，例如 0912 345 678 或 028 3823 4567。
coop-description-hint = 支持 Markdown：**粗体**、*斜体*、列表和链接。不支持 HTML。
coop-applied-in = 申请语言
coop-created-at = 创建日期
coop-document-registration = 注册证书
coop-document-other = 其他证明材料
coop-role-owner = 所有者
coop-role-staff = 员工
coop-action-submit = 提交审核
coop-action-approve = 通过
coop-action-reject = 拒绝
coop-action-request-changes = 要求补充材料
coop-action-suspend = 暂停
coop-action-reinstate = 恢复

## Applying
apply-title = 申请入驻 HTX Market
apply-lead = 请介绍一下您的合作社。您可以随时保存草稿，一切就绪后再提交；提交后将由管理员审核。
apply-section-identity = 合作社信息
apply-section-contact = 联系方式
apply-section-texts = 面向买家的名称和简介
apply-texts-hint = 请先填写越南语，再添加您的顾客使用的其他语言。某种语言未填写时，买家将看到越南语内容。
apply-on-behalf = 我代表该合作社创建此申请（协助入驻），之后将通过邀请把它移交给合作社自己的账户。
apply-draft-note = 保存只会保留为草稿；在您提交之前，申请不会送交审核。
apply-save = 保存草稿
apply-saved = 已保存。
apply-upload-done = 文件已上传。
apply-documents = 证明材料
apply-documents-hint = 必须上传合作社的注册证书：PDF、JPEG 或 PNG 格式，不超过 10 MB。只有您、您的员工和管理员可以打开这些文件。
apply-document-kind = 材料类型
apply-document-file = 文件
apply-upload = 上传
apply-no-documents = 暂无材料。
apply-remove-document = 删除
apply-logo = Logo
apply-logo-file = Logo 图片（JPEG、PNG 或 WebP，不超过 2 MB）
apply-submit-heading = 提交审核
apply-submit-body = 申请填写完整后，请提交。审核期间无法编辑。

## Seller dashboard
sell-title = 卖家中心
sell-empty = 您还不属于任何合作社。请申请入驻，或请您所在合作社的所有者邀请您。
sell-apply-another = 为另一家合作社申请入驻
sell-switcher-label = 我的合作社
sell-back-to-dashboard = ← 卖家中心
sell-edit-application = 编辑申请
sell-view-application = 查看申请
sell-public-page = 公开主页
sell-staff = 成员与员工
sell-role = 角色
sell-since = 加入时间
sell-remove-member = 移除
sell-pending-invitations = 尚未接受的邀请
sell-invitation-expires = 有效期至
sell-invite-heading = 邀请成员
sell-invite-sent = 邀请已发送。
sell-invite-submit = 发送邀请

## Invitations
invitation-title = 加入合作社邀请
invitation-body = 您受邀以{ $role }身份加入 { $name }。此邀请发给 { $email }。
invitation-accept = 接受邀请
invitation-login-first = 请使用受邀的邮箱地址登录（或注册账户）后接受邀请。

## Administrators
admin-queue-title = 合作社入驻申请
admin-filter-status = 状态
filter-all-regions = 全部省/市
filter-apply = 筛选
admin-queue-empty = 没有符合条件的申请。
admin-since = 状态更新时间
admin-waiting = 等待时长
admin-waiting-hours = { $count } 小时
admin-waiting-days = { $count } 天
admin-review-title = 审核申请
admin-now-status = 当前状态：
admin-back-to-queue = ← 全部申请
admin-audit-for-coop = 该合作社的审计日志
admin-decisions = 审核决定
admin-no-actions = 当前状态下无法做出任何决定。
admin-reason = 原因（申请人可见）
admin-handover = 移交所有权
admin-handover-hint = 适用于代表合作社创建的申请：邀请合作社自己的账户成为所有者。
admin-audit-title = 审计日志
admin-audit-coop-filter = 合作社编号
admin-audit-when = 时间
admin-audit-who = 操作人
admin-audit-what = 操作
admin-audit-subject = 对象
admin-audit-details = 详情

## Public directory
coops-title = HTX Market 上的合作社
coops-lead = 越南合作社直接销售自家的 OCOP 产品。
coops-empty = 这里还没有合作社。
coops-description-fallback = 该合作社尚未提供您所用语言的简介，以下为越南语原文。
coops-products = 商品
coops-products-soon = 该合作社的商品将在此展示。

## Errors
error-too-long = 内容过长。
error-year-founded = 请输入 1945 年至今年之间的年份。
error-member-count = 请输入 1 至 1,000,000 之间的成员人数。
error-region-unknown = 请从列表中选择省/市。
error-document-required = 请上传注册证书。
error-application-locked = 该申请正在审核中或已有审核结果，目前无法修改。
error-file-required = 请选择要上传的文件。
error-file-too-large = 文件过大。
error-file-type = 不支持此文件类型（系统检查的是文件内容，而非文件名）。
error-document-kind = 未知的材料类型。
error-role-invalid = 请选择所有者或员工。
error-already-member = 此人已是该合作社的成员。
error-invitation-invalid = 此邀请链接无效、已过期或已被使用。
error-invitation-other-email = 此邀请是发给另一个邮箱地址的。请使用受邀地址登录。
error-last-owner = 合作社必须至少保留一名所有者。

## Mail
mail-invitation-subject = HTX Market：邀请您加入 { $name }
mail-invitation-body =
    您好：

    { $inviter } 邀请您以{ $role }身份加入 HTX Market 上的 { $name }。

    请通过以下链接接受邀请（链接 { $days } 天内有效）：
    { $link }

    如果您并未预期收到此邮件，请忽略。

    HTX Market
