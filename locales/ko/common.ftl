# Vietnamese is the source language of HTX Market. Every other locale has exactly these ids.

## Site frame
meta-description = HTX Market: 베트남 협동조합의 온라인 마켓. 원산지 추적이 가능한 OCOP 상품을 베트남 전역과 해외로 배송합니다.
skip-to-content = 본문 바로가기
nav-label = 메인 메뉴
nav-cart = 장바구니
nav-account = 마이페이지
nav-login = 로그인
nav-register = 회원가입
nav-logout = 로그아웃
language-switcher-label = 언어 선택
search-label = 상품 검색
search-placeholder = 꿀, 피시 소스, 샨뚜엣 차 검색…
footer-tagline = 베트남 협동조합의 상품을 베트남 국내외 고객에게 전합니다.
footer-languages = 언어
footer-open-source = 오픈 소스
footer-license = MIT 라이선스로 배포됩니다.

## Home
home-title = 베트남 협동조합의 OCOP 상품
home-eyebrow = 협동조합 직거래 마켓
home-heading = 베트남 특산품, 산지에서 바로
home-lead = 베트남 각지의 협동조합에서 직접 구매하세요. OCOP 인증 상품을 만나 보실 수 있으며, 모든 로트는 이력 추적이 가능하고, 결제는 상품 수령 시 또는 카드로 할 수 있습니다.
home-cta-shop = 회원가입하기
home-cta-login = 이미 계정이 있어요
home-features-heading = HTX Market을 선택해야 하는 이유
home-feature-origin-title = 확실한 원산지
home-feature-origin-body = 모든 로트에 QR 코드가 있어 재배지, 수확일, 가공 방법을 확인할 수 있습니다.
home-feature-ocop-title = OCOP 인증
home-feature-ocop-body = OCOP 별 등급과 인증서는 관리자 검토를 거친 후에 공개됩니다.
home-feature-languages-title = 5개 언어 지원
home-feature-languages-body = 베트남어, 영어, 중국어, 일본어, 한국어를 지원해 전 세계 어디서나 베트남 상품을 만나 볼 수 있습니다.
home-coop-heading = 협동조합이신가요?
home-coop-body = 곧 협동조합도 입점 신청을 하고, 여러 언어로 상품을 등록하고, 어디서든 주문을 받을 수 있게 됩니다. 지금 계정을 만들어 미리 준비하세요.

## Cart
cart-title = 장바구니
cart-empty = 장바구니가 비어 있습니다.
cart-continue = 쇼핑 계속하기

## Not found
not-found-title = 페이지를 찾을 수 없습니다
not-found-body = 찾으시는 페이지가 없거나 다른 곳으로 이동했습니다.
not-found-home = 홈으로 돌아가기

## Errors shared by every form and request
error-invalid-form = 아래 표시된 항목을 수정해 주세요.
error-required = 이 항목을 입력해 주세요.
error-login-required = 계속하려면 로그인해 주세요.
error-forbidden = 이 작업을 수행할 권한이 없습니다.
error-not-found = 요청하신 내용을 찾을 수 없습니다.
error-internal = 일시적인 서버 오류가 발생했습니다. 몇 분 후에 다시 시도해 주세요.
error-bad-request = 잘못된 요청입니다. 페이지를 새로고침한 후 다시 시도해 주세요.
error-network = 서버에 연결할 수 없습니다. 네트워크 연결을 확인한 후 다시 시도해 주세요.
error-body-too-large = 전송한 데이터가 너무 큽니다.
error-cross-origin = HTX Market 사이트에서 보낸 요청이 아니어서 거부되었습니다.
error-invalid-utf8 = 전송한 데이터가 올바른 UTF-8 텍스트가 아닙니다.
error-registration-number-invalid = 등록번호는 숫자 10자리여야 합니다(지점은 10자리, 하이픈, 3자리).
error-phone-invalid = 올바른 베트남 휴대전화 또는 유선전화 번호를 입력해 주세요.

## Plurals and units
minutes-left = { $count }분

## Storefront
breadcrumb-home = 홈
breadcrumb-label = 이동 경로
ocop-rating = OCOP { $count }성
