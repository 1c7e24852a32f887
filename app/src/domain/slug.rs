//! URL slugs with Vietnamese transliterated: "Mật ong rừng U Minh" → "mat-ong-rung-u-minh".

/// Strips Vietnamese tone and vowel marks (and đ → d), lower-cases, and joins words with hyphens.
/// Characters with no Latin form (Chinese, Japanese, Korean) are dropped; an empty result means the
/// caller must choose another source for the slug.
pub fn slugify(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut pending_dash = false;
    for ch in input.chars() {
        match fold_vietnamese(ch) {
            Some(c) if c.is_ascii_alphanumeric() => {
                if pending_dash && !out.is_empty() {
                    out.push('-');
                }
                pending_dash = false;
                out.push(c.to_ascii_lowercase());
            }
            _ => pending_dash = true,
        }
    }
    out.truncate(96);
    out.trim_end_matches('-').to_owned()
}

/// The slug base of a product's name in one language: the name itself when it is written in Latin
/// letters only (Vietnamese, English), otherwise the Vietnamese slug. A Japanese or Chinese name would
/// keep only its stray Latin parts ("ST25"), which reads as a placeholder, so its address is the
/// product's Vietnamese one, which a shopper can at least read aloud.
pub fn localized_slug(name: &str, vietnamese_slug: &str) -> String {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let latin = name
        .chars()
        .filter(|c| c.is_alphabetic() && fold_vietnamese(*c).is_some_and(|f| f.is_ascii_alphabetic()))
        .count();
    let own = slugify(name);
    if own.is_empty() || latin < letters {
        vietnamese_slug.to_owned()
    } else {
        own
    }
}

/// The base Latin letter of a Vietnamese letter, or the character itself when it is ASCII.
pub fn fold_vietnamese(ch: char) -> Option<char> {
    if ch.is_ascii() {
        return Some(ch);
    }
    const GROUPS: [(&str, char); 14] = [
        ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
        ("ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'A'),
        ("èéẻẽẹêềếểễệ", 'e'),
        ("ÈÉẺẼẸÊỀẾỂỄỆ", 'E'),
        ("ìíỉĩị", 'i'),
        ("ÌÍỈĨỊ", 'I'),
        ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
        ("ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'O'),
        ("ùúủũụưừứửữự", 'u'),
        ("ÙÚỦŨỤƯỪỨỬỮỰ", 'U'),
        ("ỳýỷỹỵ", 'y'),
        ("ỲÝỶỸỴ", 'Y'),
        ("đ", 'd'),
        ("Đ", 'D'),
    ];
    GROUPS
        .iter()
        .find(|(letters, _)| letters.contains(ch))
        .map(|(_, base)| *base)
}

#[cfg(test)]
mod tests {
    use super::{localized_slug, slugify};

    #[test]
    fn names_in_other_scripts_take_the_vietnamese_slug() {
        assert_eq!(localized_slug("Forest honey", "mat-ong-rung"), "forest-honey");
        assert_eq!(localized_slug("ST25米", "gao-st25"), "gao-st25");
        assert_eq!(localized_slug("蜂蜜 U Minh", "mat-ong-u-minh"), "mat-ong-u-minh");
        assert_eq!(localized_slug("꿀", "mat-ong"), "mat-ong");
        assert_eq!(localized_slug("Mật ong", ""), "mat-ong");
    }

    #[test]
    fn vietnamese_is_transliterated() {
        assert_eq!(slugify("Mật ong rừng U Minh"), "mat-ong-rung-u-minh");
        assert_eq!(slugify("Nước mắm Phú Quốc 40°N"), "nuoc-mam-phu-quoc-40-n");
        assert_eq!(slugify("HTX Đường phèn Quảng Ngãi"), "htx-duong-phen-quang-ngai");
        assert_eq!(slugify("Chè Shan Tuyết — Hà Giang!"), "che-shan-tuyet-ha-giang");
        assert_eq!(slugify("  Gạo ST25  "), "gao-st25");
    }

    #[test]
    fn scripts_without_latin_form_are_dropped() {
        assert_eq!(slugify("蜂蜜"), "");
        assert_eq!(slugify("Honey 蜂蜜 mật ong"), "honey-mat-ong");
    }

    #[test]
    fn slugs_stay_short() {
        assert!(slugify(&"mật ong ".repeat(40)).len() <= 96);
        assert!(!slugify(&"mật ong ".repeat(40)).ends_with('-'));
    }
}
