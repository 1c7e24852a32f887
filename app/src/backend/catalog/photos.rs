//! Product photos: up to ten per product, JPEG, PNG or WebP up to 10 MB and 40 megapixels (judged
//! from the header before anything is decoded, so a decompression bomb is refused cheaply). The
//! upload is kept aside until a background job decodes it and writes WebP renditions (160 to 1280 px
//! wide, so pages never send a picture much larger than it is shown); re-encoding drops all metadata
//! (EXIF, GPS). The upload is kept beside them, private, as the original.
//! Position 0 is the cover; sellers reorder. A batch has its own photos (up to six), shown on its
//! trace page and kept out of the product's gallery.

use super::products::load_for_edit;
use super::public::visible;
use crate::backend::accounts::SessionUser;
use crate::backend::cooperatives::access;
use crate::backend::cooperatives::documents::{StoredFile, Upload};
use crate::backend::entities::{batches, product_photos as photos, products};
use crate::backend::jobs;
use crate::backend::storage::FileStore;
use crate::backend::transactions::begin_write;
use crate::domain::documents::{sniff, FileKind};
use crate::error::AppError;
use crate::error::ErrorId;
use crate::error::OrInternal;
pub use crate::model::catalog::PhotoView;
use bytes::Bytes;
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};
use std::collections::BTreeMap;

pub const MAX_PHOTOS: u64 = 10;
pub const MAX_BATCH_PHOTOS: u64 = 6;
pub const MAX_PHOTO_BYTES: usize = 10 * 1024 * 1024;
/// 40 megapixels: larger images are refused before decoding.
pub const MAX_PIXELS: u64 = 40_000_000;
/// Rendition widths; an image narrower than one gets no larger copies than itself.
pub const WIDTHS: [u32; 6] = [160, 320, 480, 640, 960, 1280];
/// The job that makes renditions.
/// The job that makes a photo's renditions.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct ProcessPhoto {
    pub id: i64,
}

impl jobs::Job for ProcessPhoto {
    const KIND: &'static str = "photo.process";

    async fn run(self, ctx: &jobs::JobContext) -> Result<(), String> {
        process(&ctx.state.db, &ctx.state.files, self.id).await
    }
}

fn renditions_of(p: &photos::Model) -> BTreeMap<u32, String> {
    p.renditions
        .as_deref()
        .and_then(|j| serde_json::from_str::<BTreeMap<u32, String>>(j).ok())
        .unwrap_or_default()
}

pub fn view(p: &photos::Model) -> PhotoView {
    PhotoView {
        id: p.id,
        position: p.position,
        renditions: renditions_of(p)
            .keys()
            .map(|w| (*w, format!("/media/photos/{}/{w}.webp", p.id)))
            .collect(),
        width: p.width.max(0) as u32,
        height: p.height.max(0) as u32,
    }
}

/// Width and height from the image header (nothing is decoded).
fn dimensions(bytes: &[u8]) -> Result<(u32, u32), AppError> {
    image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| AppError::invalid("file", ErrorId::FileType))?
        .into_dimensions()
        .map_err(|_| AppError::invalid("file", ErrorId::FileType))
}

/// Checks an upload: type by content, size, pixel count.
pub fn check(upload: &Upload) -> Result<(FileKind, u32, u32), AppError> {
    if upload.bytes.is_empty() {
        return Err(AppError::invalid("file", ErrorId::FileRequired));
    }
    if upload.bytes.len() > MAX_PHOTO_BYTES {
        return Err(AppError::invalid("file", ErrorId::FileTooLarge));
    }
    let kind = match sniff(&upload.bytes) {
        Some(k @ (FileKind::Jpeg | FileKind::Png | FileKind::Webp)) => k,
        _ => return Err(AppError::invalid("file", ErrorId::FileType)),
    };
    let (w, h) = dimensions(&upload.bytes)?;
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(AppError::invalid("file", ErrorId::ImageTooManyPixels));
    }
    if w == 0 || h == 0 {
        return Err(AppError::invalid("file", ErrorId::FileType));
    }
    Ok((kind, w, h))
}

/// The photos of a product's gallery (`batch` None) or of one of its batches.
fn set_of(product_id: i64, batch: Option<i64>) -> sea_orm::Select<photos::Entity> {
    let query = photos::Entity::find().filter(photos::Column::ProductId.eq(product_id));
    match batch {
        Some(id) => query.filter(photos::Column::BatchId.eq(id)),
        None => query.filter(photos::Column::BatchId.is_null()),
    }
}

/// Stores a checked photo in the gallery of `product_id` (or of its batch) and queues its
/// processing (sellers and the demo seed).
pub async fn insert<C: ConnectionTrait>(
    conn: &C,
    files: &FileStore,
    product_id: i64,
    batch: Option<i64>,
    upload: Upload,
) -> Result<i64, AppError> {
    let (kind, width, height) = check(&upload)?;
    let count = set_of(product_id, batch).count(conn).await?;
    let (limit, message) = match batch {
        Some(_) => (MAX_BATCH_PHOTOS, ErrorId::BatchPhotoLimit),
        None => (MAX_PHOTOS, ErrorId::PhotoLimit),
    };
    if count >= limit {
        return Err(AppError::invalid("file", message));
    }
    let key = files
        .put("incoming", kind, upload.bytes)
        .await
        .or_internal("storing an upload failed")?;
    let row = photos::ActiveModel {
        product_id: Set(product_id),
        batch_id: Set(batch),
        position: Set(count as i32),
        original_key: Set(key),
        width: Set(width as i32),
        height: Set(height as i32),
        renditions: Set(None),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    jobs::enqueue(conn, &ProcessPhoto { id: row.id }, Utc::now()).await?;
    Ok(row.id)
}

/// Adds a photo to a product of the user's approved cooperative.
pub async fn add(
    db: &DatabaseConnection,
    files: &FileStore,
    user: &SessionUser,
    product_id: i64,
    upload: Upload,
) -> Result<i64, AppError> {
    check(&upload)?;
    let txn = begin_write(db).await?;
    let product = load_for_edit(&txn, user, product_id).await?;
    let id = insert(&txn, files, product.id, None, upload).await?;
    txn.commit().await?;
    Ok(id)
}

/// Adds a photo to a batch of a product of the user's approved cooperative.
pub async fn add_to_batch(
    db: &DatabaseConnection,
    files: &FileStore,
    user: &SessionUser,
    batch_id: i64,
    upload: Upload,
) -> Result<(), AppError> {
    check(&upload)?;
    let txn = begin_write(db).await?;
    let batch = batches::Entity::find_by_id(batch_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let product = load_for_edit(&txn, user, batch.product_id).await?;
    insert(&txn, files, product.id, Some(batch.id), upload).await?;
    txn.commit().await?;
    Ok(())
}

/// Decodes the upload, writes the WebP renditions and deletes the upload (the background job).
pub async fn process(db: &DatabaseConnection, files: &FileStore, photo_id: i64) -> Result<(), String> {
    let Some(photo) = photos::Entity::find_by_id(photo_id)
        .one(db)
        .await
        .map_err(|e| e.to_string())?
    else {
        return Ok(()); // deleted meanwhile
    };
    if photo.renditions.is_some() {
        return Ok(());
    }
    let original = files.get(&photo.original_key).await.map_err(|e| e.to_string())?;
    let encoded: Vec<(u32, Vec<u8>)> = tokio::task::spawn_blocking(move || render(&original))
        .await
        .map_err(|e| e.to_string())??;
    let mut keys = BTreeMap::new();
    for (w, bytes) in encoded {
        let key = files
            .put("photos", FileKind::Webp, Bytes::from(bytes))
            .await
            .map_err(|e| e.to_string())?;
        keys.insert(w, key);
    }
    let json = serde_json::to_string(&keys).map_err(|e| e.to_string())?;
    photos::Entity::update_many()
        .col_expr(photos::Column::Renditions, Expr::value(json))
        .filter(photos::Column::Id.eq(photo.id))
        .exec(db)
        .await
        .map_err(|e| e.to_string())?;
    Ok(())
}

/// The renditions of an image: (width, WebP bytes). Re-encoding drops every metadata block.
fn render(original: &[u8]) -> Result<Vec<(u32, Vec<u8>)>, String> {
    let mut reader = image::ImageReader::new(std::io::Cursor::new(original))
        .with_guessed_format()
        .map_err(|e| e.to_string())?;
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    let img = reader.decode().map_err(|e| e.to_string())?;
    // Every standard width below the photo's own, and the photo's own width (up to the largest
    // standard one) so that a screen needing more than the biggest rendition still gets all there is.
    let largest = WIDTHS[WIDTHS.len() - 1];
    let mut widths: Vec<u32> = WIDTHS.iter().copied().filter(|w| *w < img.width()).collect();
    if img.width() <= largest {
        widths.push(img.width());
    }
    widths
        .into_iter()
        .map(|w| {
            let h = ((u64::from(img.height()) * u64::from(w)) / u64::from(img.width())).max(1) as u32;
            let resized = if w == img.width() {
                img.clone()
            } else {
                img.thumbnail(w, h)
            };
            let mut out = std::io::Cursor::new(Vec::new());
            image::DynamicImage::ImageRgba8(resized.to_rgba8())
                .write_to(&mut out, image::ImageFormat::WebP)
                .map_err(|e| e.to_string())?;
            Ok((w, out.into_inner()))
        })
        .collect()
}

/// Moves a photo one place earlier (`up`) or later; the first is the cover.
pub async fn move_photo(
    db: &DatabaseConnection,
    user: &SessionUser,
    photo_id: i64,
    up: bool,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let photo = photos::Entity::find_by_id(photo_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    load_for_edit(&txn, user, photo.product_id).await?;
    let all = set_of(photo.product_id, photo.batch_id)
        .order_by_asc(photos::Column::Position)
        .order_by_asc(photos::Column::Id)
        .all(&txn)
        .await?;
    let i = all.iter().position(|p| p.id == photo.id).unwrap_or(0);
    let j = if up {
        i.checked_sub(1)
    } else {
        (i + 1 < all.len()).then_some(i + 1)
    };
    let mut order: Vec<i64> = all.iter().map(|p| p.id).collect();
    if let Some(j) = j {
        order.swap(i, j);
    }
    for (pos, id) in order.into_iter().enumerate() {
        photos::Entity::update_many()
            .col_expr(photos::Column::Position, Expr::value(pos as i32))
            .filter(photos::Column::Id.eq(id))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Deletes a photo and its files.
pub async fn remove(
    db: &DatabaseConnection,
    files: &FileStore,
    user: &SessionUser,
    photo_id: i64,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let photo = photos::Entity::find_by_id(photo_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    load_for_edit(&txn, user, photo.product_id).await?;
    photos::Entity::delete_by_id(photo.id).exec(&txn).await?;
    txn.commit().await?;
    for key in renditions_of(&photo)
        .values()
        .chain(std::iter::once(&photo.original_key))
    {
        let _ = files.delete(key).await;
    }
    Ok(())
}

/// Processed photos of a product's gallery (`batch` None) or of one of its batches, in order
/// (public pages).
pub async fn shown<C: ConnectionTrait>(
    conn: &C,
    product_id: i64,
    batch: Option<i64>,
) -> Result<Vec<PhotoView>, AppError> {
    Ok(set_of(product_id, batch)
        .filter(photos::Column::Renditions.is_not_null())
        .order_by_asc(photos::Column::Position)
        .order_by_asc(photos::Column::Id)
        .all(conn)
        .await?
        .iter()
        .map(view)
        .collect())
}

/// Every photo of a product, processed or not (its sellers).
pub async fn for_seller(
    db: &DatabaseConnection,
    user: &SessionUser,
    product_id: i64,
) -> Result<Vec<PhotoView>, AppError> {
    let product = products::Entity::find_by_id(product_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    access::load(db, user, product.cooperative_id).await?;
    Ok(set_of(product.id, None)
        .order_by_asc(photos::Column::Position)
        .order_by_asc(photos::Column::Id)
        .all(db)
        .await?
        .iter()
        .map(view)
        .collect())
}

/// One rendition: public when the product is on sale, else for its cooperative and administrators.
pub async fn fetch_rendition(
    db: &DatabaseConnection,
    files: &FileStore,
    user: Option<&SessionUser>,
    photo_id: i64,
    width: u32,
) -> Result<StoredFile, AppError> {
    let photo = photos::Entity::find_by_id(photo_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let public = visible()
        .filter(products::Column::Id.eq(photo.product_id))
        .one(db)
        .await?
        .is_some();
    if !public {
        let product = products::Entity::find_by_id(photo.product_id)
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?;
        access::load(db, user.ok_or(AppError::NotFound)?, product.cooperative_id).await?;
    }
    let key = renditions_of(&photo)
        .get(&width)
        .cloned()
        .ok_or(AppError::NotFound)?;
    let bytes = crate::backend::cooperatives::documents::read(files, &key).await?;
    Ok(StoredFile {
        bytes,
        mime: FileKind::Webp.mime().to_owned(),
        download_name: None,
        public,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(w, h, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 120]));
        let mut out = std::io::Cursor::new(Vec::new());
        img.write_to(&mut out, image::ImageFormat::Png).unwrap();
        out.into_inner()
    }

    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for b in data {
            crc ^= u32::from(*b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    #[test]
    fn renditions_never_upscale() {
        let r = render(&png(700, 350)).unwrap();
        assert_eq!(
            r.iter().map(|(w, _)| *w).collect::<Vec<_>>(),
            [160, 320, 480, 640, 700]
        );
        assert!(r.iter().all(|(_, b)| &b[0..4] == b"RIFF" && &b[8..12] == b"WEBP"));
        let small = render(&png(200, 100)).unwrap();
        assert_eq!(small.iter().map(|(w, _)| *w).collect::<Vec<_>>(), [160, 200]);
    }

    #[test]
    fn huge_images_are_refused_from_their_header() {
        // A PNG header claiming 10,000 × 10,000 pixels (100 MP); the body is never decoded.
        let mut bomb = png(1, 1);
        bomb[16..20].copy_from_slice(&10_000u32.to_be_bytes());
        bomb[20..24].copy_from_slice(&10_000u32.to_be_bytes());
        // Keep the IHDR chunk's CRC valid, as a crafted file would.
        let crc = crc32(&bomb[12..29]);
        bomb[29..33].copy_from_slice(&crc.to_be_bytes());
        let upload = Upload {
            original_name: "bomb.png".into(),
            bytes: Bytes::from(bomb),
        };
        assert_eq!(
            check(&upload),
            Err(AppError::invalid("file", ErrorId::ImageTooManyPixels))
        );
    }
}
