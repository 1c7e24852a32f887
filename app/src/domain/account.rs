//! Account fields: email, display name, password and role.

use crate::error::ErrorId;
use serde::{Deserialize, Serialize};

/// Shortest password accepted (NIST SP 800-63B asks for at least 8; we ask for 10).
pub const MIN_PASSWORD_LEN: usize = 10;
const MAX_PASSWORD_LEN: usize = 256;

/// Why an account field was refused; each maps to a Fluent message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum FieldProblem {
    #[error("required")]
    Required,
    #[error("invalid email")]
    InvalidEmail,
    #[error("password too short")]
    PasswordTooShort,
    #[error("password too long")]
    PasswordTooLong,
    #[error("display name too long")]
    NameTooLong,
    #[error("control characters")]
    ControlCharacters,
}

impl FieldProblem {
    /// The Fluent id of the message shown next to the field.
    pub fn message_key(self) -> ErrorId {
        match self {
            FieldProblem::Required => ErrorId::Required,
            FieldProblem::InvalidEmail => ErrorId::EmailInvalid,
            FieldProblem::PasswordTooShort => ErrorId::PasswordTooShort,
            FieldProblem::PasswordTooLong => ErrorId::PasswordTooLong,
            FieldProblem::NameTooLong => ErrorId::NameTooLong,
            FieldProblem::ControlCharacters => ErrorId::ControlCharacters,
        }
    }
}

/// A syntactically valid email address, trimmed and lower-cased so one mailbox is one account.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    /// Parses user input. Deliberately simple: one `@`, a dotted domain, no spaces, at most 254 bytes.
    pub fn parse(input: &str) -> Result<Email, FieldProblem> {
        let s = input.trim().to_lowercase();
        if s.is_empty() {
            return Err(FieldProblem::Required);
        }
        if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(FieldProblem::InvalidEmail);
        }
        let Some((local, domain)) = s.split_once('@') else {
            return Err(FieldProblem::InvalidEmail);
        };
        let domain_ok = !domain.contains('@')
            && domain.contains('.')
            && domain
                .split('.')
                .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'))
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local.chars().all(|c| {
                !matches!(
                    c,
                    '<' | '>' | '(' | ')' | '[' | ']' | ',' | ';' | ':' | '\\' | '"'
                )
            });
        if domain_ok && local_ok {
            Ok(Email(s))
        } else {
            Err(FieldProblem::InvalidEmail)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A name shown to other people: 1 to 80 characters, trimmed, no control characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(input: &str) -> Result<DisplayName, FieldProblem> {
        let s = input.trim();
        if s.is_empty() {
            return Err(FieldProblem::Required);
        }
        if s.chars().count() > 80 {
            return Err(FieldProblem::NameTooLong);
        }
        if s.chars().any(char::is_control) {
            return Err(FieldProblem::ControlCharacters);
        }
        Ok(DisplayName(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A new password that meets the policy. Never logged, never serialized.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    /// Checks the length in characters (not bytes, so Vietnamese passphrases count fairly).
    pub fn parse(input: &str) -> Result<Password, FieldProblem> {
        let n = input.chars().count();
        if n == 0 {
            Err(FieldProblem::Required)
        } else if n < MIN_PASSWORD_LEN {
            Err(FieldProblem::PasswordTooShort)
        } else if n > MAX_PASSWORD_LEN {
            Err(FieldProblem::PasswordTooLong)
        } else {
            Ok(Password(input.to_owned()))
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(***)")
    }
}

stored_enum! {
    /// What a user may do. Cooperative membership is a separate relation (`MemberRole`).
    pub enum Role {
        Shopper => "shopper",
        Admin => "admin",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised() {
        assert_eq!(
            Email::parse("  Lan.Nguyen@Example.VN ").unwrap().as_str(),
            "lan.nguyen@example.vn"
        );
        assert_eq!(Email::parse("htx@mật-ong.vn").unwrap().as_str(), "htx@mật-ong.vn");
    }

    #[test]
    fn malformed_emails_are_refused() {
        for bad in [
            "plainaddress",
            "a@b",
            "@example.com",
            "a@@example.com",
            "a b@example.com",
            "a@example..com",
            "a@-x.com",
            ".a@x.com",
            "a<script>@x.com",
            "a@x.com\nBcc: b@y.com",
        ] {
            assert_eq!(Email::parse(bad), Err(FieldProblem::InvalidEmail), "{bad:?}");
        }
        assert_eq!(Email::parse("   "), Err(FieldProblem::Required));
    }

    #[test]
    fn passwords_need_ten_characters() {
        assert_eq!(Password::parse("123456789"), Err(FieldProblem::PasswordTooShort));
        assert!(Password::parse("1234567890").is_ok());
        assert!(Password::parse("mậtongrừng").is_ok(), "10 characters, more bytes");
        assert_eq!(Password::parse(""), Err(FieldProblem::Required));
        assert_eq!(
            Password::parse(&"x".repeat(257)),
            Err(FieldProblem::PasswordTooLong)
        );
        assert_eq!(
            format!("{:?}", Password::parse("secret-secret").unwrap()),
            "Password(***)"
        );
    }

    #[test]
    fn display_names() {
        assert_eq!(DisplayName::parse("  Chị Lan ").unwrap().as_str(), "Chị Lan");
        assert_eq!(DisplayName::parse(""), Err(FieldProblem::Required));
        assert_eq!(
            DisplayName::parse(&"a".repeat(81)),
            Err(FieldProblem::NameTooLong)
        );
        assert_eq!(
            DisplayName::parse("a\u{0}b"),
            Err(FieldProblem::ControlCharacters)
        );
    }

    #[test]
    fn roles_are_stored_and_sent_by_their_spelling() {
        assert_eq!(Role::parse("admin"), Some(Role::Admin));
        assert_eq!(Role::parse("root"), None, "an unknown role is no role");
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
            let json = serde_json::to_string(&role).unwrap();
            assert_eq!(json, format!("\"{role}\""));
        }
    }
}
