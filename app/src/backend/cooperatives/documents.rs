//! Supporting documents and logos: checked by content (not by name or claimed type), stored under
//! random names through the FileStore, served only to those allowed to see them.

use super::access::{self, Access};
use super::application::touch;
use crate::backend::accounts::SessionUser;
use crate::backend::audit::{self, AuditEntry};
use crate::backend::entities::{cooperative_documents, cooperatives};
use crate::backend::storage::FileStore;
use crate::domain::documents::{sniff, FileKind};
use crate::error::AppError;
use crate::error::ErrorId;
use crate::error::OrInternal;
use bytes::Bytes;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set};

/// Registration certificates and other supporting documents: PDF, JPEG or PNG.
pub const MAX_DOCUMENT_BYTES: usize = 10 * 1024 * 1024;
/// Logos: JPEG, PNG or WebP.
pub const MAX_LOGO_BYTES: usize = 2 * 1024 * 1024;

/// A file as it arrived, already bounded in size by the HTTP layer.
#[derive(Debug, Clone)]
pub struct Upload {
    pub original_name: String,
    pub bytes: Bytes,
}

/// The file's kind by its content, if it is one of `allowed` and within `max` bytes.
pub(crate) fn kind_of(upload: &Upload, allowed: &[FileKind], max: usize) -> Result<FileKind, AppError> {
    if upload.bytes.is_empty() {
        return Err(AppError::invalid("file", ErrorId::FileRequired));
    }
    if upload.bytes.len() > max {
        return Err(AppError::invalid("file", ErrorId::FileTooLarge));
    }
    match sniff(&upload.bytes) {
        Some(kind) if allowed.contains(&kind) => Ok(kind),
        _ => Err(AppError::invalid("file", ErrorId::FileType)),
    }
}

/// Only an application still being prepared takes new documents; a logo can change any time.
fn require_editable(coop: &cooperatives::Model, access: Access) -> Result<(), AppError> {
    let status = coop.status;
    if status.is_editable() || access.is_admin() {
        Ok(())
    } else {
        Err(AppError::Conflict(ErrorId::ApplicationLocked))
    }
}

/// A file name safe to show: no path, no control characters, at most 120 characters.
fn display_name(original: &str) -> String {
    let base = original.rsplit(['/', '\\']).next().unwrap_or_default();
    let clean: String = base.chars().filter(|c| !c.is_control()).take(120).collect();
    if clean.trim().is_empty() {
        "document".to_owned()
    } else {
        clean
    }
}

/// Adds a supporting document; returns its id.
pub async fn add_document(
    db: &DatabaseConnection,
    files: &FileStore,
    user: &SessionUser,
    cooperative_id: i64,
    kind: &str,
    upload: Upload,
) -> Result<i64, AppError> {
    let (coop, access) = access::load(db, user, cooperative_id).await?;
    require_editable(&coop, access)?;
    let kind = crate::domain::documents::DocumentKind::parse(kind)
        .ok_or_else(|| AppError::invalid("kind", ErrorId::DocumentKind))?;
    let file_kind = kind_of(
        &upload,
        &[FileKind::Pdf, FileKind::Jpeg, FileKind::Png],
        MAX_DOCUMENT_BYTES,
    )?;
    let size = upload.bytes.len() as i64;
    let key = files
        .put("documents", file_kind, upload.bytes)
        .await
        .or_internal("storing a document failed")?;
    let txn = crate::backend::transactions::begin_write(db).await?;
    let doc = cooperative_documents::ActiveModel {
        cooperative_id: Set(coop.id),
        kind: Set(kind),
        file_key: Set(key.clone()),
        original_name: Set(display_name(&upload.original_name)),
        mime: Set(file_kind.mime().to_owned()),
        size_bytes: Set(size),
        uploaded_by_user_id: Set(user.id),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    touch(&txn, coop.id).await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_user_id: Some(user.id),
            action: "cooperative.document_added",
            subject_type: Some("cooperative"),
            subject_id: Some(coop.id.to_string()),
            details: serde_json::json!({ "document_id": doc.id, "kind": kind, "bytes": size }),
            ip: None,
        },
    )
    .await?;
    if let Err(e) = txn.commit().await {
        // The row is gone with the transaction; do not leave its file behind.
        let _ = files.delete(&key).await;
        return Err(e.into());
    }
    Ok(doc.id)
}

/// Removes a supporting document from an application still being prepared.
pub async fn remove_document(
    db: &DatabaseConnection,
    files: &FileStore,
    user: &SessionUser,
    document_id: i64,
) -> Result<i64, AppError> {
    let doc = cooperative_documents::Entity::find_by_id(document_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let (coop, access) = access::load(db, user, doc.cooperative_id).await?;
    require_editable(&coop, access)?;
    let txn = crate::backend::transactions::begin_write(db).await?;
    cooperative_documents::Entity::delete_by_id(doc.id)
        .exec(&txn)
        .await?;
    touch(&txn, coop.id).await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_user_id: Some(user.id),
            action: "cooperative.document_removed",
            subject_type: Some("cooperative"),
            subject_id: Some(coop.id.to_string()),
            details: serde_json::json!({ "document_id": doc.id, "name": doc.original_name }),
            ip: None,
        },
    )
    .await?;
    txn.commit().await?;
    if let Err(e) = files.delete(&doc.file_key).await {
        tracing::warn!(error = %e, key = doc.file_key, "could not delete a removed document's file");
    }
    Ok(coop.id)
}

/// Sets or replaces the logo.
pub async fn set_logo(
    db: &DatabaseConnection,
    files: &FileStore,
    user: &SessionUser,
    cooperative_id: i64,
    upload: Upload,
) -> Result<(), AppError> {
    let (coop, _) = access::load(db, user, cooperative_id).await?;
    let file_kind = kind_of(
        &upload,
        &[FileKind::Jpeg, FileKind::Png, FileKind::Webp],
        MAX_LOGO_BYTES,
    )?;
    let key = files
        .put("logos", file_kind, upload.bytes)
        .await
        .or_internal("storing a logo failed")?;
    let txn = crate::backend::transactions::begin_write(db).await?;
    let mut active: cooperatives::ActiveModel = coop.clone().into();
    active.logo_key = Set(Some(key.clone()));
    active.update(&txn).await?;
    touch(&txn, coop.id).await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_user_id: Some(user.id),
            action: "cooperative.logo_changed",
            subject_type: Some("cooperative"),
            subject_id: Some(coop.id.to_string()),
            details: serde_json::json!({}),
            ip: None,
        },
    )
    .await?;
    if let Err(e) = txn.commit().await {
        let _ = files.delete(&key).await;
        return Err(e.into());
    }
    if let Some(old) = coop.logo_key {
        let _ = files.delete(&old).await;
    }
    Ok(())
}

/// A stored file ready to send.
#[derive(Debug, Clone)]
pub struct StoredFile {
    pub bytes: Bytes,
    pub mime: String,
    pub download_name: Option<String>,
    /// Whether shared caches may keep it (public logos only).
    pub public: bool,
}

pub(crate) async fn read(files: &FileStore, key: &str) -> Result<Bytes, AppError> {
    files.get(key).await.map_err(|e| match e {
        crate::backend::storage::StorageError::NotFound => AppError::NotFound,
        other => AppError::Internal(crate::error::Fault::caused_by(
            "reading a stored file failed",
            other,
        )),
    })
}

/// A supporting document, for administrators and the cooperative's members only.
pub async fn fetch_document(
    db: &DatabaseConnection,
    files: &FileStore,
    user: Option<&SessionUser>,
    document_id: i64,
) -> Result<StoredFile, AppError> {
    let user = user.ok_or(AppError::Unauthenticated)?;
    let doc = cooperative_documents::Entity::find_by_id(document_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    access::load(db, user, doc.cooperative_id).await?;
    Ok(StoredFile {
        bytes: read(files, &doc.file_key).await?,
        mime: doc.mime,
        download_name: Some(doc.original_name),
        public: false,
    })
}

/// A cooperative's logo: public once approved, otherwise for its members and administrators.
pub async fn fetch_logo(
    db: &DatabaseConnection,
    files: &FileStore,
    user: Option<&SessionUser>,
    cooperative_id: i64,
) -> Result<StoredFile, AppError> {
    let coop = cooperatives::Entity::find_by_id(cooperative_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let public = coop.status.is_public();
    if !public {
        let user = user.ok_or(AppError::NotFound)?;
        access::load(db, user, coop.id).await?;
    }
    let key = coop.logo_key.ok_or(AppError::NotFound)?;
    let kind = match key.rsplit('.').next() {
        Some("png") => FileKind::Png,
        Some("webp") => FileKind::Webp,
        _ => FileKind::Jpeg,
    };
    Ok(StoredFile {
        bytes: read(files, &key).await?,
        mime: kind.mime().to_owned(),
        download_name: None,
        public,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_lose_their_paths_and_control_characters() {
        assert_eq!(display_name("C:\\Users\\lan\\giay phep.pdf"), "giay phep.pdf");
        assert_eq!(display_name("../../etc/passwd"), "passwd");
        assert_eq!(display_name("a\u{0}b\nc.pdf"), "abc.pdf");
        assert_eq!(display_name(""), "document");
    }

    #[test]
    fn files_are_judged_by_content() {
        let exe = Upload {
            original_name: "giay-phep.pdf".into(),
            bytes: Bytes::from_static(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00"),
        };
        assert_eq!(
            kind_of(&exe, &[FileKind::Pdf], MAX_DOCUMENT_BYTES),
            Err(AppError::invalid("file", ErrorId::FileType))
        );
        let pdf = Upload {
            original_name: "scan.bin".into(),
            bytes: Bytes::from_static(b"%PDF-1.7\n..."),
        };
        assert_eq!(
            kind_of(&pdf, &[FileKind::Pdf], MAX_DOCUMENT_BYTES),
            Ok(FileKind::Pdf)
        );
        assert_eq!(
            kind_of(&pdf, &[FileKind::Pdf], 4),
            Err(AppError::invalid("file", ErrorId::FileTooLarge))
        );
    }
}
