## Products
product-status-draft = 임시 저장
product-status-published = 판매 중
product-status-archived = 보관됨

## Catalog errors
error-price-negative = 가격은 음수일 수 없습니다.
error-price-fractional = 가격은 소수점 없이 동 단위 정수로 입력하세요.
error-price-invalid = 가격을 동 단위로 입력하세요(예: 150000).
error-stock-negative = 재고는 0보다 작을 수 없습니다.
error-stock-invalid = 재고는 정수로 입력하세요.
error-weight-invalid = 무게를 1~100,000그램 사이로 입력하세요.
error-sku-invalid = 영문자, 숫자, 하이픈, 밑줄, 점으로 1~64자를 입력하세요.
error-lot-code-invalid = 영문자, 숫자, 하이픈, 밑줄, 점으로 3~40자를 입력하세요.
error-gtin-invalid = 올바른 GTIN(바코드 번호)이 아닙니다. 숫자를 확인하세요.
error-ocop-stars = OCOP 등급은 3성, 4성 또는 5성입니다.
error-ocop-level = 성급 또는 국가급을 선택하세요.

## Seller's catalog
products-title = 상품
products-new = 새 상품
products-empty = 아직 상품이 없습니다.
products-stock = 재고
products-translations = 언어
products-missing = 미입력
products-updated = 수정일
products-edit-title = 상품 수정
products-back = ← 상품
products-view-public = 공개 페이지 보기
products-make-draft = 임시 저장으로 되돌리기
products-make-published = 판매 시작
products-make-archived = 보관
products-section-basics = 기본 정보
products-section-texts = 구매자에게 보이는 이름과 설명
products-texts-hint = 베트남어는 필수입니다. 고객이 읽는 다른 언어를 추가하세요. 입력하지 않은 언어에서는 베트남어가 표시됩니다.
products-section-variants = 옵션 및 가격
products-variants-hint = 크기나 포장별로 한 줄씩 입력하세요. 예: 250g 병, 500g 병. 가격은 동 단위 정수로 입력하세요. 빈 줄은 무시됩니다.
products-choose = 선택…
products-save = 저장
product-field-name = 상품명
product-field-short = 간단한 설명
product-field-description = 상세 설명
product-field-category = 카테고리
product-field-unit = 판매 단위
product-field-origin = 원산지(성/시)
product-field-gtin = 바코드(GTIN)
product-gtin-hint = 선택 사항: 바코드 아래에 있는 8, 12, 13 또는 14자리 숫자.
variant-field-sku = SKU
variant-field-label = 크기 또는 포장
variant-field-price = 가격(₫)
variant-field-stock = 재고
variant-field-weight-grams = 무게(g)
unit-jar = 통
unit-bottle = 병
unit-bag = 봉지
unit-box = 상자
unit-pack = 팩
unit-kg = 킬로그램
unit-piece = 개
unit-set = 세트

## Shoppers
home-newest = HTX Market 신상품
product-price-from = { $price }부터
product-by = 판매자:
product-in-stock = 재고 있음
product-out-of-stock = 품절
product-fallback = 이 상품은 아직 이 언어로 된 설명이 없어 베트남어 설명을 보여 드립니다.

## Catalog errors (continued)
error-unit-invalid = 판매 단위를 선택하세요.
error-name-needed = 이 언어로 된 상품명도 입력하거나, 이 언어의 설명을 비워 두세요.
error-sku-duplicate = 옵션마다 서로 다른 SKU가 필요합니다.
error-sku-taken = 다른 상품에서 이미 사용 중인 SKU입니다.
error-variant-required = 가격을 입력한 옵션을 하나 이상 추가하세요.
error-catalog-not-approved = 승인된 협동조합만 상품을 변경할 수 있습니다.
error-category-unknown = 목록에서 카테고리를 선택하세요.

## Traceability
date-day = { $year }년 { $month }월 { $day }일
ocop-stars = { $count }성
cert-ocop = OCOP
cert-vietgap = VietGAP
cert-globalgap = GlobalG.A.P.
cert-organic = 유기농
cert-haccp = HACCP
cert-halal = 할랄
cert-other = 인증됨
product-trace = 이 상품의 생산 이력
trace-title = 로트 { $lot }
trace-produced-on = 생산일
trace-place = 생산지
trace-quantity = 수량
trace-timeline = 밭에서 포장까지
trace-qr = 이 로트의 QR 코드(SVG, 인쇄용)
step-harvest = 수확
step-sorting = 선별
step-drying = 건조
step-fermenting = 발효
step-roasting = 로스팅
step-milling = 도정·제분
step-weaving = 직조
step-firing = 가마 소성
step-testing = 품질 검사
step-packing = 포장
batches-title = 로트 및 이력 추적
batches-new = 새 로트
batches-add = 로트 추가
batches-labels = QR 라벨 인쇄
batches-print = 인쇄
batch-lot-code = 로트 번호
batch-lot-code-hint = 포장에 인쇄됩니다(예: UM-2026-11). 영문자, 숫자, 하이픈을 사용할 수 있습니다.
batch-produced-on = 생산일 또는 수확일
batch-commune = 사(읍·면)
batch-quantity = 수량
batch-quantity-unit = 단위(kg, 통 등)
batch-step = 공정
batch-step-date = 날짜
batch-step-note = 메모
error-date-invalid = 미래가 아닌 날짜를 입력하세요.
error-step-kind = 목록에서 공정을 선택하세요.
error-lot-code-taken = 이미 사용 중인 로트 번호입니다.

## Certifications
certs-title = 인증
certs-new = 인증 등록
certs-add = 확인 요청
cert-status-pending = 확인 대기 중
cert-status-verified = 확인됨
cert-status-rejected = 거절됨
cert-expires = 만료일
cert-expiry-warning = 이 인증서는 30일 이내에 만료되거나 이미 만료되었습니다. 구매자에게 배지가 계속 표시되도록 갱신하세요.
cert-field-kind = 인증 종류
cert-field-number = 인증서 번호
cert-field-stars = OCOP 등급(별)
cert-field-level = 발급 기관
cert-field-issued-on = 발급일
cert-field-expires-on = 만료일
cert-expiry-hint = OCOP는 비워 두세요. 인증서는 36개월 동안 유효합니다.
ocop-level-provincial = 성급 위원회
ocop-level-national = 국가급 위원회
nav-admin-ocop = 인증 확인
admin-ocop-title = 확인할 인증
admin-ocop-empty = 대기 중인 인증이 없습니다.
admin-ocop-verify = 확인
admin-ocop-reject = 거절
error-cert-kind = 인증 종류를 선택하세요.
error-expiry-before-issue = 만료일은 발급일보다 뒤여야 합니다.

## Browsing
home-categories = 카테고리별 둘러보기
home-five-star = 5성 OCOP 상품
category-count = 상품 { $count }개
pagination-label = 페이지
pagination-previous = ← 이전
pagination-next = 다음 →
pagination-position = { $page } / { $pages } 페이지

## Photos
photos-title = 상품 사진
photos-hint = 최대 10장: JPEG, PNG 또는 WebP, 10MB 및 4천만 화소 이하. 첫 번째 사진이 대표 사진입니다. 위치 및 카메라 정보는 삭제됩니다.
photos-processing = 처리 중…
photos-cover = 대표 사진
photos-up = 앞으로
photos-down = 뒤로
photos-remove = 삭제
photos-file = 사진
error-photo-limit = 상품당 사진은 최대 10장입니다.
error-image-too-many-pixels = 이미지의 화소 수가 너무 많습니다(4천만 화소 초과).

## Seller tools
products-preview = 구매자 화면으로 보기
products-preview-note = 미리 보기: 판매를 시작하면 구매자에게 이렇게 보입니다.
products-duplicate = 복제
products-stock-title = 재고
products-stock-delta = 추가 또는 차감(음수)
products-stock-apply = 적용

## Import
import-title = 스프레드시트에서 가져오기
import-lead = 한 행이 하나의 옵션이며, product_key가 같은 행은 하나의 상품이 됩니다. 가져온 상품은 임시 저장 상태입니다. 확인한 후 판매를 시작하세요.
import-template = 템플릿 다운로드(현재 상품 포함)
import-file = CSV 또는 XLSX 파일(최대 10MB)
import-check = 검사만
import-run = 가져오기
import-hint = 파일 전체가 올바를 때만 생성됩니다. CSV는 UTF-8, UTF-16, Windows-1258을 지원합니다.
import-summary = { $rows }행, 상품 { $products }개
import-done = 가져왔습니다. 상품이 임시 저장 상태로 목록에 있습니다.
import-clean = 문제가 없습니다. 이 파일을 가져올 수 있습니다.
import-problems = 문제 { $count }건: 아무것도 가져오지 않았습니다.
import-row = 행
import-column = 열
import-problem = 문제
error-import-encoding = 파일의 문자 인코딩을 읽을 수 없습니다. CSV UTF-8 또는 XLSX로 저장하세요.
error-import-file = 읽을 수 있는 CSV 또는 XLSX 파일이 아닙니다.
error-import-empty = 파일이 비어 있습니다.
error-import-column-missing = 머리글 행에 이 열이 없습니다.
error-import-too-many-rows = 행이 너무 많습니다(최대 20,000행).
cert-scan-view = 스캔본 보기
cert-scan-attach = 인증서 스캔본 첨부(PDF, JPEG 또는 PNG)
cert-scan-replace = 스캔본 교체
cert-scan-none = 첨부된 스캔본 없음
error-cert-decided = 이미 심사가 끝난 인증서입니다. 변경하려면 다시 신고하세요.
mail-cert-expiry-subject = HTX Market: { $product }의 { $scheme } 인증 만료 예정
mail-cert-expiry-body =
    안녕하세요.

    { $product }의 { $scheme } 인증서(번호 { $number })가 { $date }에 만료됩니다.
    만료 후에는 상품 페이지에 배지가 표시되지 않습니다.
    인증을 갱신한 뒤 판매자 대시보드의 상품 페이지에서 새 인증서를 신고하세요.

    HTX Market
upload-sending = 업로드 중… { $percent }%
upload-failed = 업로드하지 못했습니다. 연결을 확인한 뒤 다시 시도하세요.
import-processing = 업로드 완료. 각 행을 확인하는 중…
batch-photos-add = 이 로트의 사진 추가
trace-photos = 이 로트의 사진
error-batch-photo-limit = 로트당 사진은 최대 6장입니다.

feed-title = HTX Market: 베트남 협동조합의 상품

nav-admin-moderation = 검토
nav-admin-users = 사용자
moderation-title = 신고된 상품 및 숨긴 상품
moderation-none = 검토할 항목이 없습니다.
moderation-actions = 작업
moderation-hidden = 숨김
moderation-hide = 숨기기
moderation-restore = 다시 표시
moderation-dismiss = 신고 기각
users-title = 사용자
users-search = 이메일 또는 이름으로 검색
users-disabled = 비활성화됨
users-disable = 비활성화
users-enable = 활성화
report-product = 이 상품 신고하기
report-reason = 어떤 문제가 있나요?
report-send = 신고 보내기
report-sent = 감사합니다. 관리자가 확인하겠습니다.
error-disable-self = 본인 계정은 비활성화할 수 없습니다.
mail-product-hidden-subject = [HTX Market] 상품 "{ $product }"이(가) 숨겨졌습니다
mail-product-hidden-body =
    HTX Market 관리자가 상품 "{ $product }"을(를) 구매자에게 보이지 않도록 숨겼습니다.

    사유: { $reason }

    상품을 수정한 뒤 이 메일에 회신해 주세요. 다시 표시할 수 있도록 검토하겠습니다.
mail-product-restored-subject = [HTX Market] 상품 "{ $product }"이(가) 다시 표시됩니다
mail-product-restored-body =
    HTX Market 관리자가 상품 "{ $product }"을(를) 구매자에게 다시 표시했습니다.

## Product page, category and trace pages
product-choose-variant = 규격 선택
product-shipping-free = 무료 배송
product-shipping-fee = 배송비 { $price }
product-shipping-free-above = { $price } 이상 무료 배송
product-ships-abroad = 해외 배송 가능
category-description = 베트남 협동조합의 { $name } OCOP 상품 { $count }개, 로트별 이력 추적 가능.
trace-description = { $product } (로트 { $lot })의 출처: 협동조합, 수확, 인증.
