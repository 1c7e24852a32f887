## Cooperative applications
coop-status-draft = 임시 저장
coop-status-submitted = 제출됨(심사 대기)
coop-status-approved = 승인됨
coop-status-rejected = 거절됨
coop-status-changes-requested = 보완 요청
coop-status-suspended = 정지됨
error-reason-required = 사유를 입력해 주세요(최대 2,000자).
error-changed-meanwhile = 다른 사람이 방금 이 신청서를 변경했습니다. 페이지를 새로 고쳐 현재 상태를 확인해 주세요.
mail-coop-decision-subject = [HTX Market] { $name } — { $status }
mail-coop-decision-body =
    안녕하세요.

    HTX Market 입점 신청({ $name })이 업데이트되었습니다.
    새 상태: { $status }
    사유: { $reason }

    자세한 내용은 판매자 센터에서 확인해 주세요.

    HTX Market

## Navigation
nav-sell = 판매자 센터
nav-admin-review = 신청 심사
nav-admin-audit = 감사 로그
nav-coops = 협동조합
nav-apply = 입점 신청
footer-marketplace = 마켓

## Application fields
coop-status-label = 상태:
coop-reason-label = 사유:
coop-field-legal-name-vi = 정식 명칭(베트남어)
coop-field-registration-number = 등록번호
coop-field-region-code = 성/시
coop-field-address = 전체 주소
coop-field-year-founded = 설립 연도
coop-field-member-count = 조합원 수
coop-field-legal-representative = 법정 대표자
coop-field-contact-phone = 연락처 전화번호
coop-field-contact-email = 연락처 이메일
coop-field-trading-name = 상호
coop-field-description = 소개
coop-field-documents = 등록 증명서
coop-legal-name-hint = 등록 증명서에 적힌 그대로 입력하세요. 예: Hợp tác xã Mật ong U Minh
coop-registration-hint = 협동조합 또는 기업 코드: 숫자 10자리, 지점은 숫자 10자리, 하이픈, 숫자 3자리.
coop-region-choose = 성/시 선택
coop-phone-hint = 베트남 휴대전화 또는 유선전화 번호. 예: 0912 345 678, 028 3823 4567
coop-description-hint = Markdown 사용 가능: **굵게**, *기울임*, 목록, 링크. HTML은 사용할 수 없습니다.
coop-applied-in = 신청 언어
coop-created-at = 작성 시작일
coop-document-registration = 등록 증명서
coop-document-other = 기타 증빙 서류
coop-role-owner = 소유자
coop-role-staff = 직원
coop-action-submit = 심사 요청
coop-action-approve = 승인
coop-action-reject = 거절
coop-action-request-changes = 보완 요청
coop-action-suspend = 정지
coop-action-reinstate = 정지 해제

## Applying
apply-title = HTX Market 입점 신청
apply-lead = 협동조합을 소개해 주세요. 언제든 임시 저장할 수 있으며, 모든 준비가 끝나면 제출하세요. 제출하면 관리자가 심사합니다.
apply-section-identity = 협동조합 정보
apply-section-contact = 연락처
apply-section-texts = 구매자에게 보이는 이름과 소개
apply-texts-hint = 베트남어를 먼저 입력하고, 고객이 읽는 다른 언어를 추가하세요. 입력하지 않은 언어에서는 베트남어가 표시됩니다.
apply-on-behalf = 협동조합을 대신해 이 신청서를 작성합니다(입점 지원). 이후 초대를 통해 협동조합 자체 계정으로 넘겨주겠습니다.
apply-draft-note = 저장하면 임시 저장본으로 보관되며, 제출하기 전까지는 심사로 넘어가지 않습니다.
apply-save = 임시 저장
apply-saved = 저장되었습니다.
apply-upload-done = 파일이 업로드되었습니다.
apply-documents = 증빙 서류
apply-documents-hint = 협동조합 등록 증명서는 필수입니다. PDF, JPEG 또는 PNG 형식, 최대 10MB. 이 파일은 본인, 직원, 관리자만 열어 볼 수 있습니다.
apply-document-kind = 서류 종류
apply-document-file = 파일
apply-upload = 업로드
apply-no-documents = 아직 서류가 없습니다.
apply-remove-document = 삭제
apply-logo = 로고
apply-logo-file = 로고 이미지(JPEG, PNG 또는 WebP, 최대 2MB)
apply-submit-heading = 심사 요청
apply-submit-body = 신청서 작성을 마쳤으면 제출하세요. 심사 중에는 수정할 수 없습니다.

## Seller dashboard
sell-title = 판매자 센터
sell-empty = 아직 소속된 협동조합이 없습니다. 입점을 신청하거나, 소속 협동조합의 소유자에게 초대를 요청하세요.
sell-apply-another = 다른 협동조합 입점 신청
sell-switcher-label = 내 협동조합
sell-back-to-dashboard = ← 판매자 센터
sell-edit-application = 신청서 수정
sell-view-application = 신청서 보기
sell-public-page = 공개 페이지
sell-staff = 구성원 및 직원
sell-role = 역할
sell-since = 가입일
sell-remove-member = 제외
sell-pending-invitations = 수락 대기 중인 초대
sell-invitation-expires = 만료일
sell-invite-heading = 초대하기
sell-invite-sent = 초대장을 보냈습니다.
sell-invite-submit = 초대장 보내기

## Invitations
invitation-title = 협동조합 초대
invitation-body = { $name }에 { $role } 역할로 초대되었습니다. 초대받은 이메일 주소: { $email }
invitation-accept = 초대 수락
invitation-login-first = 초대를 수락하려면 초대받은 이메일 주소로 로그인(또는 회원가입)하세요.

## Administrators
admin-queue-title = 협동조합 입점 신청
admin-filter-status = 상태
filter-all-regions = 전체 성/시
filter-apply = 필터 적용
admin-queue-empty = 조건에 맞는 신청이 없습니다.
admin-since = 상태 변경 시각
admin-waiting = 대기 시간
admin-waiting-hours = { $count }시간
admin-waiting-days = { $count }일
admin-review-title = 신청 심사
admin-now-status = 현재 상태:
admin-back-to-queue = ← 전체 신청
admin-audit-for-coop = 이 협동조합의 감사 로그
admin-decisions = 결정
admin-no-actions = 현재 상태에서는 내릴 수 있는 결정이 없습니다.
admin-reason = 사유(신청자에게 표시됨)
admin-handover = 소유권 이전
admin-handover-hint = 협동조합을 대신해 작성한 신청서의 경우, 협동조합 자체 계정을 소유자로 초대하세요.
admin-audit-title = 감사 로그
admin-audit-coop-filter = 협동조합 번호
admin-audit-when = 일시
admin-audit-who = 작업자
admin-audit-what = 작업
admin-audit-subject = 대상
admin-audit-details = 세부 정보

## Public directory
coops-title = HTX Market의 협동조합
coops-lead = 베트남 협동조합이 OCOP 상품을 직접 판매합니다.
coops-empty = 아직 등록된 협동조합이 없습니다.
coops-description-fallback = 이 협동조합은 아직 이 언어로 소개를 작성하지 않아 베트남어 소개를 보여 드립니다.
coops-products = 상품
coops-products-soon = 이 협동조합의 상품이 곧 여기에 표시됩니다.

## Errors
error-too-long = 너무 깁니다.
error-year-founded = 1945년부터 올해 사이의 연도를 입력해 주세요.
error-member-count = 조합원 수는 1에서 1,000,000 사이로 입력해 주세요.
error-region-unknown = 목록에서 성/시를 선택해 주세요.
error-document-required = 등록 증명서를 업로드해 주세요.
error-application-locked = 심사 중이거나 결정이 내려진 신청서이므로 지금은 변경할 수 없습니다.
error-file-required = 업로드할 파일을 선택해 주세요.
error-file-too-large = 파일이 너무 큽니다.
error-file-type = 허용되지 않는 파일 형식입니다(파일 이름이 아니라 내용을 확인했습니다).
error-document-kind = 알 수 없는 서류 종류입니다.
error-role-invalid = 소유자 또는 직원을 선택해 주세요.
error-already-member = 이미 이 협동조합의 구성원입니다.
error-invitation-invalid = 유효하지 않거나 만료되었거나 이미 사용된 초대 링크입니다.
error-invitation-other-email = 다른 이메일 주소로 보낸 초대입니다. 초대받은 주소로 로그인해 주세요.
error-last-owner = 협동조합에는 소유자가 최소 한 명 있어야 합니다.

## Mail
mail-invitation-subject = [HTX Market] { $name } 초대
mail-invitation-body =
    안녕하세요.

    { $inviter }님이 HTX Market의 { $name }에 { $role } 역할로 초대했습니다.

    아래 링크에서 초대를 수락하세요(링크는 { $days }일 동안 유효합니다).
    { $link }

    예상하지 못한 메일이라면 무시하셔도 됩니다.

    HTX Market
