//! Cooperative applications over HTTP, as browsers and scripts send them: apply, upload, submit,
//! review, public pages and API, suspension, staff and invitations, and every refusal — on SQLite
//! and PostgreSQL.

use crate::common::coops::*;
use crate::common::{error_of, TestApp};
use reqwest::multipart::{Form, Part};
use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, Statement};

#[tokio::test]
async fn apply_review_approve_publish_suspend_reinstate() {
    let app = TestApp::spawn().await;
    let (owner, _) = member(&app, "owner").await;
    let admin = admin(&app).await;
    let anonymous = app.client();

    let id = create(&app, &owner, "Hợp tác xã Mật ong U Minh").await;

    // Submitting without the certificate names what is missing and changes nothing.
    let res = decide(&app, &owner, id, "submit", None).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        field_keys(&error_of(res).await).contains(&("documents".into(), "error-document-required".into()))
    );

    assert_eq!(
        upload(&app, &owner, id, "giay-chung-nhan.pdf", PDF)
            .await
            .status(),
        StatusCode::CREATED
    );
    assert_eq!(
        decide(&app, &owner, id, "submit", None).await.status(),
        StatusCode::OK
    );

    // Submitted: in the queue, not yet public, no longer editable.
    let res = app.post(&admin, "/api/admin/queue", &[("locale", "en")]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let queue: serde_json::Value = res.json().await.unwrap();
    assert_eq!(queue.as_array().unwrap().len(), 1);
    assert_eq!(queue[0]["id"].as_i64(), Some(id));
    assert_eq!(queue[0]["region_name"].as_str(), Some("Ca Mau"));
    let res = save(
        &app,
        &owner,
        Some((id, version(&app, &owner, id).await)),
        &complete_fields("Đổi tên"),
        &[],
    )
    .await;
    assert_eq!(
        res.status(),
        StatusCode::CONFLICT,
        "a submitted application is locked"
    );
    let slug = slug_of(&app, id).await;
    assert_eq!(slug, "hop-tac-xa-mat-ong-u-minh");
    assert_eq!(
        get(&anonymous, app.url(&format!("/en/coops/{slug}")))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(&anonymous, app.url(&format!("/api/v1/cooperatives/{slug}")))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    assert_eq!(
        decide(&app, &admin, id, "approve", None).await.status(),
        StatusCode::OK
    );

    // Public page, directory and API, in the reader's language with Vietnamese fallback noted.
    let res = get(&anonymous, app.url(&format!("/en/coops/{slug}"))).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(html.contains("U Minh Forest Honey"), "English trading name shown");
    assert!(
        html.contains("fallback-note"),
        "the Vietnamese description is marked as such"
    );
    assert!(html.contains("<strong>rừng tràm</strong>"), "Markdown rendered");
    assert!(
        !html.contains("<script>alert"),
        "script tags are not passed through"
    );
    let res = get(
        &anonymous,
        app.url("/api/v1/cooperatives?region=ca-mau&locale=en"),
    )
    .await;
    let list: serde_json::Value = res.json().await.unwrap();
    assert_eq!(list["cooperatives"][0]["slug"].as_str(), Some(slug.as_str()));
    let res = get(&anonymous, app.url("/api/v1/cooperatives?region=ha-noi")).await;
    let list: serde_json::Value = res.json().await.unwrap();
    assert_eq!(
        list["cooperatives"].as_array().unwrap().len(),
        0,
        "filtered by province"
    );
    let res = get(&anonymous, app.url("/en/coops?region=ca-mau")).await;
    assert!(res.text().await.unwrap().contains(&format!("/en/coops/{slug}")));

    // The applicant was mailed in the language they applied in.
    let row = app
        .db
        .query_one(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT subject, locale FROM outbox_emails ORDER BY id DESC".to_owned(),
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get::<String>("", "locale").unwrap(), "en");
    assert!(row.try_get::<String>("", "subject").unwrap().contains("Approved"));

    // Suspension removes it everywhere at once; reinstatement brings it back.
    assert_eq!(
        decide(&app, &admin, id, "suspend", None).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "suspension needs a reason"
    );
    assert_eq!(
        decide(&app, &admin, id, "suspend", Some("Giấy phép hết hạn"))
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        get(&anonymous, app.url(&format!("/vi/coops/{slug}")))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let list: serde_json::Value = get(&anonymous, app.url("/api/v1/cooperatives"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["cooperatives"].as_array().unwrap().len(), 0);
    assert_eq!(
        decide(&app, &admin, id, "reinstate", Some("Đã gia hạn"))
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        get(&anonymous, app.url(&format!("/vi/coops/{slug}")))
            .await
            .status(),
        StatusCode::OK
    );

    // Approving an approved cooperative is refused and says what it is now.
    let res = decide(&app, &admin, id, "approve", None).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert_eq!(error_of(res).await["Changed"].as_str(), Some("approved"));

    // The audit log has every step, newest first, filterable by cooperative.
    let res = app
        .post(&admin, "/api/admin/audit", &[("cooperative_id", &id.to_string())])
        .await;
    let rows: serde_json::Value = res.json().await.unwrap();
    let actions: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "cooperative.status_changed",
            "cooperative.status_changed",
            "cooperative.status_changed",
            "cooperative.status_changed",
            "cooperative.document_added",
            "cooperative.created"
        ]
    );
    app.finish().await;
}

#[tokio::test]
async fn bad_input_is_refused_with_field_messages_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let (owner, _) = member(&app, "owner").await;
    let mut fields = complete_fields("HTX Chè Tân Cương");
    for (k, v) in fields.iter_mut() {
        match k.as_str() {
            "fields[registration_number]" => *v = "12345".into(),
            "fields[contact_phone]" => *v = "0123".into(),
            "fields[contact_email]" => *v = "lien-he@".into(),
            "fields[region_code]" => *v = "atlantis".into(),
            _ => {}
        }
    }
    let res = save(&app, &owner, None, &fields, &[]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let keys = field_keys(&error_of(res).await);
    for expected in [
        ("registration_number", "error-registration-number-invalid"),
        ("contact_phone", "error-phone-invalid"),
        ("contact_email", "error-email-invalid"),
    ] {
        assert!(
            keys.contains(&(expected.0.into(), expected.1.into())),
            "{expected:?} in {keys:?}"
        );
    }
    assert_eq!(app.count("cooperatives").await, 0);
    // An unknown province is refused too (checked against the region table).
    let mut fields = complete_fields("HTX Chè Tân Cương");
    fields.retain(|(k, _)| k != "fields[region_code]");
    fields.push(("fields[region_code]".into(), "atlantis".into()));
    let res = save(&app, &owner, None, &fields, &[]).await;
    assert_eq!(
        field_keys(&error_of(res).await),
        [("region_code".into(), "error-region-unknown".into())]
    );
    assert_eq!(app.count("cooperatives").await, 0);

    let id = create(&app, &owner, "HTX Chè Tân Cương").await;
    // A "PDF" that is really an executable.
    let res = upload(&app, &owner, id, "giay-phep.pdf", EXE).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        field_keys(&error_of(res).await),
        [("file".into(), "error-file-type".into())]
    );
    // 50 MB: refused from its Content-Length, before the body is read.
    let big = vec![b'%'; 50 * 1024 * 1024];
    let res = upload(&app, &owner, id, "big.pdf", &big).await;
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    // 10 MB + 1 byte of real PDF: refused while streaming.
    let mut over = PDF.to_vec();
    over.resize(10 * 1024 * 1024 + 1, b' ');
    let res = upload(&app, &owner, id, "over.pdf", &over).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        field_keys(&error_of(res).await),
        [("file".into(), "error-file-too-large".into())]
    );
    assert_eq!(app.count("cooperative_documents").await, 0);
    let stored = std::fs::read_dir(app.data_dir.join("files/documents"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(stored, 0, "nothing refused was stored");

    // A browser's form post comes back to the application page with the message id.
    let form = Form::new()
        .text("locale", "vi")
        .part("file", Part::bytes(EXE.to_vec()).file_name("x.pdf"));
    let res = owner
        .post(app.url(&format!("/uploads/cooperatives/{id}/documents")))
        .header("origin", &app.base)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        res.headers()["location"].to_str().unwrap(),
        format!("/vi/sell/apply/{id}?upload_error=error-file-type")
    );
    app.finish().await;
}

#[tokio::test]
async fn strangers_cannot_see_or_change_applications_and_only_admins_administer() {
    let app = TestApp::spawn().await;
    let (owner, _) = member(&app, "owner").await;
    let (stranger, _) = member(&app, "stranger").await;
    let id = create(&app, &owner, "HTX Gạo ST25 Sóc Trăng").await;
    assert_eq!(
        upload(&app, &owner, id, "cert.pdf", PDF).await.status(),
        StatusCode::CREATED
    );
    let doc_id: i64 = application(&app, &owner, id)
        .await
        .json::<serde_json::Value>()
        .await
        .unwrap()["documents"][0]["id"]
        .as_i64()
        .unwrap();

    // The owner reads the document; a stranger, an anonymous visitor and a forged id do not.
    let res = get(&owner, app.url(&format!("/media/documents/{doc_id}"))).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    assert_eq!(res.bytes().await.unwrap().as_ref(), PDF);
    assert_eq!(
        get(&stranger, app.url(&format!("/media/documents/{doc_id}")))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(&app.client(), app.url(&format!("/media/documents/{doc_id}")))
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        get(&owner, app.url("/media/documents/999999")).await.status(),
        StatusCode::NOT_FOUND
    );

    // Reading, editing, uploading, submitting and removing: all refused to the stranger.
    assert_eq!(
        application(&app, &stranger, id).await.status(),
        StatusCode::NOT_FOUND
    );
    let res = save(
        &app,
        &stranger,
        Some((id, 0)),
        &complete_fields("Chiếm đoạt"),
        &[],
    )
    .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        upload(&app, &stranger, id, "x.pdf", PDF).await.status(),
        StatusCode::NOT_FOUND
    );
    let res = app
        .post(
            &stranger,
            "/api/coops/decide",
            &[
                ("cooperative_id", &id.to_string()),
                ("version", "1"),
                ("action", "submit"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = app
        .post(
            &stranger,
            "/api/coops/remove-document",
            &[("document_id", &doc_id.to_string())],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(app.count("cooperative_documents").await, 1);

    // Every admin server function and page answers 403 to a logged-in non-administrator.
    for (path, form) in [
        ("/api/admin/queue", vec![("locale", "en")]),
        ("/api/admin/audit", vec![]),
        ("/api/admin/check", vec![]),
    ] {
        assert_eq!(
            app.post(&owner, path, &form).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    let res = app
        .post(
            &owner,
            "/api/coops/decide",
            &[
                ("cooperative_id", &id.to_string()),
                ("version", "1"),
                ("action", "approve"),
            ],
        )
        .await;
    assert_eq!(
        res.status(),
        StatusCode::FORBIDDEN,
        "members cannot approve themselves"
    );
    for page in [
        "/en/admin/cooperatives",
        &format!("/en/admin/cooperatives/{id}"),
        "/en/admin/audit",
    ] {
        let res = get(&owner, app.url(page)).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{page}");
        // Anonymous visitors are sent to log in.
        let res = get(&app.client(), app.url(page)).await;
        assert!(res.status().is_redirection(), "{page}: {}", res.status());
    }
    app.finish().await;
}

#[tokio::test]
async fn owners_invite_and_remove_staff_and_users_switch_between_cooperatives() {
    let app = TestApp::spawn().await;
    let (owner, _) = member(&app, "owner").await;
    let first = create(&app, &owner, "HTX Cà phê Cầu Đất").await;
    let second = create(&app, &owner, "HTX Bưởi Năm Roi").await;

    let (staff, staff_email) = member(&app, "staff").await;
    let res = app
        .post(
            &owner,
            "/api/coops/invite",
            &[
                ("cooperative_id", &first.to_string()),
                ("email", &staff_email),
                ("role", "staff"),
                ("locale", "ja"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    // The link was mailed in the chosen language; the token is only in the mail.
    let row = app
        .db
        .query_one(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT body_text, locale FROM outbox_emails ORDER BY id DESC".to_owned(),
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get::<String>("", "locale").unwrap(), "ja");
    let body = row.try_get::<String>("", "body_text").unwrap();
    let token = body
        .split("/ja/invitations/")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("link in mail")
        .to_owned();

    // Someone else logged in cannot use it; the invitee can, once.
    let (other, _) = member(&app, "other").await;
    let res = app
        .post(&other, "/api/coops/accept-invitation", &[("token", &token)])
        .await;
    assert_eq!(
        error_of(res).await["Conflict"].as_str(),
        Some("error-invitation-other-email")
    );
    let res = app
        .post(&staff, "/api/coops/accept-invitation", &[("token", &token)])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = app
        .post(&staff, "/api/coops/accept-invitation", &[("token", &token)])
        .await;
    assert_eq!(
        error_of(res).await["Conflict"].as_str(),
        Some("error-invitation-invalid")
    );

    // Staff see the application, cannot invite, cannot remove the owner.
    assert_eq!(application(&app, &staff, first).await.status(), StatusCode::OK);
    let owner_id = app.me(&owner).await.unwrap()["id"].as_i64().unwrap();
    let staff_id = app.me(&staff).await.unwrap()["id"].as_i64().unwrap();
    let res = app
        .post(
            &staff,
            "/api/coops/remove-member",
            &[
                ("cooperative_id", &first.to_string()),
                ("user_id", &owner_id.to_string()),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = app
        .post(
            &staff,
            "/api/coops/invite",
            &[
                ("cooperative_id", &first.to_string()),
                ("email", "x@example.vn"),
                ("role", "staff"),
                ("locale", "vi"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);

    // The owner's dashboard switches between both cooperatives.
    let res = app
        .post(
            &owner,
            "/api/coops/dashboard",
            &[("selected", &second.to_string()), ("locale", "vi")],
        )
        .await;
    let dashboard: serde_json::Value = res.json().await.unwrap();
    assert_eq!(dashboard["memberships"].as_array().unwrap().len(), 2);
    assert_eq!(dashboard["current"]["application"]["id"].as_i64(), Some(second));
    // A forged selection falls back to one of the user's own.
    let res = app
        .post(
            &staff,
            "/api/coops/dashboard",
            &[("selected", &second.to_string()), ("locale", "vi")],
        )
        .await;
    let dashboard: serde_json::Value = res.json().await.unwrap();
    assert_eq!(dashboard["current"]["application"]["id"].as_i64(), Some(first));

    // The owner removes the staff member, who loses access at once.
    let res = app
        .post(
            &owner,
            "/api/coops/remove-member",
            &[
                ("cooperative_id", &first.to_string()),
                ("user_id", &staff_id.to_string()),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        application(&app, &staff, first).await.status(),
        StatusCode::NOT_FOUND
    );

    // Expired invitations do not work.
    let res = app
        .post(
            &owner,
            "/api/coops/invite",
            &[
                ("cooperative_id", &first.to_string()),
                ("email", &staff_email),
                ("role", "staff"),
                ("locale", "vi"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let body: String = app
        .db
        .query_one(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT body_text FROM outbox_emails ORDER BY id DESC".to_owned(),
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get("", "body_text")
        .unwrap();
    let token = body
        .split("/vi/invitations/")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    app.db
        .execute(Statement::from_string(
            app.db.get_database_backend(),
            "UPDATE cooperative_invitations SET expires_at = '2020-01-01 00:00:00'".to_owned(),
        ))
        .await
        .unwrap();
    let res = app
        .post(&staff, "/api/coops/accept-invitation", &[("token", &token)])
        .await;
    assert_eq!(
        error_of(res).await["Conflict"].as_str(),
        Some("error-invitation-invalid")
    );

    let rows: serde_json::Value = {
        let admin = admin(&app).await;
        app.post(
            &admin,
            "/api/admin/audit",
            &[("cooperative_id", &first.to_string())],
        )
        .await
        .json()
        .await
        .unwrap()
    };
    let actions: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.starts_with(&[
            "membership.invited",
            "membership.removed",
            "membership.joined",
            "membership.invited"
        ]),
        "{actions:?}"
    );
    app.finish().await;
}

#[tokio::test]
async fn administrators_onboard_a_cooperative_on_its_behalf_and_hand_it_over() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let res = save(
        &app,
        &admin,
        None,
        &complete_fields("HTX Nước mắm Phú Quốc"),
        &[("on_behalf", "on")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    let id: i64 = res.json().await.unwrap();
    assert_eq!(
        app.count("cooperative_members").await,
        0,
        "the administrator does not become a member"
    );
    assert_eq!(
        upload(&app, &admin, id, "cert.pdf", PDF).await.status(),
        StatusCode::CREATED
    );
    assert_eq!(
        decide(&app, &admin, id, "submit", None).await.status(),
        StatusCode::OK
    );

    let (coop_user, coop_email) = member(&app, "phuquoc").await;
    let res = app
        .post(
            &admin,
            "/api/coops/invite",
            &[
                ("cooperative_id", &id.to_string()),
                ("email", &coop_email),
                ("role", "owner"),
                ("locale", "vi"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let body: String = app
        .db
        .query_one(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT body_text FROM outbox_emails ORDER BY id DESC".to_owned(),
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get("", "body_text")
        .unwrap();
    let token = body
        .split("/vi/invitations/")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    assert_eq!(
        app.post(&coop_user, "/api/coops/accept-invitation", &[("token", &token)])
            .await
            .status(),
        StatusCode::OK
    );
    let view: serde_json::Value = application(&app, &coop_user, id).await.json().await.unwrap();
    assert_eq!(view["my_role"].as_str(), Some("owner"));

    // The decision now goes to the new owner.
    assert_eq!(
        decide(&app, &admin, id, "reject", Some("Thiếu giấy phép"))
            .await
            .status(),
        StatusCode::OK
    );
    let to: String = app
        .db
        .query_one(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT to_address FROM outbox_emails ORDER BY id DESC".to_owned(),
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get("", "to_address")
        .unwrap();
    assert_eq!(to, coop_email);

    let rows: serde_json::Value = app
        .post(&admin, "/api/admin/audit", &[("cooperative_id", &id.to_string())])
        .await
        .json()
        .await
        .unwrap();
    let created = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["action"] == "cooperative.created")
        .unwrap();
    assert!(created["details"]
        .as_str()
        .unwrap()
        .contains("\"on_behalf\":true"));
    let submitted = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["details"].as_str().unwrap().contains("\"action\":\"submit\""))
        .unwrap();
    assert!(submitted["details"]
        .as_str()
        .unwrap()
        .contains("\"on_behalf\":true"));
    app.finish().await;
}
