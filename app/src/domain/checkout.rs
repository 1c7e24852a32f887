//! Checkout values parsed once at the boundary: cart quantities, the shipping address (Vietnamese or
//! international), contact details, and each cooperative's shipping fee from its own rules.

use crate::error::ErrorId;
use serde::{Deserialize, Serialize};

/// The most units of one variant a cart line may hold.
pub const MAX_QUANTITY: i32 = 999;
/// The most lines a cart may hold.
pub const MAX_CART_LINES: usize = 100;

/// Why checkout input was refused; each maps to a Fluent message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CheckoutProblem {
    #[error("quantity")]
    Quantity,
    #[error("required")]
    Required,
    #[error("too long")]
    TooLong,
    #[error("characters not allowed")]
    Characters,
    #[error("unknown region")]
    Region,
    #[error("unknown ward")]
    Ward,
    #[error("country")]
    Country,
    #[error("phone")]
    Phone,
}

impl CheckoutProblem {
    pub fn message_key(self) -> ErrorId {
        match self {
            CheckoutProblem::Quantity => ErrorId::Quantity,
            CheckoutProblem::Required => ErrorId::Required,
            CheckoutProblem::TooLong => ErrorId::TooLong,
            CheckoutProblem::Characters => ErrorId::AddressCharacters,
            CheckoutProblem::Region => ErrorId::RegionUnknown,
            CheckoutProblem::Ward => ErrorId::WardUnknown,
            CheckoutProblem::Country => ErrorId::Country,
            CheckoutProblem::Phone => ErrorId::PhoneInvalid,
        }
    }
}

/// A cart quantity from a form: a whole number from 1 to MAX_QUANTITY.
pub fn parse_quantity(input: &str) -> Result<i32, CheckoutProblem> {
    let s = input.trim();
    if s.is_empty() || s.len() > 4 || !s.chars().all(|c| c.is_ascii_digit()) {
        return Err(CheckoutProblem::Quantity);
    }
    match s.parse::<i32>() {
        Ok(n) if (1..=MAX_QUANTITY).contains(&n) => Ok(n),
        _ => Err(CheckoutProblem::Quantity),
    }
}

/// A line of free text for an address or note: trimmed, at most `max` characters, no markup or
/// control characters (addresses are printed on packing slips and mailed).
pub fn parse_text(input: &str, max: usize, required: bool) -> Result<Option<String>, CheckoutProblem> {
    let s = input.trim();
    if s.is_empty() {
        return if required {
            Err(CheckoutProblem::Required)
        } else {
            Ok(None)
        };
    }
    if s.chars().count() > max {
        return Err(CheckoutProblem::TooLong);
    }
    if s.chars()
        .any(|c| matches!(c, '<' | '>') || (c.is_control() && c != '\n'))
    {
        return Err(CheckoutProblem::Characters);
    }
    Ok(Some(s.to_owned()))
}

/// A phone number for delivery: Vietnamese numbers are normalised to E.164; others need a leading
/// "+" and 8 to 15 digits.
pub fn parse_phone(input: &str) -> Result<String, CheckoutProblem> {
    if let Ok(vn) = crate::domain::contact::VnPhone::parse(input) {
        return Ok(vn.as_e164().to_owned());
    }
    let s = input.trim();
    let digits: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
    let allowed = s
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '(' | ')' | '+'));
    if s.starts_with('+') && allowed && (8..=15).contains(&digits.len()) && !digits.starts_with("84") {
        Ok(format!("+{digits}"))
    } else if s.is_empty() {
        Err(CheckoutProblem::Required)
    } else {
        Err(CheckoutProblem::Phone)
    }
}

/// Countries a cooperative that ships abroad can send to (ISO 3166-1 alpha-2), the markets the
/// marketplace serves first. Names come from the locale files ("country-XX").
pub const COUNTRIES: [&str; 16] = [
    "VN", "US", "CN", "JP", "KR", "TW", "SG", "TH", "MY", "AU", "CA", "GB", "DE", "FR", "NL", "HK",
];

/// Where the parcels go.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Destination {
    /// In Vietnam: province (a region code), ward and street.
    Domestic {
        region_code: String,
        ward: String,
        street: String,
    },
    /// Abroad: country and free-form lines.
    International { country: String, lines: String },
}

impl Destination {
    pub fn is_international(&self) -> bool {
        matches!(self, Destination::International { .. })
    }

    pub fn region_code(&self) -> Option<&str> {
        match self {
            Destination::Domestic { region_code, .. } => Some(region_code),
            Destination::International { .. } => None,
        }
    }
}

/// The address fields as a form sends them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressForm {
    /// "VN" or another country code.
    pub country: String,
    pub region_code: String,
    /// The ward's code (from the ward list of the chosen province).
    pub ward: String,
    pub street: String,
    pub lines: String,
    pub recipient: String,
}

/// A checked shipping address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShippingAddress {
    pub recipient: String,
    pub destination: Destination,
}

impl AddressForm {
    /// Checks every field and returns the address, or every problem with the field it belongs to.
    /// `known_region` says whether a region code exists and `ward_name` names a ward of a region
    /// by its code (the caller looks them up); the address keeps the ward's name.
    pub fn parse(
        &self,
        known_region: impl Fn(&str) -> bool,
        ward_name: impl Fn(&str, &str) -> Option<String>,
    ) -> Result<ShippingAddress, Vec<(&'static str, CheckoutProblem)>> {
        let mut problems = vec![];
        fn field(
            problems: &mut Vec<(&'static str, CheckoutProblem)>,
            name: &'static str,
            r: Result<Option<String>, CheckoutProblem>,
        ) -> String {
            match r {
                Ok(v) => v.unwrap_or_default(),
                Err(p) => {
                    problems.push((name, p));
                    String::new()
                }
            }
        }
        let recipient = field(&mut problems, "recipient", parse_text(&self.recipient, 120, true));
        let country = self.country.trim().to_ascii_uppercase();
        let destination = if country.is_empty() || country == "VN" {
            let region_code = self.region_code.trim().to_owned();
            let region_ok = if region_code.is_empty() {
                problems.push(("region_code", CheckoutProblem::Required));
                false
            } else if !known_region(&region_code) {
                problems.push(("region_code", CheckoutProblem::Region));
                false
            } else {
                true
            };
            let ward = match self.ward.trim() {
                "" => {
                    problems.push(("ward", CheckoutProblem::Required));
                    String::new()
                }
                code if region_ok => ward_name(&region_code, code).unwrap_or_else(|| {
                    problems.push(("ward", CheckoutProblem::Ward));
                    String::new()
                }),
                _ => String::new(),
            };
            let street = field(&mut problems, "street", parse_text(&self.street, 200, true));
            Destination::Domestic {
                region_code,
                ward,
                street,
            }
        } else {
            if !COUNTRIES.contains(&country.as_str()) {
                problems.push(("country", CheckoutProblem::Country));
            }
            let lines = field(&mut problems, "lines", parse_text(&self.lines, 400, true));
            Destination::International { country, lines }
        };
        if problems.is_empty() {
            Ok(ShippingAddress {
                recipient,
                destination,
            })
        } else {
            Err(problems)
        }
    }
}

/// A cooperative's shipping rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShippingRules {
    /// The fee within Vietnam unless a province overrides it.
    pub flat_fee_vnd: i64,
    /// Orders of at least this subtotal ship free within Vietnam.
    pub free_above_vnd: Option<i64>,
    /// Per-province fees, (region code, fee).
    pub province_fees: Vec<(String, i64)>,
    /// The fee abroad; None when the cooperative does not ship abroad.
    pub international_fee_vnd: Option<i64>,
    /// Whether the cooperative accepts cash on delivery.
    pub cod_enabled: bool,
}

impl Default for ShippingRules {
    /// A cooperative that has not set its rules: 30,000 ₫ within Vietnam, free from 500,000 ₫, no
    /// shipping abroad, cash on delivery accepted.
    fn default() -> Self {
        ShippingRules {
            flat_fee_vnd: 30_000,
            free_above_vnd: Some(500_000),
            province_fees: vec![],
            international_fee_vnd: None,
            cod_enabled: true,
        }
    }
}

/// Why a cooperative cannot deliver to an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("this cooperative does not ship abroad")]
pub struct NoInternationalShipping;

impl ShippingRules {
    /// The shipping fee for an order of `subtotal_vnd` to `destination`.
    pub fn fee(&self, destination: &Destination, subtotal_vnd: i64) -> Result<i64, NoInternationalShipping> {
        match destination {
            Destination::International { .. } => self.international_fee_vnd.ok_or(NoInternationalShipping),
            Destination::Domestic { region_code, .. } => {
                if self.free_above_vnd.is_some_and(|limit| subtotal_vnd >= limit) {
                    return Ok(0);
                }
                Ok(self
                    .province_fees
                    .iter()
                    .find(|(code, _)| code == region_code)
                    .map(|(_, fee)| *fee)
                    .unwrap_or(self.flat_fee_vnd))
            }
        }
    }
}

/// The shopper's currency for an indicative conversion, by UI locale (none for Vietnamese).
pub fn display_currency(locale_code: &str) -> Option<&'static str> {
    match locale_code {
        "en" => Some("USD"),
        "zh-CN" => Some("CNY"),
        "ja" => Some("JPY"),
        "ko" => Some("KRW"),
        _ => None,
    }
}

/// Converts VND with a rate of `vnd_per_unit_milli` (VND per unit of the currency, ×1000) into the
/// currency's minor units (cents for USD and CNY; yen and won have none), rounded half up.
pub fn convert(vnd: i64, vnd_per_unit_milli: i64, minor_units: u32) -> Option<i64> {
    if vnd_per_unit_milli <= 0 {
        return None;
    }
    let scale = 10i128.pow(minor_units);
    let num = vnd as i128 * 1000 * scale;
    let den = vnd_per_unit_milli as i128;
    i64::try_from((num + den / 2) / den).ok()
}

/// Minor units of a display currency.
pub fn minor_units(currency: &str) -> u32 {
    match currency {
        "JPY" | "KRW" => 0,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_are_whole_numbers_from_one_to_the_limit() {
        assert_eq!(parse_quantity("1"), Ok(1));
        assert_eq!(parse_quantity(" 12 "), Ok(12));
        assert_eq!(parse_quantity("999"), Ok(999));
        for bad in [
            "0",
            "-1",
            "1000",
            "1000000000",
            "abc",
            "",
            "1.5",
            "1e3",
            "+2",
            "٣",
        ] {
            assert_eq!(parse_quantity(bad), Err(CheckoutProblem::Quantity), "{bad:?}");
        }
    }

    #[test]
    fn text_refuses_markup_and_control_characters() {
        assert_eq!(
            parse_text("  12 Lý Thường Kiệt ", 200, true),
            Ok(Some("12 Lý Thường Kiệt".into()))
        );
        assert_eq!(
            parse_text("<script>alert(1)</script>", 200, true),
            Err(CheckoutProblem::Characters)
        );
        assert_eq!(parse_text("a\u{0}b", 200, true), Err(CheckoutProblem::Characters));
        assert_eq!(parse_text("", 200, true), Err(CheckoutProblem::Required));
        assert_eq!(parse_text("", 200, false), Ok(None));
        assert_eq!(
            parse_text(&"x".repeat(201), 200, true),
            Err(CheckoutProblem::TooLong)
        );
    }

    #[test]
    fn phones_vietnamese_or_international() {
        assert_eq!(parse_phone("0912 345 678"), Ok("+84912345678".into()));
        assert_eq!(parse_phone("+1 (415) 555-0100"), Ok("+14155550100".into()));
        assert_eq!(parse_phone("+81 3-1234-5678"), Ok("+81312345678".into()));
        assert_eq!(parse_phone("12345"), Err(CheckoutProblem::Phone));
        assert_eq!(parse_phone("+84 123"), Err(CheckoutProblem::Phone));
        assert_eq!(parse_phone(""), Err(CheckoutProblem::Required));
    }

    fn form() -> AddressForm {
        AddressForm {
            country: "VN".into(),
            region_code: "ha-noi".into(),
            ward: "00070".into(),
            street: "12 Hàng Bài".into(),
            lines: String::new(),
            recipient: "Nguyễn Văn An".into(),
        }
    }

    fn hanoi_ward(region: &str, code: &str) -> Option<String> {
        (region == "ha-noi" && code == "00070").then(|| "Phường Hoàn Kiếm".to_owned())
    }

    #[test]
    fn a_vietnamese_address_needs_a_known_province_ward_and_street() {
        let ok = form().parse(|c| c == "ha-noi", hanoi_ward).expect("valid");
        assert_eq!(ok.destination.region_code(), Some("ha-noi"));
        assert!(
            matches!(ok.destination, Destination::Domestic { ref ward, .. } if ward == "Phường Hoàn Kiếm")
        );
        let elsewhere = AddressForm {
            ward: "26734".into(),
            ..form()
        };
        assert_eq!(
            elsewhere.parse(|_| true, hanoi_ward),
            Err(vec![("ward", CheckoutProblem::Ward)]),
            "a ward of another province"
        );
        let unknown = AddressForm {
            region_code: "atlantis".into(),
            ..form()
        };
        assert_eq!(
            unknown.parse(|c| c == "ha-noi", hanoi_ward),
            Err(vec![("region_code", CheckoutProblem::Region)])
        );
        let empty = AddressForm {
            ward: " ".into(),
            street: "<b>x</b>".into(),
            ..form()
        };
        assert_eq!(
            empty.parse(|_| true, hanoi_ward),
            Err(vec![
                ("ward", CheckoutProblem::Required),
                ("street", CheckoutProblem::Characters)
            ])
        );
    }

    #[test]
    fn an_international_address_needs_a_served_country_and_lines() {
        let abroad = AddressForm {
            country: "jp".into(),
            lines: "1-2-3 Shibuya\nTokyo 150-0002".into(),
            ..form()
        };
        let parsed = abroad.parse(|_| false, |_, _| None).expect("valid");
        assert!(parsed.destination.is_international());
        let nowhere = AddressForm {
            country: "ZZ".into(),
            lines: "x".into(),
            ..form()
        };
        assert_eq!(
            nowhere.parse(|_| true, hanoi_ward),
            Err(vec![("country", CheckoutProblem::Country)])
        );
    }

    #[test]
    fn shipping_fees_follow_the_cooperatives_rules() {
        let rules = ShippingRules {
            flat_fee_vnd: 30_000,
            free_above_vnd: Some(500_000),
            province_fees: vec![("lai-chau".into(), 45_000)],
            international_fee_vnd: Some(350_000),
            cod_enabled: true,
        };
        let hanoi = form().parse(|_| true, hanoi_ward).expect("valid").destination;
        let lai_chau = Destination::Domestic {
            region_code: "lai-chau".into(),
            ward: "x".into(),
            street: "y".into(),
        };
        let tokyo = Destination::International {
            country: "JP".into(),
            lines: "x".into(),
        };
        assert_eq!(rules.fee(&hanoi, 200_000), Ok(30_000));
        assert_eq!(rules.fee(&lai_chau, 200_000), Ok(45_000));
        assert_eq!(rules.fee(&hanoi, 500_000), Ok(0), "free from the threshold");
        assert_eq!(rules.fee(&lai_chau, 600_000), Ok(0));
        assert_eq!(rules.fee(&tokyo, 900_000), Ok(350_000), "no free shipping abroad");
        let home_only = ShippingRules {
            international_fee_vnd: None,
            ..rules
        };
        assert_eq!(home_only.fee(&tokyo, 1), Err(NoInternationalShipping));
    }

    #[test]
    fn indicative_conversion_rounds_to_minor_units() {
        // 26,000 VND per dollar: 390,000 VND is $15.00.
        assert_eq!(convert(390_000, 26_000_000, 2), Some(1500));
        // 170.5 VND per yen: 100,000 VND ≈ ¥587.
        assert_eq!(convert(100_000, 170_500, 0), Some(587));
        assert_eq!(convert(100_000, 0, 2), None);
        assert_eq!(display_currency("ko"), Some("KRW"));
        assert_eq!(display_currency("vi"), None);
        assert_eq!(minor_units("JPY"), 0);
    }
}
