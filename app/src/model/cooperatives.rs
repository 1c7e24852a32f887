//! What the cooperative pages and server functions exchange: plain data, shared by server and browser.

use crate::i18n::Locale;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The application form as typed: every field a string, checked on the server by
/// `backend::cooperatives::application`. Per-locale texts have one field per locale so the form
/// works without JavaScript.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ApplicationFields {
    pub legal_name_vi: String,
    pub registration_number: String,
    pub region_code: String,
    pub address: String,
    pub year_founded: String,
    pub member_count: String,
    pub legal_representative: String,
    pub contact_phone: String,
    pub contact_email: String,
    pub trading_name_vi: String,
    pub trading_name_en: String,
    pub trading_name_zh: String,
    pub trading_name_ja: String,
    pub trading_name_ko: String,
    pub description_vi: String,
    pub description_en: String,
    pub description_zh: String,
    pub description_ja: String,
    pub description_ko: String,
}

impl ApplicationFields {
    /// The form-field suffix of a locale ("zh" for zh-CN).
    pub const fn suffix(locale: Locale) -> &'static str {
        match locale {
            Locale::Vi => "vi",
            Locale::En => "en",
            Locale::ZhCn => "zh",
            Locale::Ja => "ja",
            Locale::Ko => "ko",
        }
    }

    pub fn trading_name(&self, locale: Locale) -> &str {
        match locale {
            Locale::Vi => &self.trading_name_vi,
            Locale::En => &self.trading_name_en,
            Locale::ZhCn => &self.trading_name_zh,
            Locale::Ja => &self.trading_name_ja,
            Locale::Ko => &self.trading_name_ko,
        }
    }

    pub fn description(&self, locale: Locale) -> &str {
        match locale {
            Locale::Vi => &self.description_vi,
            Locale::En => &self.description_en,
            Locale::ZhCn => &self.description_zh,
            Locale::Ja => &self.description_ja,
            Locale::Ko => &self.description_ko,
        }
    }

    pub fn set_translation(&mut self, locale: Locale, trading_name: String, description: String) {
        let (name, desc) = match locale {
            Locale::Vi => (&mut self.trading_name_vi, &mut self.description_vi),
            Locale::En => (&mut self.trading_name_en, &mut self.description_en),
            Locale::ZhCn => (&mut self.trading_name_zh, &mut self.description_zh),
            Locale::Ja => (&mut self.trading_name_ja, &mut self.description_ja),
            Locale::Ko => (&mut self.trading_name_ko, &mut self.description_ko),
        };
        *name = trading_name;
        *desc = description;
    }
}

/// A province or city for the pickers, named in the reader's locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionOption {
    pub code: String,
    pub name: String,
}

/// A stored supporting document (never served publicly).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentView {
    pub id: i64,
    pub kind: crate::domain::documents::DocumentKind,
    pub original_name: String,
    pub size_bytes: i64,
    pub uploaded_at: DateTime<Utc>,
    /// Served only to administrators and the cooperative's members.
    pub url: String,
}

/// One application as its members and the administrators see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationView {
    pub id: i64,
    pub slug: String,
    pub status: crate::domain::cooperative_status::CooperativeStatus,
    pub reason: Option<String>,
    pub version: i32,
    pub fields: ApplicationFields,
    pub region_name: Option<String>,
    pub documents: Vec<DocumentView>,
    pub logo_url: Option<String>,
    /// None for an administrator who is not a member.
    pub my_role: Option<crate::domain::cooperative_status::MemberRole>,
    pub can_edit: bool,
    pub applied_locale: String,
    pub created_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub decided_at: Option<DateTime<Utc>>,
    /// Sanitised HTML of each description given, by locale code (for reviewers).
    pub descriptions_html: Vec<(String, String)>,
}

/// A row of the administrators' review queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueRow {
    pub id: i64,
    pub legal_name_vi: String,
    pub registration_number: String,
    pub region_name: Option<String>,
    pub status: crate::domain::cooperative_status::CooperativeStatus,
    /// When it entered its current state (submitted, or the last decision).
    pub since: DateTime<Utc>,
    /// Whole hours it has been waiting.
    pub waiting_hours: i64,
}

/// A cooperative the user belongs to, for the seller dashboard's switcher.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    pub cooperative_id: i64,
    pub name: String,
    pub role: crate::domain::cooperative_status::MemberRole,
    pub status: crate::domain::cooperative_status::CooperativeStatus,
}

/// A member of a cooperative's staff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberView {
    pub user_id: i64,
    pub display_name: String,
    pub email: String,
    pub role: crate::domain::cooperative_status::MemberRole,
    pub since: DateTime<Utc>,
}

/// An invitation not yet accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingInvitation {
    pub id: i64,
    pub email: String,
    pub role: crate::domain::cooperative_status::MemberRole,
    pub expires_at: DateTime<Utc>,
}

/// The seller dashboard for one cooperative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    pub memberships: Vec<Membership>,
    /// The selected cooperative, if the user has any.
    pub current: Option<DashboardCoop>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardCoop {
    pub application: ApplicationView,
    pub members: Vec<MemberView>,
    pub invitations: Vec<PendingInvitation>,
}

/// What an invitation link offers, shown before it is accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationView {
    pub cooperative_name: String,
    pub role: crate::domain::cooperative_status::MemberRole,
    pub email: String,
    pub expires_at: DateTime<Utc>,
}

/// A cooperative in the public directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoopCard {
    pub slug: String,
    pub name: String,
    pub legal_name_vi: String,
    pub region_code: Option<String>,
    pub region_name: Option<String>,
    pub year_founded: Option<i32>,
    pub logo_url: Option<String>,
}

/// A cooperative's public page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoopPublic {
    pub card: CoopCard,
    pub member_count: Option<i32>,
    /// Sanitised HTML of the description in the reader's locale, or in Vietnamese.
    pub description_html: Option<String>,
    /// True when the reader's locale has no description and the Vietnamese one is shown.
    pub description_is_fallback: bool,
}

/// An audit log entry for administrators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub actor: Option<String>,
    pub action: String,
    pub subject: Option<String>,
    pub details: String,
}
