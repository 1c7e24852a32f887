//! Outgoing mail. Mail is queued in `outbox_emails` inside the caller's transaction and delivered by a
//! background job: over SMTP when SMTP_URL is set, otherwise written as a readable .eml file under
//! DATA_DIR/outbox/ (the default, so development and tests need no mail server).

use super::entities::outbox_emails;
use super::jobs;
use super::state::Settings;
use crate::domain::work::MailStatus;
use crate::i18n::Locale;
use chrono::Utc;
use lettre::message::{header::ContentType, Mailbox};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, Set};
use std::path::PathBuf;

/// The job that delivers one outbox mail.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct DeliverMail {
    pub id: i64,
}

impl jobs::Job for DeliverMail {
    const KIND: &'static str = "mail.deliver";

    async fn run(self, ctx: &jobs::JobContext) -> Result<(), String> {
        deliver(&ctx.state.db, &ctx.mail, &ctx.state.settings.mail_from, self.id).await
    }
}

/// A mail ready to queue (already localized).
#[derive(Debug, Clone)]
pub struct OutgoingMail {
    pub to: String,
    pub locale: Locale,
    pub subject: String,
    pub body_text: String,
}

/// Queues a mail and its delivery job in the caller's transaction.
pub async fn enqueue<C: ConnectionTrait>(conn: &C, mail: OutgoingMail) -> Result<i64, DbErr> {
    let row = outbox_emails::ActiveModel {
        to_address: Set(mail.to),
        subject: Set(mail.subject),
        body_text: Set(mail.body_text),
        locale: Set(mail.locale.code().to_owned()),
        status: Set(MailStatus::Pending),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    jobs::enqueue(conn, &DeliverMail { id: row.id }, Utc::now()).await?;
    Ok(row.id)
}

/// Where delivered mail goes.
#[derive(Clone)]
pub enum Transport {
    /// Readable .eml files in this directory.
    Files(PathBuf),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

/// Why a transport could not be built from the settings.
#[derive(Debug, thiserror::Error)]
#[error("SMTP_URL is not a usable SMTP URL: {0}")]
pub struct TransportError(String);

impl Transport {
    /// SMTP when configured, else files under DATA_DIR/outbox.
    pub fn from_settings(settings: &Settings) -> Result<Transport, TransportError> {
        match &settings.smtp_url {
            Some(url) => AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                .map(|b| Transport::Smtp(b.build()))
                .map_err(|e| TransportError(e.to_string())),
            None => Ok(Transport::Files(settings.data_dir.join("outbox"))),
        }
    }
}

/// Delivers outbox mail `id` (idempotent: mail already delivered is left alone).
pub async fn deliver(
    db: &DatabaseConnection,
    transport: &Transport,
    from: &str,
    id: i64,
) -> Result<(), String> {
    let Some(mail) = outbox_emails::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(|e| e.to_string())?
    else {
        return Err(format!("outbox mail {id} does not exist"));
    };
    if mail.status != MailStatus::Pending {
        return Ok(());
    }
    let message = build_message(&mail, from)?;
    let mut row: outbox_emails::ActiveModel = mail.clone().into();
    match transport {
        Transport::Files(dir) => {
            tokio::fs::create_dir_all(dir)
                .await
                .map_err(|e| format!("creating {}: {e}", dir.display()))?;
            let name = format!("{}-{:06}.eml", mail.created_at.format("%Y%m%dT%H%M%SZ"), mail.id);
            tokio::fs::write(dir.join(&name), message.formatted())
                .await
                .map_err(|e| format!("writing {name}: {e}"))?;
            row.status = Set(MailStatus::Written);
            row.file_name = Set(Some(name));
        }
        Transport::Smtp(smtp) => {
            smtp.send(message).await.map_err(|e| e.to_string())?;
            row.status = Set(MailStatus::Sent);
        }
    }
    row.sent_at = Set(Some(Utc::now()));
    row.update(db).await.map_err(|e| e.to_string())?;
    Ok(())
}

fn build_message(mail: &outbox_emails::Model, from: &str) -> Result<Message, String> {
    let from: Mailbox = from.parse().map_err(|e| format!("MAIL_FROM {from:?}: {e}"))?;
    let to: Mailbox = mail
        .to_address
        .parse()
        .map_err(|e| format!("recipient {:?}: {e}", mail.to_address))?;
    Message::builder()
        .from(from)
        .to(to)
        .subject(mail.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body_text.clone())
        .map_err(|e| e.to_string())
}
