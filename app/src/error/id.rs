//! Every message id a user can be shown for a refusal or a failure: one variant each, so that a
//! typo is a compile error and the i18n test can walk `ErrorId::ALL` and find a message for each
//! in every locale. On the wire (server-function errors, the v1 API) an id travels as its Fluent
//! id, e.g. `"error-cart-empty"`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

macro_rules! error_ids {
    ($($variant:ident => $id:literal,)*) => {
        /// A user-facing error message id (the Fluent id is `as_str()`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ErrorId {
            $($variant,)*
        }

        impl ErrorId {
            /// Every id, for the i18n test.
            pub const ALL: &'static [ErrorId] = &[$(ErrorId::$variant,)*];

            /// The Fluent message id.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(ErrorId::$variant => $id,)*
                }
            }

            /// The id whose Fluent id is `id`.
            pub fn parse(id: &str) -> Option<ErrorId> {
                match id {
                    $($id => Some(ErrorId::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

error_ids! {
    AddressCharacters => "error-address-characters",
    AlreadyMember => "error-already-member",
    ApplicationLocked => "error-application-locked",
    BadRequest => "error-bad-request",
    BatchPhotoLimit => "error-batch-photo-limit",
    BodyTooLarge => "error-body-too-large",
    CancelReason => "error-cancel-reason",
    CardMinutes => "error-card-minutes",
    CardUnavailable => "error-card-unavailable",
    CartEmpty => "error-cart-empty",
    CartFull => "error-cart-full",
    CartUnavailable => "error-cart-unavailable",
    CatalogNotApproved => "error-catalog-not-approved",
    CategoryUnknown => "error-category-unknown",
    CertDecided => "error-cert-decided",
    CertKind => "error-cert-kind",
    CertKindWithdrawn => "error-cert-kind-withdrawn",
    CertkindBuiltIn => "error-certkind-built-in",
    CertkindCode => "error-certkind-code",
    CertkindName => "error-certkind-name",
    CertkindOcop => "error-certkind-ocop",
    ChangedMeanwhile => "error-changed-meanwhile",
    CheckoutPriceChanged => "error-checkout-price-changed",
    CodUnavailable => "error-cod-unavailable",
    ControlCharacters => "error-control-characters",
    Country => "error-country",
    CrossOrigin => "error-cross-origin",
    CurrentPasswordWrong => "error-current-password-wrong",
    DateInvalid => "error-date-invalid",
    DisableSelf => "error-disable-self",
    DocumentKind => "error-document-kind",
    DocumentRequired => "error-document-required",
    EmailInvalid => "error-email-invalid",
    EmailTaken => "error-email-taken",
    ExpiryBeforeIssue => "error-expiry-before-issue",
    FeaturedTooMany => "error-featured-too-many",
    FeaturedUnknown => "error-featured-unknown",
    FileRequired => "error-file-required",
    FileTooLarge => "error-file-too-large",
    FileType => "error-file-type",
    Forbidden => "error-forbidden",
    FormTampered => "error-form-tampered",
    GtinInvalid => "error-gtin-invalid",
    ImageTooManyPixels => "error-image-too-many-pixels",
    ImportColumnMissing => "error-import-column-missing",
    ImportEmpty => "error-import-empty",
    ImportEncoding => "error-import-encoding",
    ImportFile => "error-import-file",
    ImportTooManyRows => "error-import-too-many-rows",
    Internal => "error-internal",
    InvalidCredentials => "error-invalid-credentials",
    InvalidForm => "error-invalid-form",
    InvalidUtf8 => "error-invalid-utf8",
    InvitationInvalid => "error-invitation-invalid",
    InvitationOtherEmail => "error-invitation-other-email",
    LastOwner => "error-last-owner",
    LoginRequired => "error-login-required",
    LotCodeInvalid => "error-lot-code-invalid",
    LotCodeTaken => "error-lot-code-taken",
    MemberCount => "error-member-count",
    NameNeeded => "error-name-needed",
    NameTooLong => "error-name-too-long",
    Network => "error-network",
    NoInternationalShipping => "error-no-international-shipping",
    NotEnoughStock => "error-not-enough-stock",
    NotFound => "error-not-found",
    OcopLevel => "error-ocop-level",
    OcopStars => "error-ocop-stars",
    OrderStatus => "error-order-status",
    OrderTransition => "error-order-transition",
    OutOfStock => "error-out-of-stock",
    PasswordTooLong => "error-password-too-long",
    PasswordTooShort => "error-password-too-short",
    PaymentMethod => "error-payment-method",
    PaymentUnavailable => "error-payment-unavailable",
    PayoutAmount => "error-payout-amount",
    PayoutTooMuch => "error-payout-too-much",
    Percent => "error-percent",
    PhoneInvalid => "error-phone-invalid",
    PhotoLimit => "error-photo-limit",
    PriceFractional => "error-price-fractional",
    PriceInvalid => "error-price-invalid",
    PriceNegative => "error-price-negative",
    ProductUnavailable => "error-product-unavailable",
    Quantity => "error-quantity",
    Rate => "error-rate",
    ReasonRequired => "error-reason-required",
    RegionUnknown => "error-region-unknown",
    RegistrationNumberInvalid => "error-registration-number-invalid",
    ReportBounds => "error-report-bounds",
    ReportDate => "error-report-date",
    ReportInverted => "error-report-inverted",
    ReportKind => "error-report-kind",
    ReportProvince => "error-report-province",
    ReportTooLong => "error-report-too-long",
    ReportYear => "error-report-year",
    Required => "error-required",
    ResetTokenInvalid => "error-reset-token-invalid",
    RoleInvalid => "error-role-invalid",
    SearchCategory => "error-search-category",
    SearchCert => "error-search-cert",
    SearchCooperative => "error-search-cooperative",
    SearchInStock => "error-search-in-stock",
    SearchOcop => "error-search-ocop",
    SearchPage => "error-search-page",
    SearchPrice => "error-search-price",
    SearchProvince => "error-search-province",
    SearchSort => "error-search-sort",
    SearchUnavailable => "error-search-unavailable",
    SkuDuplicate => "error-sku-duplicate",
    SkuInvalid => "error-sku-invalid",
    SkuTaken => "error-sku-taken",
    StepKind => "error-step-kind",
    StockInvalid => "error-stock-invalid",
    StockNegative => "error-stock-negative",
    TooLong => "error-too-long",
    TooManyAttempts => "error-too-many-attempts",
    TrackingRequired => "error-tracking-required",
    UnitInvalid => "error-unit-invalid",
    VariantRequired => "error-variant-required",
    WardUnknown => "error-ward-unknown",
    WeightInvalid => "error-weight-invalid",
    YearFounded => "error-year-founded",
}

impl std::fmt::Display for ErrorId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ErrorId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ErrorId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ErrorId, D::Error> {
        let id = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        ErrorId::parse(&id).ok_or_else(|| serde::de::Error::custom(format!("unknown error id {id}")))
    }
}

#[cfg(test)]
mod tests {
    use super::ErrorId;

    #[test]
    fn ids_round_trip_through_their_fluent_id() {
        for id in ErrorId::ALL {
            assert!(id.as_str().starts_with("error-"), "{id}");
            assert_eq!(ErrorId::parse(id.as_str()), Some(*id));
            let json = serde_json::to_string(id).expect("serialises");
            assert_eq!(serde_json::from_str::<ErrorId>(&json).expect("parses"), *id);
        }
        assert_eq!(ErrorId::parse(concat!("error-", "no-such-thing")), None);
    }
}
