## Fields
field-email = 电子邮箱
field-display-name = 昵称
field-password = 密码
field-current-password = 当前密码
field-new-password = 新密码
password-hint = 至少 10 个字符。用一句好记的话作密码，既安全又不易忘。
password-show = 显示
password-hide = 隐藏

## Field errors
error-email-invalid = 邮箱地址格式不正确。
error-email-taken = 该邮箱已注册。请直接登录，或找回密码。
error-password-too-short = 密码至少需要 10 个字符。
error-password-too-long = 密码不能超过 256 个字符。
error-name-too-long = 昵称最多 80 个字符。
error-control-characters = 请勿使用控制字符。
error-current-password-wrong = 当前密码不正确。
error-invalid-credentials = 邮箱或密码错误。
error-too-many-attempts = 登录尝试次数过多，请 15 分钟后再试。
error-reset-token-invalid = 此重置密码链接无效、已被使用或已过期，请重新申请。

## Register
register-title = 创建账户
register-intro = 有了账户，您可以随时查看订单，结账也更快捷。
register-submit = 创建账户
register-have-account = 已有账户？

## Log in
login-title = 登录
login-submit = 登录
login-forgot = 忘记密码？
login-no-account = 还没有账户？

## Forgotten password
forgot-title = 忘记密码
forgot-intro = 请输入您注册时使用的邮箱，我们将向您发送重置密码的链接。
forgot-submit = 发送链接
forgot-sent = 如果该邮箱已注册账户，我们已向其发送重置密码链接。请查收邮件。

## Reset password
reset-title = 重置密码
reset-submit = 保存新密码
reset-done = 密码已修改，请使用新密码登录。

## Account
account-title = 我的账户
account-name = 昵称
account-member-since = 注册时间
account-email = 电子邮箱
account-role = 角色
role-shopper = 买家
role-admin = 管理员
password-change-title = 修改密码
password-change-submit = 修改密码
password-change-done = 密码已修改，您在其他设备或浏览器上的登录均已退出。

## Mail
mail-reset-subject = 重置您的 HTX Market 密码
mail-reset-body =
    { $name }，您好：

    我们收到了重置您 HTX Market 账户密码的请求。
    请在 { $minutes } 分钟内打开以下链接，设置新密码：

    { $link }

    如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。

    HTX Market
