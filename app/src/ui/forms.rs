//! Accessible form pieces: every input has a label; an error sits next to its field, is linked by
//! aria-describedby and announced by screen readers; the form's own error is an alert.

use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The translated message for `field` in the last error, if any.
pub fn field_message(error: Signal<Option<AppError>>, field: &'static str) -> Signal<Option<String>> {
    let i18n = use_i18n();
    Signal::derive(move || {
        error
            .get()
            .and_then(|e| e.field_key(field).map(|key| i18n.t(key.as_str())))
    })
}

/// The aria-describedby of an input: its hint, and its error while there is one.
pub(crate) fn described_by(
    has_hint: bool,
    hint_id: String,
    error_id: String,
    message: Signal<Option<String>>,
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    move || {
        let mut ids = vec![];
        if has_hint {
            ids.push(hint_id.clone());
        }
        if message.get().is_some() {
            ids.push(error_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The submitted name of a field: `name`, or `group[name]` for a server function taking a struct.
fn input_name(group: Option<&'static str>, name: &'static str) -> String {
    match group {
        Some(g) => format!("{g}[{name}]"),
        None => name.to_owned(),
    }
}

/// A labelled input with its error message.
#[component]
pub fn Field(
    name: &'static str,
    label: String,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional, into)] value: Option<String>,
    #[prop(optional)] group: Option<&'static str>,
    #[prop(optional)] required: bool,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let message = field_message(error, name);
    let described = described_by(hint.is_some(), hint_id.clone(), error_id.clone(), message);
    view! {
        <div class="field" class:has-error=move || message.get().is_some()>
            <label for=id.clone()>{label}{required.then_some(" *")}</label>
            <input
                id=id
                name=input_name(group, name)
                type=input_type
                autocomplete=autocomplete
                value=value
                aria-required=required.then_some("true")
                aria-invalid=move || message.get().is_some().then_some("true")
                aria-describedby=described
            />
            {hint.map(|h| view! { <p id=hint_id class="field-hint">{h}</p> })}
            <p id=error_id class="field-error" aria-live="polite">{move || message.get()}</p>
        </div>
    }
}

/// A labelled multi-line text area with its error message.
#[component]
pub fn TextAreaField(
    name: &'static str,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional, into)] value: Option<String>,
    #[prop(optional)] group: Option<&'static str>,
    #[prop(default = 5)] rows: u32,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let message = field_message(error, name);
    let described = described_by(hint.is_some(), hint_id.clone(), error_id.clone(), message);
    view! {
        <div class="field" class:has-error=move || message.get().is_some()>
            <label for=id.clone()>{label}</label>
            <textarea
                id=id
                name=input_name(group, name)
                rows=rows
                aria-invalid=move || message.get().is_some().then_some("true")
                aria-describedby=described
            >
                {value.unwrap_or_default()}
            </textarea>
            {hint.map(|h| view! { <p id=hint_id class="field-hint">{h}</p> })}
            <p id=error_id class="field-error" aria-live="polite">{move || message.get()}</p>
        </div>
    }
}

/// A labelled select of (value, label) options with its error message.
#[component]
pub fn SelectField(
    name: &'static str,
    label: String,
    options: Vec<(String, String)>,
    #[prop(optional, into)] selected: Option<String>,
    /// The label of an empty first choice, if any.
    #[prop(optional)]
    placeholder: Option<String>,
    #[prop(optional)] group: Option<&'static str>,
    #[prop(optional)] required: bool,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let error_id = format!("{id}-error");
    let message = field_message(error, name);
    let selected = selected.unwrap_or_default();
    let described = described_by(false, String::new(), error_id.clone(), message);
    view! {
        <div class="field" class:has-error=move || message.get().is_some()>
            <label for=id.clone()>{label}{required.then_some(" *")}</label>
            <select
                id=id
                name=input_name(group, name)
                aria-invalid=move || message.get().is_some().then_some("true")
                aria-describedby=described
            >
                {placeholder.map(|p| view! { <option value="">{p}</option> })}
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let is_selected = value == selected;
                        view! { <option value=value selected=is_selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
            <p id=error_id class="field-error" aria-live="polite">{move || message.get()}</p>
        </div>
    }
}

/// A password input with a show/hide button (works once the page is hydrated).
#[component]
pub fn PasswordField(
    name: &'static str,
    label: String,
    autocomplete: &'static str,
    #[prop(optional)] hint: Option<String>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let visible = RwSignal::new(false);
    let id = format!("field-{name}");
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let message = field_message(error, name);
    let described = described_by(hint.is_some(), hint_id.clone(), error_id.clone(), message);
    view! {
        <div class="field" class:has-error=move || message.get().is_some()>
            <label for=id.clone()>{label}</label>
            <div class="password-row">
                <input
                    id=id.clone()
                    name=name
                    type=move || if visible.get() { "text" } else { "password" }
                    autocomplete=autocomplete
                    aria-invalid=move || message.get().is_some().then_some("true")
                    aria-describedby=described
                />
                <button
                    type="button"
                    class="btn btn-ghost password-toggle"
                    aria-controls=id
                    aria-pressed=move || if visible.get() { "true" } else { "false" }
                    on:click=move |_| visible.update(|v| *v = !*v)
                >
                    {move || if visible.get() { i18n.t("password-hide") } else { i18n.t("password-show") }}
                </button>
            </div>
            {hint.map(|h| view! { <p id=hint_id class="field-hint">{h}</p> })}
            <p id=error_id class="field-error" aria-live="polite">{move || message.get()}</p>
        </div>
    }
}

/// The form-level message of the last error (wrong password, too many attempts, …).
#[component]
pub fn FormAlert(error: Signal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="form-alert" role="alert" data-testid="form-alert">
            {move || error.get().map(|e| view! { <p>{i18n.t(e.message_key())}</p> })}
        </div>
    }
}
