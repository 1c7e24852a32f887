//! Uploads (plain multipart posts, so they work without JavaScript and are size-checked while they
//! stream) and the authorized serving of stored files. The rules live in
//! `app::backend::cooperatives::documents`; this module only speaks HTTP.

use app::backend::accounts::{current_user, SessionUser};
use app::backend::catalog::{batches, certifications, import, photos};
use app::backend::cooperatives::documents::{self, StoredFile, Upload, MAX_DOCUMENT_BYTES, MAX_LOGO_BYTES};
use app::backend::request::{cookie, SESSION_COOKIE};
use app::backend::AppState;
use app::error::AppError;
use app::error::ErrorId;
use app::i18n::Locale;
use axum::body::{Body, Bytes};
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;

/// The largest request body an upload route accepts (the file plus the form's other fields).
pub const MAX_UPLOAD_BODY_BYTES: usize = MAX_DOCUMENT_BYTES + 256 * 1024;

async fn user_of(state: &AppState, headers: &HeaderMap) -> Result<Option<SessionUser>, AppError> {
    Ok(current_user(&state.db, cookie(headers, SESSION_COOKIE)).await?)
}

/// The logged-in user; uploads need one.
pub(super) async fn signed_in(state: &AppState, headers: &HeaderMap) -> Result<SessionUser, AppError> {
    user_of(state, headers).await?.ok_or(AppError::Unauthenticated)
}

/// The fields of an upload form.
#[derive(Default)]
struct UploadForm {
    locale: Option<Locale>,
    kind: Option<String>,
    mode: Option<String>,
    file: Option<Upload>,
}

impl UploadForm {
    /// The uploaded file, which the form must carry.
    fn take_file(&mut self) -> Result<Upload, AppError> {
        self.file
            .take()
            .ok_or(AppError::invalid("file", ErrorId::FileRequired))
    }
}

/// Reads the form, refusing the file as soon as it passes `max` bytes (it is never held whole).
async fn read_form(mut multipart: Multipart, max: usize) -> Result<UploadForm, AppError> {
    let mut form = UploadForm::default();
    let malformed = |e: axum::extract::multipart::MultipartError| AppError::BadRequest(e.body_text());
    while let Some(mut field) = multipart.next_field().await.map_err(malformed)? {
        match field.name().unwrap_or_default() {
            "locale" => form.locale = Locale::from_code(field.text().await.map_err(malformed)?.trim()),
            "kind" => form.kind = Some(field.text().await.map_err(malformed)?.trim().to_owned()),
            "mode" => form.mode = Some(field.text().await.map_err(malformed)?.trim().to_owned()),
            "file" => {
                let original_name = field.file_name().unwrap_or_default().to_owned();
                let mut data = Vec::new();
                while let Some(chunk) = field.chunk().await.map_err(malformed)? {
                    if data.len() + chunk.len() > max {
                        return Err(AppError::invalid("file", ErrorId::FileTooLarge));
                    }
                    data.extend_from_slice(&chunk);
                }
                form.file = Some(Upload {
                    original_name,
                    bytes: Bytes::from(data),
                });
            }
            _ => {}
        }
    }
    Ok(form)
}

fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"))
}

/// Scripts get JSON and a status; a browser posting the form goes back to the application page with
/// the outcome in the query, shown there in the reader's language.
fn answer(
    headers: &HeaderMap,
    locale: Option<Locale>,
    cooperative_id: i64,
    result: Result<(), AppError>,
) -> Response {
    answer_at(headers, locale, &format!("/sell/apply/{cooperative_id}"), result)
}

/// As `answer`, going back to `page` (a path under the locale, perhaps with a query).
fn answer_at(
    headers: &HeaderMap,
    locale: Option<Locale>,
    page: &str,
    result: Result<(), AppError>,
) -> Response {
    if wants_json(headers) {
        return match result {
            Ok(()) => (StatusCode::CREATED, Json(serde_json::json!({ "ok": true }))).into_response(),
            Err(e) => (e.status(), Json(e)).into_response(),
        };
    }
    let locale = locale.unwrap_or_default();
    let outcome = match &result {
        Ok(()) => "upload=ok".to_owned(),
        Err(e) => format!("upload_error={}", e.field_key("file").unwrap_or(e.id()).as_str()),
    };
    match result {
        Err(AppError::Unauthenticated) => Redirect::to(&format!("/{}/login", locale.code())).into_response(),
        Err(AppError::NotFound | AppError::Forbidden) => StatusCode::NOT_FOUND.into_response(),
        _ => {
            let join = if page.contains('?') { '&' } else { '?' };
            Redirect::to(&format!("/{}{page}{join}{outcome}", locale.code())).into_response()
        }
    }
}

pub async fn upload_document(
    State(state): State<AppState>,
    Path(cooperative_id): Path<i64>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    let mut locale = None;
    let result = async {
        let user = signed_in(&state, &headers).await?;
        let mut form = read_form(multipart, MAX_DOCUMENT_BYTES).await?;
        locale = form.locale;
        let file = form.take_file()?;
        let kind = form.kind.unwrap_or_else(|| "registration".to_owned());
        documents::add_document(&state.db, &state.files, &user, cooperative_id, &kind, file).await?;
        Ok(())
    }
    .await;
    answer(&headers, locale, cooperative_id, result)
}

pub async fn upload_logo(
    State(state): State<AppState>,
    Path(cooperative_id): Path<i64>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    let mut locale = None;
    let result = async {
        let user = signed_in(&state, &headers).await?;
        let mut form = read_form(multipart, MAX_LOGO_BYTES).await?;
        locale = form.locale;
        let file = form.take_file()?;
        documents::set_logo(&state.db, &state.files, &user, cooperative_id, file).await
    }
    .await;
    answer(&headers, locale, cooperative_id, result)
}

fn send(file: StoredFile) -> Response {
    let mut res = Response::new(Body::from(file.bytes));
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&file.mime) {
        h.insert(header::CONTENT_TYPE, v);
    }
    // Never let a browser guess another type for an uploaded file.
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; img-src 'self'; plugin-types application/pdf"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if file.public {
            "public, max-age=86400"
        } else {
            "private, no-store"
        }),
    );
    if let Some(name) = file.download_name {
        let encoded = percent_encoding::utf8_percent_encode(&name, percent_encoding::NON_ALPHANUMERIC);
        if let Ok(v) = HeaderValue::from_str(&format!("inline; filename*=UTF-8''{encoded}")) {
            h.insert(header::CONTENT_DISPOSITION, v);
        }
    }
    res
}

pub(super) fn refuse(e: AppError) -> Response {
    // Not found and not allowed look the same to strangers.
    let status = match e {
        AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
        AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        _ => StatusCode::NOT_FOUND,
    };
    status.into_response()
}

pub async fn document(
    State(state): State<AppState>,
    Path(document_id): Path<i64>,
    headers: HeaderMap,
) -> Response {
    let result = async {
        let user = user_of(&state, &headers).await?;
        documents::fetch_document(&state.db, &state.files, user.as_ref(), document_id).await
    }
    .await;
    result.map(send).unwrap_or_else(refuse)
}

pub async fn logo(
    State(state): State<AppState>,
    Path(cooperative_id): Path<i64>,
    headers: HeaderMap,
) -> Response {
    let result = async {
        let user = user_of(&state, &headers).await?;
        documents::fetch_logo(&state.db, &state.files, user.as_ref(), cooperative_id).await
    }
    .await;
    result.map(send).unwrap_or_else(refuse)
}

pub async fn upload_photo(
    State(state): State<AppState>,
    Path(product_id): Path<i64>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    let mut locale = None;
    let result = async {
        let user = signed_in(&state, &headers).await?;
        let mut form = read_form(multipart, photos::MAX_PHOTO_BYTES).await?;
        locale = form.locale;
        let file = form.take_file()?;
        photos::add(&state.db, &state.files, &user, product_id, file).await?;
        state.wake_workers();
        Ok(())
    }
    .await;
    answer_at(&headers, locale, &format!("/sell/products/{product_id}"), result)
}

/// POST /uploads/batches/{id}/photos: a photo for a batch's trace page.
pub async fn upload_batch_photo(
    State(state): State<AppState>,
    Path(batch_id): Path<i64>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    let mut locale = None;
    let mut page = "/sell/products".to_owned();
    let result = async {
        let user = signed_in(&state, &headers).await?;
        let product_id = batches::product_of(&state.db, batch_id).await?;
        page = format!("/sell/products/{product_id}?for=batch-photo");
        let mut form = read_form(multipart, photos::MAX_PHOTO_BYTES).await?;
        locale = form.locale;
        let file = form.take_file()?;
        photos::add_to_batch(&state.db, &state.files, &user, batch_id, file).await?;
        state.wake_workers();
        Ok(())
    }
    .await;
    answer_at(&headers, locale, &page, result)
}

/// POST /uploads/certifications/{id}/scan: the scan of a certificate awaiting review.
pub async fn upload_certificate_scan(
    State(state): State<AppState>,
    Path(certification_id): Path<i64>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    let mut locale = None;
    let mut page = "/sell/products".to_owned();
    let result = async {
        let user = signed_in(&state, &headers).await?;
        let product_id = certifications::product_of(&state.db, certification_id).await?;
        page = format!("/sell/products/{product_id}?for=scan");
        let mut form = read_form(multipart, MAX_DOCUMENT_BYTES).await?;
        locale = form.locale;
        let file = form.take_file()?;
        certifications::attach_scan(&state.db, &state.files, &user, certification_id, file).await
    }
    .await;
    answer_at(&headers, locale, &page, result)
}

pub async fn certificate_scan(
    State(state): State<AppState>,
    Path(certification_id): Path<i64>,
    headers: HeaderMap,
) -> Response {
    let result = async {
        let user = user_of(&state, &headers).await?;
        certifications::fetch_scan(&state.db, &state.files, user.as_ref(), certification_id).await
    }
    .await;
    result.map(send).unwrap_or_else(refuse)
}

pub async fn photo(
    State(state): State<AppState>,
    Path((photo_id, file)): Path<(i64, String)>,
    headers: HeaderMap,
) -> Response {
    let Some(width) = file.strip_suffix(".webp").and_then(|w| w.parse::<u32>().ok()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let result = async {
        let user = user_of(&state, &headers).await?;
        photos::fetch_rendition(&state.db, &state.files, user.as_ref(), photo_id, width).await
    }
    .await;
    result.map(send).unwrap_or_else(refuse)
}

/// POST /uploads/cooperatives/{id}/import: a CSV or XLSX file and `mode` (dry_run or import).
/// Browsers go back to the import page showing the stored report; scripts get the report as JSON.
pub async fn import_products(
    State(state): State<AppState>,
    Path(cooperative_id): Path<i64>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    let mut locale = None;
    let result = async {
        let user = signed_in(&state, &headers).await?;
        let form = read_form(multipart, import::MAX_IMPORT_BYTES).await?;
        locale = form.locale;
        let dry_run = form.mode.as_deref() != Some("import");
        let bytes = form
            .file
            .map(|f| f.bytes)
            .filter(|b| !b.is_empty())
            .ok_or(AppError::invalid("file", ErrorId::FileRequired))?;
        import::run(&state.db, &user, cooperative_id, &bytes, dry_run).await
    }
    .await;
    let page = format!("/sell/products/import?coop={cooperative_id}");
    match result {
        Ok(report) if wants_json(&headers) => (StatusCode::OK, Json(report)).into_response(),
        Ok(report) => {
            let locale = locale.unwrap_or_default();
            Redirect::to(&format!("/{}{page}&report={}", locale.code(), report.id)).into_response()
        }
        Err(e) if wants_json(&headers) => (e.status(), Json(e)).into_response(),
        Err(AppError::Unauthenticated) => {
            Redirect::to(&format!("/{}/login", locale.unwrap_or_default().code())).into_response()
        }
        Err(AppError::NotFound | AppError::Forbidden) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            let key = e.field_key("file").unwrap_or(e.id()).as_str().to_owned();
            Redirect::to(&format!(
                "/{}{page}&upload_error={key}",
                locale.unwrap_or_default().code()
            ))
            .into_response()
        }
    }
}

/// GET /exports/cooperatives/{id}/products.csv: the catalog in the import format (formula-safe);
/// with no products it is the empty template.
pub async fn export_products(
    State(state): State<AppState>,
    Path(cooperative_id): Path<i64>,
    headers: HeaderMap,
) -> Response {
    let result = async {
        let user = signed_in(&state, &headers).await?;
        import::export_csv(&state.db, &user, cooperative_id).await
    }
    .await;
    match result {
        // A BOM so spreadsheet programs open it as UTF-8.
        Ok(csv) => csv_download(format!("\u{feff}{csv}"), "htx-products.csv"),
        Err(e) => refuse(e),
    }
}

/// A private CSV download named `filename` (ASCII).
pub(super) fn csv_download(body: String, filename: &str) -> Response {
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    res
}
