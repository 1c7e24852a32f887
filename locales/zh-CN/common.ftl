# Vietnamese is the source language of HTX Market. Every other locale has exactly these ids.

## Site frame
meta-description = HTX Market：越南合作社的线上商城。OCOP 产品来源清晰、全程可追溯，配送至越南各地及海外。
skip-to-content = 跳至主要内容
nav-label = 主导航
nav-cart = 购物车
nav-account = 我的账户
nav-login = 登录
nav-register = 注册
nav-logout = 退出登录
language-switcher-label = 选择语言
search-label = 搜索商品
search-placeholder = 搜索蜂蜜、鱼露、雪山茶…
footer-tagline = 把越南合作社的好产品，带给越南及世界各地的消费者。
footer-languages = 语言
footer-open-source = 开源
footer-license = 代码基于 MIT 许可证发布。

## Home
home-title = 越南合作社 OCOP 好物
home-eyebrow = 合作社直供市场
home-heading = 越南特产，产地直送
home-lead = 直接向越南各地的合作社购买：OCOP 认证产品，每批货品均可溯源，支持货到付款或刷卡支付。
home-cta-shop = 创建账户
home-cta-login = 我已有账户
home-features-heading = 为什么选择 HTX Market
home-feature-origin-title = 来源清晰
home-feature-origin-body = 每批货品都附有二维码，扫码即可查看种植地、采收日期和加工方式。
home-feature-ocop-title = OCOP 认证
home-feature-ocop-body = OCOP 星级和认证证书均经平台管理员审核后才会向买家展示。
home-feature-languages-title = 五种语言
home-feature-languages-body = 支持越南语、英语、中文、日语和韩语，让越南产品走向世界各地的消费者。
home-coop-heading = 您是合作社吗？
home-coop-body = 合作社很快就能申请入驻开店，用多种语言发布商品，并接收来自各地的订单。现在就创建账户，提前做好准备吧。

## Cart
cart-title = 购物车
cart-empty = 您的购物车还是空的。
cart-continue = 继续购物

## Not found
not-found-title = 找不到页面
not-found-body = 您要找的页面不存在或已被移动。
not-found-home = 返回首页

## Errors shared by every form and request
error-invalid-form = 请修改下方标出的内容。
error-required = 请填写此项。
error-login-required = 请先登录再继续。
error-forbidden = 抱歉，您没有执行此操作的权限。
error-not-found = 抱歉，找不到您请求的内容。
error-internal = 抱歉，我们的服务器出了点问题，请几分钟后再试。
error-bad-request = 请求无效，请刷新页面后重试。
error-network = 无法连接到服务器，请检查网络连接后重试。
error-body-too-large = 提交的数据过大。
error-cross-origin = 请求已被拒绝：该请求并非来自 HTX Market 网站。
error-invalid-utf8 = 提交的数据不是有效的 UTF-8 文本。
error-registration-number-invalid = 注册编号须为 10 位数字；分支机构为 10 位数字加连字符和 3 位数字。
error-phone-invalid = 请输入有效的越南手机或固定电话号码。

## Plurals and units
minutes-left = { $count } 分钟

## Storefront
breadcrumb-home = 首页
breadcrumb-label = 导航路径
ocop-rating = OCOP { $count } 星
