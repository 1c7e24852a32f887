# 장바구니, 주문/결제, 주문, 배송비 설정 및 결제.

nav-orders = 내 주문
nav-sell-orders = 처리할 주문

cart-add = 장바구니에 담기
cart-added = 장바구니에 담았습니다.
cart-view = 장바구니 보기
cart-quantity = 수량
cart-quantity-for = { $variant } 수량
cart-product = 상품
cart-price = 단가
cart-line-total = 금액
cart-update = 변경
cart-remove = 삭제
cart-subtotal = 소계
cart-shipping-at-checkout = 배송비는 주문/결제 단계에서 협동조합별로 계산됩니다.
cart-checkout = 주문/결제하기
cart-blocked = 지금 상태로는 주문할 수 없는 상품이 있습니다. 계속하려면 해당 상품을 변경하거나 삭제하세요.
cart-price-changed = 장바구니에 담은 후 가격이 바뀐 상품이 있습니다. 장바구니에는 새 가격이 표시됩니다.
cart-was = 이전 가격 { $price }
cart-problem-unavailable = 더 이상 판매하지 않습니다.
cart-problem-out-of-stock = 품절되었습니다.
cart-problem-short = { $stock }개만 남았습니다.

checkout-title = 주문/결제
checkout-contact = 연락처
checkout-phone = 전화번호
checkout-address = 배송지 주소
checkout-recipient = 받는 분 성명
checkout-country = 국가/지역
checkout-province = 성/시
checkout-choose-province = 성/시 선택
checkout-choose-ward = 동/면 선택
checkout-choose-province-first = 먼저 성/시를 선택하세요
checkout-ward = 동/면
checkout-street = 번지 및 도로명
checkout-lines = 주소(도로명, 도시, 우편번호)
checkout-note = 배송 메모(선택)
checkout-summary = 주문 내역
checkout-shipping = 배송비
checkout-free = 무료
checkout-no-ship-abroad = 이 국가/지역으로는 배송하지 않습니다
checkout-total = 합계
checkout-indicative = 약 { $amount }(참고용이며, 결제는 베트남 동으로 진행됩니다)
checkout-payment = 결제 수단
checkout-no-payment = 이 주문에 사용할 수 있는 결제 수단이 없습니다.
checkout-place = 주문하기
checkout-some-left-out = 주문할 수 없는 상품은 제외했습니다.
checkout-short = 선택한 수량만큼 재고가 없는 상품이 있습니다. 장바구니에서 변경해 주세요.
checkout-status-cod = 주문이 접수되었습니다. 상품을 받으실 때 결제해 주세요.
checkout-status-awaiting_payment = 카드 결제를 기다리고 있습니다.
checkout-status-paid = 결제가 완료되었습니다. 감사합니다!
checkout-status-expired = 결제 기한이 지나 주문이 취소되었습니다.

payment-cod = 수령 시 현금 결제
payment-card = 카드(Stripe)

orders-checkout-title = 주문 내역
orders-mine-title = 내 주문
orders-none = 아직 주문이 없습니다.
orders-number = 주문번호
orders-date = 날짜
orders-cooperative = 협동조합
orders-recipient = 받는 분
orders-units = 수량
orders-status = 상태
orders-order-number = 주문 { $number }
orders-pay-by = { $time }까지 결제해 주세요.
orders-pay-now = 카드로 결제하기
orders-tracking = 배송 정보:
orders-cancel-reason = 취소 사유:
orders-refunded = 이 주문의 결제 금액이 환불되었습니다.
orders-history = 처리 내역
orders-carrier = 배송업체
orders-tracking-code = 운송장 번호
orders-reason = 사유
orders-action-confirm = 주문 확인
orders-action-ship = 발송 완료로 표시
orders-action-deliver = 배송 완료로 표시
orders-action-complete = 구매 확정
orders-action-cancel = 주문 취소

order-status-pending_payment = 결제 대기
order-status-placed = 주문 접수
order-status-confirmed = 주문 확인
order-status-shipped = 배송 중
order-status-delivered = 배송 완료
order-status-completed = 거래 완료
order-status-cancelled = 주문 취소

actor-shopper = 구매자가 처리
actor-cooperative = 협동조합이 처리
actor-system = 자동 처리

sell-orders-title = 주문 관리
sell-orders-all = 전체
sell-orders-csv = CSV 내보내기
sell-orders-slip = 포장 명세서
slip-ship-to = 받는 분
slip-collect = 배송 시 현금으로 받을 금액: { $amount }
slip-print = 인쇄

shipping-title = 배송비 설정
shipping-flat-fee = 베트남 국내 배송비(₫)
shipping-free-above = 무료 배송 기준 금액(₫)
shipping-free-above-hint = 무료 배송을 하지 않으려면 비워 두세요.
shipping-international = 해외 배송비(₫)
shipping-international-hint = 해외로 배송하지 않으면 비워 두세요.
shipping-cod = 수령 시 현금 결제 허용
shipping-provinces = 특정 성의 배송비
shipping-provinces-hint = 비워 두면 베트남 국내 배송비가 적용됩니다.
shipping-save = 배송비 설정 저장
shipping-saved = 배송비 설정을 저장했습니다.

csv-order = 주문번호
csv-date = 날짜
csv-status = 상태
csv-payment = 결제 수단
csv-recipient = 받는 분
csv-phone = 전화번호
csv-address = 주소
csv-sku = SKU
csv-product = 상품
csv-variant = 옵션
csv-quantity = 수량
csv-unit-price = 단가(VND)
csv-shipping = 배송비(VND)
csv-total = 주문 합계(VND)
csv-carrier = 배송업체
csv-tracking = 운송장 번호

country-VN = 베트남
country-US = 미국
country-CN = 중국
country-JP = 일본
country-KR = 대한민국
country-TW = 대만
country-SG = 싱가포르
country-TH = 태국
country-MY = 말레이시아
country-AU = 호주
country-CA = 캐나다
country-GB = 영국
country-DE = 독일
country-FR = 프랑스
country-NL = 네덜란드
country-HK = 홍콩

error-quantity = 1~999 사이의 정수를 입력해 주세요.
error-not-enough-stock = 재고가 부족합니다.
error-product-unavailable = 더 이상 판매하지 않는 상품입니다.
error-cart-full = 장바구니가 가득 찼습니다. 먼저 주문하거나 일부 상품을 삭제해 주세요.
error-cart-empty = 장바구니가 비어 있습니다.
error-cart-unavailable = 장바구니에 더 이상 판매하지 않는 상품이 있습니다. 장바구니를 확인해 주세요.
error-out-of-stock = 죄송합니다. 주문하신 상품 중 하나가 방금 품절되었습니다. 장바구니를 확인해 주세요.
error-checkout-price-changed = 주문하는 동안 가격이 변경되었습니다. 새 합계 금액을 확인한 후 다시 주문해 주세요.
error-address-characters = < > 및 제어 문자를 삭제해 주세요.
error-country = 이 국가/지역으로는 배송할 수 없습니다.
error-payment-method = 결제 수단을 선택해 주세요.
error-cod-unavailable = 주문에 수령 시 현금 결제를 받지 않는 협동조합이 있습니다. 카드 결제를 선택해 주세요.
error-card-unavailable = 지금은 카드 결제를 이용할 수 없습니다.
error-payment-unavailable = 결제 서비스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.
error-no-international-shipping = 주문에 이 국가/지역으로 배송하지 않는 협동조합이 있습니다.
error-form-tampered = 이 페이지 밖에서 양식이 변경되었습니다. 페이지를 새로고침한 후 다시 시도해 주세요.
error-order-transition = 지금은 이 주문을 그렇게 변경할 수 없습니다.
error-cancel-reason = 주문 취소 사유를 입력하세요.
error-tracking-required = 배송업체와 운송장 번호를 입력하세요.
error-order-status = 알 수 없는 주문 상태입니다.

mail-order-placed-subject = [HTX Market] 주문 내역 안내
mail-order-placed-body =
    주문해 주셔서 감사합니다.

    { $orders }

    합계: { $total }
    결제 수단: { $payment }

    주문 현황 확인: { $link }
mail-coop-new-order-subject = 새 주문 { $number }
mail-coop-new-order-body =
    새 주문이 들어왔습니다. 주문번호 { $number }, 금액 { $total }({ $payment }).

    주문을 열어 확인하고 발송하세요: { $link }
mail-order-status-subject = 주문 { $number }: { $status }
mail-order-status-body =
    주문 { $number }의 현재 상태는 { $status }입니다.
    { $tracking }
    { $reason }

    { $link }

nav-admin-payments = 결제
admin-payments-title = 결제 및 정산
admin-payments-balances = 협동조합에 지급할 금액
admin-payments-gross = 매출
admin-payments-commission = 수수료
admin-payments-paid-out = 지급 완료
admin-payments-owed = 미지급
admin-payments-own-rate = 개별 수수료(%)
admin-payments-set = 설정
admin-payments-payout = 지급 기록
admin-payments-amount = 금액(₫)
admin-payments-reference = 계좌 이체 참조 번호
admin-payments-record = 기록
admin-payments-settings = 설정
admin-payments-commission-percent = 주문별 수수료(%)
admin-payments-card-minutes = 카드 결제 기한(분), 지나면 재고가 반환됩니다
admin-payments-rates = 참고 환율(단위당 VND)
admin-payments-rate = 1 { $currency }당 VND
admin-payments-save = 설정 저장
admin-payments-payouts = 최근 지급 내역
error-percent = 0에서 50 사이의 비율을 소수점 둘째 자리까지 입력하세요.
error-card-minutes = 35에서 1440 사이의 분을 입력하세요.
error-rate = 소수점 셋째 자리까지의 양수 환율을 입력하세요.
error-payout-amount = 0보다 큰 동 단위 정수 금액을 입력하세요.
error-payout-too-much = 협동조합에 지급할 금액보다 많습니다.
error-ward-unknown = 이 성/시의 동/면을 선택하세요.

home-featured = HTX Market 추천 상품
admin-featured-title = 홈페이지 추천 상품
admin-featured-label = 상품(한 줄에 주소 또는 슬러그 하나)
admin-featured-hint = 최대 12개, 표시 순서대로 입력하세요. 상품 주소(예: https://…/ko/products/…)를 붙여 넣으세요.
admin-featured-save = 추천 상품 저장
error-featured-too-many = 추천 상품은 최대 12개까지입니다.
error-featured-unknown = 구매자가 볼 수 있는 상품이 아닌 줄이 있습니다.
