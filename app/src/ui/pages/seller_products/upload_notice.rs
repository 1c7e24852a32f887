//! The outcome of a plain-form upload, carried back in the query.

use crate::error::ErrorId;
use crate::i18n::use_i18n;
use crate::ui::page::use_query_map;
use leptos::prelude::*;

/// The outcome of a plain-form upload, carried back in the query; `target` tells apart the page's
/// upload forms (`for=…`), None being the photos.
#[component]
pub(super) fn UploadNotice(target: Option<&'static str>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    move || {
        let q = query.read();
        if q.get("for").as_deref() != target {
            return None;
        }
        if let Some(key) = q.get("upload_error") {
            let key = ErrorId::parse(&key).unwrap_or(ErrorId::BadRequest);
            Some(view! { <div class="form-alert" role="alert" data-testid="upload-error"><p>{i18n.t(key.as_str())}</p></div> }.into_any())
        } else {
            q.get("upload").map(|_| {
                view! { <p class="form-success" role="status">{i18n.t("apply-upload-done")}</p> }.into_any()
            })
        }
    }
}
