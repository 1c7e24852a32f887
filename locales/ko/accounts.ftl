## Fields
field-email = 이메일
field-display-name = 닉네임
field-password = 비밀번호
field-current-password = 현재 비밀번호
field-new-password = 새 비밀번호
password-hint = 10자 이상 입력해 주세요. 기억하기 쉬운 문장을 비밀번호로 쓰면 좋습니다.
password-show = 보기
password-hide = 숨기기

## Field errors
error-email-invalid = 올바른 이메일 주소가 아닙니다.
error-email-taken = 이미 가입된 이메일입니다. 로그인하거나 비밀번호를 재설정해 주세요.
error-password-too-short = 비밀번호는 10자 이상이어야 합니다.
error-password-too-long = 비밀번호는 256자를 넘을 수 없습니다.
error-name-too-long = 닉네임은 최대 80자까지 입력할 수 있습니다.
error-control-characters = 제어 문자는 사용할 수 없습니다.
error-current-password-wrong = 현재 비밀번호가 올바르지 않습니다.
error-invalid-credentials = 이메일 또는 비밀번호가 올바르지 않습니다.
error-too-many-attempts = 로그인 시도 횟수를 초과했습니다. 15분 후에 다시 시도해 주세요.
error-reset-token-invalid = 비밀번호 재설정 링크가 유효하지 않거나, 이미 사용되었거나, 만료되었습니다. 새 링크를 요청해 주세요.

## Register
register-title = 회원가입
register-intro = 회원가입하시면 주문 내역을 확인하고 더 빠르게 구매할 수 있습니다.
register-submit = 가입하기
register-have-account = 이미 회원이신가요?

## Log in
login-title = 로그인
login-submit = 로그인
login-forgot = 비밀번호를 잊으셨나요?
login-no-account = 아직 회원이 아니신가요?

## Forgotten password
forgot-title = 비밀번호 찾기
forgot-intro = 가입할 때 사용한 이메일을 입력하세요. 비밀번호 재설정 링크를 보내 드립니다.
forgot-submit = 링크 보내기
forgot-sent = 해당 이메일로 가입된 계정이 있다면 비밀번호 재설정 링크를 보내 드렸습니다. 메일함을 확인해 주세요.

## Reset password
reset-title = 비밀번호 재설정
reset-submit = 새 비밀번호 저장
reset-done = 비밀번호가 변경되었습니다. 새 비밀번호로 로그인해 주세요.

## Account
account-title = 마이페이지
account-name = 닉네임
account-member-since = 가입일
account-email = 이메일
account-role = 회원 유형
role-shopper = 구매자
role-admin = 관리자
password-change-title = 비밀번호 변경
password-change-submit = 비밀번호 변경
password-change-done = 비밀번호가 변경되었습니다. 다른 기기와 브라우저에서는 모두 로그아웃되었습니다.

## Mail
mail-reset-subject = [HTX Market] 비밀번호 재설정 안내
mail-reset-body =
    { $name }님, 안녕하세요.

    HTX Market 계정의 비밀번호 재설정 요청을 받았습니다.
    { $minutes }분 안에 아래 링크를 열어 새 비밀번호를 설정해 주세요.

    { $link }

    요청하지 않으셨다면 이 메일을 무시해 주세요. 비밀번호는 변경되지 않습니다.

    HTX Market
