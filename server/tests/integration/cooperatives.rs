//! Cooperative applications: who may move them, the state machine applied with optimistic
//! concurrency, audit events and decision mails — on SQLite and PostgreSQL.

use crate::common::{TestApp, PASSWORD};
use app::backend::accounts::SessionUser;
use app::backend::cooperatives::{apply_action, Decision};
use app::backend::entities::{cooperative_documents, cooperative_members, cooperatives, users};
use app::domain::cooperative_status::CooperativeAction as A;
use app::error::AppError;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

async fn user(app: &TestApp, email: &str) -> SessionUser {
    let res = app.register(&app.client(), email, "Người dùng").await;
    assert!(res.status().is_success());
    let id: i64 = res.json::<serde_json::Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap();
    let model = users::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap();
    SessionUser::from(&model)
}

async fn admin(app: &TestApp, email: &str) -> SessionUser {
    let id = app::backend::accounts::create_admin(&app.db, email, PASSWORD)
        .await
        .unwrap();
    let model = users::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap();
    SessionUser::from(&model)
}

/// A draft application owned by `owner`, applied for in `locale`.
async fn draft(app: &TestApp, owner: &SessionUser, locale: &str) -> cooperatives::Model {
    let now = chrono::Utc::now();
    let coop = cooperatives::ActiveModel {
        slug: Set(format!("htx-{}", uuid::Uuid::new_v4().simple())),
        status: Set(app::domain::cooperative_status::CooperativeStatus::Draft),
        legal_name_vi: Set("Hợp tác xã Mật ong U Minh".into()),
        registration_number: Set("1900123456".into()),
        region_code: Set(Some("ca-mau".into())),
        address: Set(Some("Ấp 3, xã Khánh An".into())),
        year_founded: Set(Some(2012)),
        member_count: Set(Some(27)),
        legal_representative: Set(Some("Nguyễn Văn Ba".into())),
        contact_phone: Set(Some("+84912345678".into())),
        contact_email: Set(Some("lienhe@example.vn".into())),
        applied_locale: Set(locale.into()),
        created_by_user_id: Set(owner.id),
        version: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    cooperative_members::ActiveModel {
        cooperative_id: Set(coop.id),
        user_id: Set(owner.id),
        role: Set(app::domain::cooperative_status::MemberRole::Owner),
        created_at: Set(now),
    }
    .insert(&app.db)
    .await
    .unwrap();
    // Complete: the registration certificate is on file (its bytes do not matter here).
    cooperative_documents::ActiveModel {
        cooperative_id: Set(coop.id),
        kind: Set(app::domain::documents::DocumentKind::Registration),
        file_key: Set(format!("documents/{}.pdf", uuid::Uuid::new_v4().simple())),
        original_name: Set("giay-chung-nhan.pdf".into()),
        mime: Set("application/pdf".into()),
        size_bytes: Set(1024),
        uploaded_by_user_id: Set(owner.id),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    coop
}

fn decision(coop: &cooperatives::Model, action: A, reason: Option<&'static str>) -> Decision<'static> {
    Decision {
        cooperative_id: coop.id,
        seen_version: coop.version,
        action,
        reason,
    }
}

#[tokio::test]
async fn only_members_submit_and_only_administrators_decide() {
    let app = TestApp::spawn().await;
    let owner = user(&app, "owner@example.vn").await;
    let stranger = user(&app, "stranger@example.vn").await;
    let coop = draft(&app, &owner, "vi").await;

    let res = apply_action(&app.db, &stranger, decision(&coop, A::Submit, None)).await;
    assert_eq!(
        res.unwrap_err(),
        AppError::NotFound,
        "non-members cannot even see it"
    );
    let submitted = apply_action(&app.db, &owner, decision(&coop, A::Submit, None))
        .await
        .unwrap();
    assert_eq!(submitted.status.as_str(), "submitted");
    assert_eq!(submitted.version, 1);
    assert!(submitted.submitted_at.is_some());

    let res = apply_action(&app.db, &owner, decision(&submitted, A::Approve, None)).await;
    assert_eq!(
        res.unwrap_err(),
        AppError::Forbidden,
        "applicants cannot approve themselves"
    );
    let res = apply_action(&app.db, &stranger, decision(&submitted, A::Approve, None)).await;
    assert_eq!(res.unwrap_err(), AppError::Forbidden);
    assert_eq!(app.count("outbox_emails").await, 0);
    app.finish().await;
}

#[tokio::test]
async fn decisions_need_reasons_and_follow_the_state_machine() {
    let app = TestApp::spawn().await;
    let owner = user(&app, "owner@example.vn").await;
    let reviewer = admin(&app, "reviewer@example.vn").await;
    let coop = draft(&app, &owner, "en").await;
    let coop = apply_action(&app.db, &owner, decision(&coop, A::Submit, None))
        .await
        .unwrap();

    let res = apply_action(&app.db, &reviewer, decision(&coop, A::Reject, Some("  "))).await;
    assert_eq!(
        res.unwrap_err(),
        AppError::invalid("reason", app::error::ErrorId::ReasonRequired)
    );
    let res = apply_action(&app.db, &reviewer, decision(&coop, A::Suspend, Some("x"))).await;
    assert_eq!(
        res.unwrap_err(),
        AppError::Changed("submitted".into()),
        "cannot suspend what is not approved"
    );

    let asked = apply_action(
        &app.db,
        &reviewer,
        decision(
            &coop,
            A::RequestChanges,
            Some("The certificate scan is unreadable"),
        ),
    )
    .await
    .unwrap();
    assert_eq!(asked.status.as_str(), "changes_requested");
    assert_eq!(
        asked.status_reason.as_deref(),
        Some("The certificate scan is unreadable")
    );
    let again = apply_action(&app.db, &owner, decision(&asked, A::Submit, None))
        .await
        .unwrap();
    let approved = apply_action(&app.db, &reviewer, decision(&again, A::Approve, None))
        .await
        .unwrap();
    assert_eq!(approved.status.as_str(), "approved");
    let twice = apply_action(&app.db, &reviewer, decision(&approved, A::Approve, None)).await;
    assert_eq!(twice.unwrap_err(), AppError::Changed("approved".into()));

    // submit, request changes, resubmit, approve: four audit events besides the registrations.
    let audit = app.count("audit_events").await;
    assert!(audit >= 4, "{audit}");
    // The applicant was mailed twice, in English, the language they applied in.
    assert_eq!(app.count("outbox_emails").await, 2);
    let subjects: Vec<String> = app::backend::entities::outbox_emails::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.subject)
        .collect();
    assert!(
        subjects.contains(&"HTX Market: Hợp tác xã Mật ong U Minh — Changes requested".to_owned()),
        "{subjects:?}"
    );
    assert!(
        subjects.contains(&"HTX Market: Hợp tác xã Mật ong U Minh — Approved".to_owned()),
        "{subjects:?}"
    );
    app.finish().await;
}

#[tokio::test]
async fn two_administrators_at_once_one_wins() {
    let app = TestApp::spawn().await;
    let owner = user(&app, "owner@example.vn").await;
    let first = admin(&app, "first@example.vn").await;
    let second = admin(&app, "second@example.vn").await;
    let coop = draft(&app, &owner, "vi").await;
    let coop = apply_action(&app.db, &owner, decision(&coop, A::Submit, None))
        .await
        .unwrap();

    let (a, b) = tokio::join!(
        apply_action(&app.db, &first, decision(&coop, A::Approve, None)),
        apply_action(
            &app.db,
            &second,
            decision(&coop, A::Reject, Some("Không đủ hồ sơ"))
        ),
    );
    let (winner, loser) = match (a, b) {
        (Ok(w), Err(l)) | (Err(l), Ok(w)) => (w, l),
        other => panic!("exactly one must win: {other:?}"),
    };
    assert_eq!(
        loser,
        AppError::Changed(winner.status.as_str().to_owned()),
        "the loser is told the new state"
    );
    let stored = cooperatives::Entity::find_by_id(coop.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.status, winner.status);
    assert_eq!(stored.version, 2);
    assert_eq!(app.count("outbox_emails").await, 1, "one decision, one mail");
    app.finish().await;
}
