//! Identifiers a cooperative gives when it applies: its registration number and a Vietnamese phone
//! number (stored as E.164).

use crate::error::ErrorId;
use serde::{Deserialize, Serialize};

/// Why an identifier was refused; each maps to a Fluent message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum IdentifierProblem {
    #[error("invalid registration number")]
    RegistrationNumber,
    #[error("invalid phone number")]
    Phone,
}

impl IdentifierProblem {
    pub fn message_key(self) -> ErrorId {
        match self {
            IdentifierProblem::RegistrationNumber => ErrorId::RegistrationNumberInvalid,
            IdentifierProblem::Phone => ErrorId::PhoneInvalid,
        }
    }
}

/// A cooperative's or enterprise's registration number (mã số HTX / mã số doanh nghiệp): ten digits,
/// or ten digits, a hyphen and three digits for a branch ("0101234567-001").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RegistrationNumber(String);

impl RegistrationNumber {
    /// Accepts spaces and dots people type between groups; stores the canonical form.
    pub fn parse(input: &str) -> Result<RegistrationNumber, IdentifierProblem> {
        let cleaned: String = input.chars().filter(|c| !matches!(c, ' ' | '.')).collect();
        let (main, branch) = match cleaned.split_once('-') {
            Some((m, b)) => (m, Some(b)),
            None => (cleaned.as_str(), None),
        };
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if digits(main, 10) && branch.is_none_or(|b| digits(b, 3)) {
            Ok(RegistrationNumber(cleaned))
        } else {
            Err(IdentifierProblem::RegistrationNumber)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A Vietnamese mobile or landline number in E.164 form ("+84912345678").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct VnPhone(String);

impl VnPhone {
    /// Accepts national ("0912 345 678", "024 3826 1234") and international ("+84 912 345 678",
    /// "0084…", "84…") forms with spaces, dots, hyphens or parentheses.
    pub fn parse(input: &str) -> Result<VnPhone, IdentifierProblem> {
        let trimmed = input.trim();
        let plus = trimmed.starts_with('+');
        let digits: String = trimmed.chars().filter(|c| c.is_ascii_digit()).collect();
        if trimmed
            .chars()
            .any(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '(' | ')' | '+')))
        {
            return Err(IdentifierProblem::Phone);
        }
        // The national significant number: without the trunk 0 or the country code.
        let national = if let Some(rest) = digits.strip_prefix("0084") {
            rest
        } else if let Some(rest) = digits.strip_prefix("84").filter(|_| plus || digits.len() >= 11) {
            rest
        } else if let Some(rest) = digits.strip_prefix('0') {
            rest
        } else {
            return Err(IdentifierProblem::Phone);
        };
        if is_mobile(national) || is_landline(national) {
            Ok(VnPhone(format!("+84{national}")))
        } else {
            Err(IdentifierProblem::Phone)
        }
    }

    pub fn as_e164(&self) -> &str {
        &self.0
    }
}

/// Mobile numbers: 9 digits after the trunk 0, starting 3, 5, 7, 8 or 9.
fn is_mobile(n: &str) -> bool {
    n.len() == 9 && matches!(n.as_bytes()[0], b'3' | b'5' | b'7' | b'8' | b'9')
}

/// Landlines: area code 2x or 2xx and subscriber number, 10 digits after the trunk 0.
fn is_landline(n: &str) -> bool {
    n.len() == 10 && n.starts_with('2')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registration_numbers() {
        assert_eq!(
            RegistrationNumber::parse("0101234567").unwrap().as_str(),
            "0101234567"
        );
        assert_eq!(
            RegistrationNumber::parse("0101234567-001").unwrap().as_str(),
            "0101234567-001"
        );
        assert_eq!(
            RegistrationNumber::parse(" 0101 234 567 ").unwrap().as_str(),
            "0101234567"
        );
        for bad in [
            "",
            "123456789",
            "01012345678",
            "0101234567-01",
            "0101234567-0001",
            "010123456A",
            "0101234567-",
            "-001",
        ] {
            assert_eq!(
                RegistrationNumber::parse(bad),
                Err(IdentifierProblem::RegistrationNumber),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn mobiles_in_every_usual_form() {
        for input in [
            "0912345678",
            "0912 345 678",
            "091.234.5678",
            "+84 912 345 678",
            "+84912345678",
            "0084912345678",
            "84912345678",
            "(+84) 912-345-678",
        ] {
            assert_eq!(
                VnPhone::parse(input).unwrap().as_e164(),
                "+84912345678",
                "{input}"
            );
        }
        assert_eq!(VnPhone::parse("0387654321").unwrap().as_e164(), "+84387654321");
    }

    #[test]
    fn landlines() {
        assert_eq!(
            VnPhone::parse("024 3826 1234").unwrap().as_e164(),
            "+842438261234"
        );
        assert_eq!(
            VnPhone::parse("0292 3821 234").unwrap().as_e164(),
            "+842923821234"
        );
    }

    #[test]
    fn not_vietnamese_numbers() {
        for bad in [
            "",
            "12345",
            "0112345678",
            "0612345678",
            "+1 415 555 0100",
            "091234567",
            "09123456789",
            "0912a45678",
            "tel:0912345678",
        ] {
            assert_eq!(VnPhone::parse(bad), Err(IdentifierProblem::Phone), "{bad:?}");
        }
    }
}
