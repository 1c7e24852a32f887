//! The documents of an application, as links (only members and administrators reach them).

use super::file_size;
use crate::i18n::{format_date, use_i18n};
use crate::model::cooperatives::DocumentView;
use leptos::prelude::*;

/// The documents of an application, as links (only members and administrators reach them).
#[component]
pub fn DocumentList(
    documents: Vec<DocumentView>,
    #[prop(default = None)] on_remove: Option<Callback<i64>>,
) -> impl IntoView {
    let i18n = use_i18n();
    if documents.is_empty() {
        return view! { <p class="muted" data-testid="no-documents">{i18n.t("apply-no-documents")}</p> }
            .into_any();
    }
    view! {
        <ul class="document-list" data-testid="documents">
            {documents
                .into_iter()
                .map(|d| {
                    let id = d.id;
                    view! {
                        <li>
                            <a href=d.url.clone() rel="external" target="_blank">{d.original_name.clone()}</a>
                            " · " {i18n.t(d.kind.message_key())}
                            " · " {file_size(d.size_bytes, i18n)}
                            " · " {format_date(d.uploaded_at, i18n.locale)}
                            {on_remove.map(|cb| view! {
                                " "
                                <button type="button" class="linklike danger" on:click=move |_| cb.run(id)>
                                    {i18n.t("apply-remove-document")}
                                </button>
                            })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
