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
