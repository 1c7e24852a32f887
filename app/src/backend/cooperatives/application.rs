//! The application form: checked field by field at the boundary, saved as a draft (complete or not),
//! and checked for completeness when submitted.

use super::access::{self, Access, MemberRole};
use crate::backend::accounts::SessionUser;
use crate::backend::audit::{self, AuditEntry};
use crate::backend::entities::{
    cooperative_documents, cooperative_members, cooperative_translations, cooperatives, regions,
};
use crate::backend::markdown;
use crate::domain::contact::{RegistrationNumber, VnPhone};
use crate::domain::cooperative_status::CooperativeStatus;
use crate::domain::slug::slugify;
use crate::domain::{Email, Role};
use crate::error::ErrorId;
use crate::error::{AppError, FieldError};
use crate::i18n::Locale;
use crate::model::cooperatives::{ApplicationFields, ApplicationView, DocumentView};
use chrono::{Datelike, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

pub const MAX_NAME_CHARS: usize = 255;
pub const MAX_TEXT_CHARS: usize = 500;
pub const MAX_DESCRIPTION_CHARS: usize = 5_000;
pub const MAX_MEMBERS: i32 = 1_000_000;
/// Vietnam's first cooperatives date from the 1950s; nothing older is plausible.
pub const MIN_YEAR_FOUNDED: i32 = 1945;

/// An application whose every present field is well-formed (completeness is checked on submit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedApplication {
    pub legal_name_vi: String,
    pub registration_number: String,
    pub region_code: Option<String>,
    pub address: Option<String>,
    pub year_founded: Option<i32>,
    pub member_count: Option<i32>,
    pub legal_representative: Option<String>,
    pub contact_phone: Option<String>,
    pub contact_email: Option<String>,
    /// (locale, trading name, Markdown description) for each locale with either.
    pub translations: Vec<(Locale, Option<String>, Option<String>)>,
}

fn optional(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// A single-line text field: trimmed, None when empty; problems are added to `errors`.
fn text_field(
    errors: &mut Vec<FieldError>,
    field: &str,
    value: &str,
    max: usize,
    required: bool,
) -> Option<String> {
    let v = optional(value);
    match &v {
        None if required => errors.push(FieldError::new(field, ErrorId::Required)),
        Some(s) if s.chars().count() > max => errors.push(FieldError::new(field, ErrorId::TooLong)),
        Some(s) if has_control_chars(s, false) => {
            errors.push(FieldError::new(field, ErrorId::ControlCharacters))
        }
        _ => {}
    }
    v
}

fn has_control_chars(s: &str, allow_newlines: bool) -> bool {
    s.chars()
        .any(|c| c.is_control() && !(allow_newlines && matches!(c, '\n' | '\r' | '\t')))
}

/// Checks every field; all problems are reported at once.
pub fn check(f: &ApplicationFields, today_year: i32) -> Result<CheckedApplication, AppError> {
    let mut errors = Vec::new();
    let legal_name_vi = text_field(
        &mut errors,
        "legal_name_vi",
        &f.legal_name_vi,
        MAX_NAME_CHARS,
        true,
    )
    .unwrap_or_default();
    let address = text_field(&mut errors, "address", &f.address, MAX_TEXT_CHARS, false);
    let legal_representative = text_field(
        &mut errors,
        "legal_representative",
        &f.legal_representative,
        MAX_NAME_CHARS,
        false,
    );
    let region_code = text_field(&mut errors, "region_code", &f.region_code, 32, false);
    let mut translations = Vec::new();
    for locale in Locale::ALL {
        let suffix = ApplicationFields::suffix(locale);
        let name = text_field(
            &mut errors,
            &format!("trading_name_{suffix}"),
            f.trading_name(locale),
            MAX_NAME_CHARS,
            false,
        );
        let description = optional(f.description(locale));
        let description_key = match &description {
            Some(d) if d.chars().count() > MAX_DESCRIPTION_CHARS => Some(ErrorId::TooLong),
            Some(d) if has_control_chars(d, true) => Some(ErrorId::ControlCharacters),
            _ => None,
        };
        if let Some(key) = description_key {
            errors.push(FieldError::new(&format!("description_{suffix}"), key));
        }
        if name.is_some() || description.is_some() {
            translations.push((locale, name, description));
        }
    }

    let registration_number = match optional(&f.registration_number) {
        None => {
            errors.push(FieldError::new("registration_number", ErrorId::Required));
            String::new()
        }
        Some(raw) => match RegistrationNumber::parse(&raw) {
            Ok(n) => n.as_str().to_owned(),
            Err(p) => {
                errors.push(FieldError::new("registration_number", p.message_key()));
                String::new()
            }
        },
    };
    let contact_phone = optional(&f.contact_phone).and_then(|raw| match VnPhone::parse(&raw) {
        Ok(p) => Some(p.as_e164().to_owned()),
        Err(p) => {
            errors.push(FieldError::new("contact_phone", p.message_key()));
            None
        }
    });
    let contact_email = optional(&f.contact_email).and_then(|raw| match Email::parse(&raw) {
        Ok(e) => Some(e.as_str().to_owned()),
        Err(p) => {
            errors.push(FieldError::new("contact_email", p.message_key()));
            None
        }
    });
    let mut number = |field: &str, raw: &str, range: std::ops::RangeInclusive<i32>, key: ErrorId| {
        optional(raw).and_then(|s| match s.replace(['.', ',', ' '], "").parse::<i32>() {
            Ok(n) if range.contains(&n) => Some(n),
            _ => {
                errors.push(FieldError::new(field, key));
                None
            }
        })
    };
    let year_founded = number(
        "year_founded",
        &f.year_founded,
        MIN_YEAR_FOUNDED..=today_year,
        ErrorId::YearFounded,
    );
    let member_count = number(
        "member_count",
        &f.member_count,
        1..=MAX_MEMBERS,
        ErrorId::MemberCount,
    );

    if errors.is_empty() {
        Ok(CheckedApplication {
            legal_name_vi,
            registration_number,
            region_code,
            address,
            year_founded,
            member_count,
            legal_representative,
            contact_phone,
            contact_email,
            translations,
        })
    } else {
        Err(AppError::Invalid(errors))
    }
}

/// The fields an application must have before it is submitted, and the documents it needs.
pub fn missing_for_submission(coop: &cooperatives::Model, documents: usize) -> Vec<FieldError> {
    let mut missing = Vec::new();
    let mut need = |field: &str, present: bool| {
        if !present {
            missing.push(FieldError::new(field, ErrorId::Required));
        }
    };
    need("region_code", coop.region_code.is_some());
    need("address", coop.address.is_some());
    need("year_founded", coop.year_founded.is_some());
    need("member_count", coop.member_count.is_some());
    need("legal_representative", coop.legal_representative.is_some());
    need("contact_phone", coop.contact_phone.is_some());
    need("contact_email", coop.contact_email.is_some());
    if documents == 0 {
        missing.push(FieldError::new("documents", ErrorId::DocumentRequired));
    }
    missing
}

async fn check_region<C: ConnectionTrait>(conn: &C, code: Option<&str>) -> Result<(), AppError> {
    if let Some(code) = code {
        if regions::Entity::find_by_id(code.to_owned())
            .one(conn)
            .await?
            .is_none()
        {
            return Err(AppError::invalid("region_code", ErrorId::RegionUnknown));
        }
    }
    Ok(())
}

/// A slug not used by another cooperative: the name's slug, then -2, -3, …
async fn unique_slug<C: ConnectionTrait>(
    conn: &C,
    name: &str,
    own_id: Option<i64>,
) -> Result<String, AppError> {
    let base = match slugify(name) {
        s if s.is_empty() => "htx".to_owned(),
        s => s
            .chars()
            .take(80)
            .collect::<String>()
            .trim_end_matches('-')
            .to_owned(),
    };
    for n in 1..1000 {
        let candidate = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        let taken = cooperatives::Entity::find()
            .filter(cooperatives::Column::Slug.eq(&candidate))
            .one(conn)
            .await?
            .is_some_and(|c| Some(c.id) != own_id);
        if !taken {
            return Ok(candidate);
        }
    }
    Err(AppError::internal("no free cooperative slug"))
}

/// Creates a draft application. The creator becomes its owner, except an administrator creating it
/// on a cooperative's behalf (assisted onboarding), who hands ownership over by invitation.
pub async fn create(
    db: &DatabaseConnection,
    user: &SessionUser,
    fields: &ApplicationFields,
    locale: Locale,
    on_behalf: bool,
) -> Result<i64, AppError> {
    let checked = check(fields, Utc::now().year())?;
    let on_behalf = on_behalf && user.role == Role::Admin;
    let txn = crate::backend::transactions::begin_write(db).await?;
    check_region(&txn, checked.region_code.as_deref()).await?;
    let display_name = checked
        .translations
        .iter()
        .find(|(l, ..)| *l == Locale::Vi)
        .and_then(|(_, n, _)| n.clone())
        .unwrap_or_else(|| checked.legal_name_vi.clone());
    let slug = unique_slug(&txn, &display_name, None).await?;
    let now = Utc::now();
    let coop = cooperatives::ActiveModel {
        slug: Set(slug),
        status: Set(CooperativeStatus::Draft),
        applied_locale: Set(locale.code().to_owned()),
        created_by_user_id: Set(user.id),
        version: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        ..fill(Default::default(), &checked)
    }
    .insert(&txn)
    .await?;
    save_translations(&txn, coop.id, &checked).await?;
    if !on_behalf {
        cooperative_members::ActiveModel {
            cooperative_id: Set(coop.id),
            user_id: Set(user.id),
            role: Set(MemberRole::Owner),
            created_at: Set(now),
        }
        .insert(&txn)
        .await?;
    }
    audit::record(
        &txn,
        AuditEntry {
            actor_user_id: Some(user.id),
            action: "cooperative.created",
            subject_type: Some("cooperative"),
            subject_id: Some(coop.id.to_string()),
            details: serde_json::json!({ "name": coop.legal_name_vi, "on_behalf": on_behalf }),
            ip: None,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(coop.id)
}

/// Saves changes to an application still in draft or with changes requested.
pub async fn update(
    db: &DatabaseConnection,
    user: &SessionUser,
    cooperative_id: i64,
    seen_version: i32,
    fields: &ApplicationFields,
) -> Result<(), AppError> {
    let checked = check(fields, Utc::now().year())?;
    let txn = crate::backend::transactions::begin_write(db).await?;
    let (coop, access) = access::load(&txn, user, cooperative_id).await?;
    let status = coop.status;
    if !status.is_editable() {
        return Err(AppError::Conflict(ErrorId::ApplicationLocked));
    }
    if coop.version != seen_version {
        return Err(AppError::Changed(coop.status.as_str().to_owned()));
    }
    check_region(&txn, checked.region_code.as_deref()).await?;
    let mut active: cooperatives::ActiveModel = fill(coop.clone().into(), &checked);
    active.version = Set(coop.version + 1);
    active.updated_at = Set(Utc::now());
    // Only if nobody saved in between: the version check makes the update conditional.
    let done = cooperatives::Entity::update_many()
        .set(active)
        .filter(cooperatives::Column::Id.eq(coop.id))
        .filter(cooperatives::Column::Version.eq(coop.version))
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        return Err(AppError::Changed(coop.status.as_str().to_owned()));
    }
    cooperative_translations::Entity::delete_many()
        .filter(cooperative_translations::Column::CooperativeId.eq(coop.id))
        .exec(&txn)
        .await?;
    save_translations(&txn, coop.id, &checked).await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_user_id: Some(user.id),
            action: "cooperative.updated",
            subject_type: Some("cooperative"),
            subject_id: Some(coop.id.to_string()),
            details: serde_json::json!({ "on_behalf": access.is_admin() }),
            ip: None,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

fn fill(mut active: cooperatives::ActiveModel, c: &CheckedApplication) -> cooperatives::ActiveModel {
    active.legal_name_vi = Set(c.legal_name_vi.clone());
    active.registration_number = Set(c.registration_number.clone());
    active.region_code = Set(c.region_code.clone());
    active.address = Set(c.address.clone());
    active.year_founded = Set(c.year_founded);
    active.member_count = Set(c.member_count);
    active.legal_representative = Set(c.legal_representative.clone());
    active.contact_phone = Set(c.contact_phone.clone());
    active.contact_email = Set(c.contact_email.clone());
    active
}

async fn save_translations<C: ConnectionTrait>(
    conn: &C,
    cooperative_id: i64,
    c: &CheckedApplication,
) -> Result<(), AppError> {
    for (locale, name, description) in &c.translations {
        cooperative_translations::ActiveModel {
            cooperative_id: Set(cooperative_id),
            locale: Set(locale.code().to_owned()),
            trading_name: Set(name.clone()),
            description_md: Set(description.clone()),
        }
        .insert(conn)
        .await?;
    }
    Ok(())
}

/// Bumps the version so open forms notice a change they did not make (a new document, a logo).
pub async fn touch<C: ConnectionTrait>(conn: &C, cooperative_id: i64) -> Result<(), AppError> {
    cooperatives::Entity::update_many()
        .col_expr(
            cooperatives::Column::Version,
            Expr::col(cooperatives::Column::Version).add(1),
        )
        .col_expr(cooperatives::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(cooperatives::Column::Id.eq(cooperative_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// The application as its members and administrators see it.
pub async fn view(
    db: &DatabaseConnection,
    user: &SessionUser,
    cooperative_id: i64,
    locale: Locale,
) -> Result<ApplicationView, AppError> {
    let (coop, access) = access::load(db, user, cooperative_id).await?;
    view_of(db, coop, access, locale).await
}

pub(super) async fn view_of(
    db: &DatabaseConnection,
    coop: cooperatives::Model,
    access: Access,
    locale: Locale,
) -> Result<ApplicationView, AppError> {
    let translations = cooperative_translations::Entity::find()
        .filter(cooperative_translations::Column::CooperativeId.eq(coop.id))
        .all(db)
        .await?;
    let documents = cooperative_documents::Entity::find()
        .filter(cooperative_documents::Column::CooperativeId.eq(coop.id))
        .order_by_asc(cooperative_documents::Column::Id)
        .all(db)
        .await?;
    let region_name = match &coop.region_code {
        Some(code) => regions::Entity::find_by_id(code.clone())
            .one(db)
            .await?
            .map(|r| r.name(locale).to_owned()),
        None => None,
    };
    let mut fields = ApplicationFields {
        legal_name_vi: coop.legal_name_vi.clone(),
        registration_number: coop.registration_number.clone(),
        region_code: coop.region_code.clone().unwrap_or_default(),
        address: coop.address.clone().unwrap_or_default(),
        year_founded: coop.year_founded.map(|y| y.to_string()).unwrap_or_default(),
        member_count: coop.member_count.map(|n| n.to_string()).unwrap_or_default(),
        legal_representative: coop.legal_representative.clone().unwrap_or_default(),
        contact_phone: coop.contact_phone.clone().unwrap_or_default(),
        contact_email: coop.contact_email.clone().unwrap_or_default(),
        ..Default::default()
    };
    let mut descriptions_html = Vec::new();
    for t in translations {
        if let Some(l) = Locale::from_code(&t.locale) {
            if let Some(md) = &t.description_md {
                descriptions_html.push((l.code().to_owned(), markdown::render(md)));
            }
            fields.set_translation(
                l,
                t.trading_name.unwrap_or_default(),
                t.description_md.unwrap_or_default(),
            );
        }
    }
    let status = coop.status;
    Ok(ApplicationView {
        id: coop.id,
        slug: coop.slug.clone(),
        status: coop.status,
        reason: coop.status_reason.clone(),
        version: coop.version,
        fields,
        region_name,
        documents: documents
            .into_iter()
            .map(|d| DocumentView {
                url: format!("/media/documents/{}", d.id),
                id: d.id,
                kind: d.kind,
                original_name: d.original_name,
                size_bytes: d.size_bytes,
                uploaded_at: d.created_at,
            })
            .collect(),
        logo_url: coop.logo_key.as_ref().map(|_| logo_url(&coop)),
        my_role: match access {
            Access::Owner => Some(MemberRole::Owner),
            Access::Staff => Some(MemberRole::Staff),
            Access::Administrator => None,
        },
        can_edit: status.is_editable(),
        applied_locale: coop.applied_locale.clone(),
        created_at: coop.created_at,
        submitted_at: coop.submitted_at,
        decided_at: coop.decided_at,
        descriptions_html,
    })
}

/// The logo's address; the version in the query lets browsers cache it until it changes.
pub fn logo_url(coop: &cooperatives::Model) -> String {
    let stamp: String = coop
        .logo_key
        .as_deref()
        .and_then(|k| k.split('/').nth(1))
        .map(|n| n.chars().take(8).collect())
        .unwrap_or_default();
    format!("/media/cooperatives/{}/logo?v={stamp}", coop.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete() -> ApplicationFields {
        ApplicationFields {
            legal_name_vi: "Hợp tác xã Mật ong U Minh".into(),
            registration_number: "1900 123 456".into(),
            region_code: "ca-mau".into(),
            address: "Ấp 3, xã Khánh An".into(),
            year_founded: "2012".into(),
            member_count: "27".into(),
            legal_representative: "Nguyễn Văn Ba".into(),
            contact_phone: "0912 345 678".into(),
            contact_email: "LienHe@MatOngUMinh.vn".into(),
            trading_name_en: "U Minh Honey".into(),
            description_vi: "Mật ong **rừng tràm**".into(),
            ..Default::default()
        }
    }

    #[test]
    fn normalises_identifiers_and_keeps_given_translations() {
        let c = check(&complete(), 2026).unwrap();
        assert_eq!(c.registration_number, "1900123456");
        assert_eq!(c.contact_phone.as_deref(), Some("+84912345678"));
        assert_eq!(c.contact_email.as_deref(), Some("lienhe@matonguminh.vn"));
        assert_eq!(c.year_founded, Some(2012));
        let locales: Vec<Locale> = c.translations.iter().map(|(l, ..)| *l).collect();
        assert_eq!(locales, vec![Locale::Vi, Locale::En]);
    }

    #[test]
    fn reports_every_bad_field_at_once() {
        let f = ApplicationFields {
            legal_name_vi: " ".into(),
            registration_number: "12345".into(),
            contact_phone: "12345".into(),
            contact_email: "not-an-email".into(),
            year_founded: "2099".into(),
            member_count: "0".into(),
            description_en: "x".repeat(MAX_DESCRIPTION_CHARS + 1),
            ..Default::default()
        };
        let Err(AppError::Invalid(errors)) = check(&f, 2026) else {
            panic!("expected field errors")
        };
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        for expected in [
            "legal_name_vi",
            "registration_number",
            "contact_phone",
            "contact_email",
            "year_founded",
            "member_count",
            "description_en",
        ] {
            assert!(
                fields.contains(&expected),
                "{expected} not reported in {fields:?}"
            );
        }
    }

    #[test]
    fn a_draft_may_be_incomplete_but_not_malformed() {
        let f = ApplicationFields {
            legal_name_vi: "HTX Chè Tân Cương".into(),
            registration_number: "4600123456-001".into(),
            ..Default::default()
        };
        let c = check(&f, 2026).unwrap();
        assert_eq!(c.registration_number, "4600123456-001");
        assert!(c.contact_phone.is_none() && c.translations.is_empty());
    }
}
