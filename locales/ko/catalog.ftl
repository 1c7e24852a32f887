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
