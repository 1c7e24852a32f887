//! Files (logos, certificates, photos) go through one interface: a directory under DATA_DIR by
//! default, S3-compatible object storage when configured, so several stateless instances can share
//! them. Stored names are random (`area/uuid.ext`), never the uploader's.

use crate::domain::documents::FileKind;
use bytes::Bytes;
use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use object_store::path::Path as StorePath;
use object_store::{ObjectStore, PutPayload};
use std::path::PathBuf;
use std::sync::Arc;

/// Where files are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageConfig {
    /// A local directory (created when absent).
    Local(PathBuf),
    /// An S3-compatible bucket.
    S3 {
        bucket: String,
        region: String,
        /// For MinIO, Cloudflare R2, Viettel or other S3-compatible services; None for AWS.
        endpoint: Option<String>,
        access_key_id: String,
        secret_access_key: String,
    },
}

/// Why a file operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("file not found")]
    NotFound,
    #[error("not a stored file key: {0}")]
    BadKey(String),
    #[error("storage: {0}")]
    Backend(#[from] object_store::Error),
    #[error("storage directory: {0}")]
    Io(#[from] std::io::Error),
}

/// The file store shared by every request.
#[derive(Clone)]
pub struct FileStore {
    store: Arc<dyn ObjectStore>,
}

impl std::fmt::Debug for FileStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FileStore({})", self.store)
    }
}

impl FileStore {
    /// Opens the configured store.
    pub fn open(config: &StorageConfig) -> Result<FileStore, StorageError> {
        let store: Arc<dyn ObjectStore> = match config {
            StorageConfig::Local(dir) => {
                std::fs::create_dir_all(dir)?;
                Arc::new(LocalFileSystem::new_with_prefix(dir)?)
            }
            StorageConfig::S3 {
                bucket,
                region,
                endpoint,
                access_key_id,
                secret_access_key,
            } => {
                let mut builder = AmazonS3Builder::new()
                    .with_bucket_name(bucket)
                    .with_region(region)
                    .with_access_key_id(access_key_id)
                    .with_secret_access_key(secret_access_key);
                if let Some(endpoint) = endpoint {
                    builder = builder
                        .with_endpoint(endpoint)
                        .with_allow_http(endpoint.starts_with("http://"));
                }
                Arc::new(builder.build()?)
            }
        };
        Ok(FileStore { store })
    }

    /// Stores `bytes` (already checked to be of `kind`) under `area` and returns its new key.
    pub async fn put(&self, area: &str, kind: FileKind, bytes: Bytes) -> Result<String, StorageError> {
        if !is_area(area) {
            return Err(StorageError::BadKey(area.to_owned()));
        }
        let key = format!("{area}/{}.{}", uuid::Uuid::new_v4().simple(), kind.extension());
        self.store
            .put(&StorePath::from(key.as_str()), PutPayload::from_bytes(bytes))
            .await?;
        Ok(key)
    }

    /// The contents of a stored file.
    pub async fn get(&self, key: &str) -> Result<Bytes, StorageError> {
        let path = parse_key(key)?;
        match self.store.get(&path).await {
            Ok(found) => Ok(found.bytes().await?),
            Err(object_store::Error::NotFound { .. }) => Err(StorageError::NotFound),
            Err(e) => Err(e.into()),
        }
    }

    /// Removes a stored file; removing one already gone is not an error.
    pub async fn delete(&self, key: &str) -> Result<(), StorageError> {
        let path = parse_key(key)?;
        match self.store.delete(&path).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }
}

/// An area is one lower-case word such as "documents" or "logos".
fn is_area(area: &str) -> bool {
    !area.is_empty() && area.len() <= 32 && area.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

/// Only keys this store made are accepted: `area/<32 hex>.<ext>`.
fn parse_key(key: &str) -> Result<StorePath, StorageError> {
    let bad = || StorageError::BadKey(key.chars().take(80).collect());
    let (area, name) = key.split_once('/').ok_or_else(bad)?;
    let (stem, ext) = name.split_once('.').ok_or_else(bad)?;
    let ok = is_area(area)
        && stem.len() == 32
        && stem.bytes().all(|b| b.is_ascii_hexdigit())
        && matches!(ext, "pdf" | "jpg" | "png" | "webp");
    if ok {
        Ok(StorePath::from(key))
    } else {
        Err(bad())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local() -> (FileStore, PathBuf) {
        let dir = std::env::temp_dir().join(format!("htx-files-{}", uuid::Uuid::new_v4().simple()));
        (FileStore::open(&StorageConfig::Local(dir.clone())).unwrap(), dir)
    }

    #[tokio::test]
    async fn files_round_trip_under_random_names() {
        let (store, dir) = local();
        let pdf = Bytes::from_static(b"%PDF-1.7 giay chung nhan");
        let a = store.put("documents", FileKind::Pdf, pdf.clone()).await.unwrap();
        let b = store.put("documents", FileKind::Pdf, pdf.clone()).await.unwrap();
        assert_ne!(a, b, "names are random, not derived from content or the upload");
        assert!(a.starts_with("documents/") && a.ends_with(".pdf"), "{a}");
        assert_eq!(store.get(&a).await.unwrap(), pdf);
        assert!(dir.join(&a).is_file(), "kept under the configured directory");

        store.delete(&a).await.unwrap();
        assert!(matches!(store.get(&a).await, Err(StorageError::NotFound)));
        store.delete(&a).await.expect("deleting twice is fine");
        let _ = std::fs::remove_dir_all(dir);
    }

    #[tokio::test]
    async fn foreign_keys_are_refused() {
        let (store, dir) = local();
        for key in [
            "../etc/passwd",
            "documents/../../x.pdf",
            "documents/report.pdf",
            "/documents/0123456789abcdef0123456789abcdef.pdf",
            "documents/0123456789abcdef0123456789abcdef.exe",
        ] {
            assert!(
                matches!(store.get(key).await, Err(StorageError::BadKey(_))),
                "{key}"
            );
        }
        assert!(matches!(
            store.put("../up", FileKind::Png, Bytes::new()).await,
            Err(StorageError::BadKey(_))
        ));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn s3_needs_no_network_to_configure() {
        let store = FileStore::open(&StorageConfig::S3 {
            bucket: "htx-files".into(),
            region: "ap-southeast-1".into(),
            endpoint: Some("http://127.0.0.1:9000".into()),
            access_key_id: "key".into(),
            secret_access_key: "secret".into(),
        });
        assert!(store.is_ok());
    }
}
