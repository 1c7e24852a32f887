//! The translated list of what is missing, for an Invalid error from submitting.

use super::field_label_key;
use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The translated list of what is missing, for an Invalid error from submitting.
#[component]
pub fn MissingList(error: Signal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let Some(AppError::Invalid(fields)) = error.get() else {
            return None;
        };
        Some(view! {
            <ul class="missing-list" data-testid="missing-fields">
                {fields
                    .into_iter()
                    .map(|f| view! { <li>{i18n.t(&field_label_key(&f.field))} ": " {i18n.t(f.key.as_str())}</li> })
                    .collect_view()}
            </ul>
        })
    }
}
