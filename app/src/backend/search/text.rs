//! Text analysis shared by both engines and by highlighting: Vietnamese folding (case, tone marks,
//! đ → d), Telex forms that keep the marks apart ("đường" → "dduwowngf", "dương" → "dduwowng"),
//! CJK split into single characters and pairs, typo budgets suited to short Vietnamese syllables,
//! and the synonym list.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Phrases that mean the same thing to shoppers, written folded (see `fold`) where Latin.
pub const SYNONYMS: &[&[&str]] = &[
    &["ca phe", "cafe", "coffee", "咖啡", "コーヒー", "커피"],
    &["nuoc mam", "fish sauce", "鱼露", "魚醤", "ヌクマム", "느억맘"],
    &["mat ong", "honey", "蜂蜜", "はちみつ", "꿀"],
    &["tra", "tea", "茶", "お茶", "차"],
    &["gao", "rice", "大米", "米", "쌀"],
    &["que", "cinnamon", "肉桂", "桂皮", "シナモン", "계피"],
    &["hat dieu", "cashew", "腰果", "カシューナッツ", "캐슈넛"],
    &["nhan", "longan", "龙眼", "桂圆", "竜眼", "용안"],
    &["gom", "pottery", "ceramics", "陶瓷", "陶器", "도자기"],
    &["tre", "bamboo", "竹", "대나무"],
    &["lua", "silk", "丝绸", "絹", "シルク", "비단"],
];

/// Whether `c` is written without spaces between words (Han, kana, Hangul): such runs are
/// indexed as characters and pairs of characters.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF   // Hiragana, Katakana (with ー)
        | 0x3400..=0x4DBF // CJK Extension A
        | 0x4E00..=0x9FFF // CJK Unified Ideographs
        | 0xF900..=0xFAFF // Compatibility Ideographs
        | 0x1100..=0x11FF // Hangul Jamo
        | 0x3130..=0x318F // Hangul Compatibility Jamo
        | 0xAC00..=0xD7AF // Hangul Syllables
        | 0xFF66..=0xFF9F // Half-width Katakana
    )
}

/// Latin letters whose marks are folded away (Vietnamese lives in these blocks). Marks on other
/// scripts are kept: stripping them would turn Japanese ガ into カ.
fn is_latin(c: char) -> bool {
    (c as u32) < 0x0250 || (0x1E00..=0x1EFF).contains(&(c as u32))
}

/// Lower case without tone or other marks, đ → d: "Mật ong ĐƯỜNG" → "mat ong duong".
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfc().flat_map(char::to_lowercase) {
        match c {
            'đ' => out.push('d'),
            c if is_latin(c) => out.extend(std::iter::once(c).nfd().filter(|m| !is_combining_mark(*m))),
            c => out.push(c),
        }
    }
    out
}

/// Lower case, marks kept (NFC).
pub fn lower(s: &str) -> String {
    s.nfc().flat_map(char::to_lowercase).collect()
}

/// The Telex spelling of a Vietnamese word that carries marks ("đường" → "dduwowngf"), so words
/// that differ only by marks stay different; None for a word without marks.
pub fn telex(word: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len() + 3);
    let mut tone = None;
    let mut marked = false;
    for c in word.nfc().flat_map(char::to_lowercase).collect::<String>().nfd() {
        match c {
            'đ' => {
                out.push_str("dd");
                marked = true;
            }
            // Circumflex doubles its vowel: â → aa, ê → ee, ô → oo.
            '\u{0302}' => {
                if let Some(last) = out.chars().last() {
                    out.push(last);
                }
                marked = true;
            }
            // Breve and horn: ă → aw, ơ → ow, ư → uw.
            '\u{0306}' | '\u{031B}' => {
                out.push('w');
                marked = true;
            }
            '\u{0300}' => tone = Some('f'),
            '\u{0301}' => tone = Some('s'),
            '\u{0309}' => tone = Some('r'),
            '\u{0303}' => tone = Some('x'),
            '\u{0323}' => tone = Some('j'),
            c if is_combining_mark(c) => {}
            c => out.push(c),
        }
    }
    if let Some(t) = tone {
        out.push(t);
        marked = true;
    }
    marked.then_some(out)
}

/// A piece of text as the indexes see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// A word of a spaced script (Latin, digits, …), as written (NFC).
    Word(String),
    /// A run of CJK characters.
    Cjk(String),
}

/// Splits text into words and CJK runs; everything else separates.
pub fn pieces(s: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut cjk = String::new();
    for c in s.nfc() {
        if is_cjk(c) {
            if !word.is_empty() {
                out.push(Piece::Word(std::mem::take(&mut word)));
            }
            cjk.push(c);
        } else if c.is_alphanumeric() {
            if !cjk.is_empty() {
                out.push(Piece::Cjk(std::mem::take(&mut cjk)));
            }
            word.push(c);
        } else {
            if !word.is_empty() {
                out.push(Piece::Word(std::mem::take(&mut word)));
            }
            if !cjk.is_empty() {
                out.push(Piece::Cjk(std::mem::take(&mut cjk)));
            }
        }
    }
    if !word.is_empty() {
        out.push(Piece::Word(word));
    }
    if !cjk.is_empty() {
        out.push(Piece::Cjk(cjk));
    }
    out
}

/// The pairs of neighbouring characters of a CJK run (its single character when alone).
pub fn bigrams(run: &str) -> Vec<String> {
    let chars: Vec<char> = run.chars().collect();
    if chars.len() == 1 {
        return vec![chars[0].to_string()];
    }
    chars.windows(2).map(|w| w.iter().collect()).collect()
}

/// The terms a text is indexed under in the folded field: folded words, and every character and
/// pair of characters of CJK runs (so a one-character query such as 茶 still finds 花茶).
pub fn index_terms(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for p in pieces(s) {
        match p {
            Piece::Word(w) => out.push(fold(&w)),
            Piece::Cjk(run) => {
                let chars: Vec<char> = run.chars().collect();
                out.extend(chars.iter().map(|c| c.to_string()));
                out.extend(chars.windows(2).map(|w| w.iter().collect::<String>()));
            }
        }
    }
    out
}

/// The terms a text is indexed under in the marked field: Telex forms of words with marks.
pub fn marked_terms(s: &str) -> Vec<String> {
    pieces(s)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Word(w) => telex(&w),
            Piece::Cjk(_) => None,
        })
        .collect()
}

/// One word of a query, as engines should match it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryTerm {
    /// Folded form (or a CJK pair or single character).
    pub folded: String,
    /// The Telex form when the shopper typed marks: matches that keep them rank higher.
    pub marked: Option<String>,
    /// Typos allowed (0 for CJK).
    pub typos: u8,
    /// The last word of a query typed without a trailing space: also matches as a prefix.
    pub prefix: bool,
}

/// Typos allowed in a word of `len` letters: Vietnamese syllables are mostly 1 to 4 letters, so one
/// typo from 4 letters (a swap of neighbours counting as one) and two from 8.
pub fn typo_budget(len: usize) -> u8 {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// The terms of a query; the last word is a prefix unless the query ends with a space.
pub fn query_terms(q: &str) -> Vec<QueryTerm> {
    let mut out = Vec::new();
    for p in pieces(q) {
        match p {
            Piece::Word(w) => {
                let folded = fold(&w);
                out.push(QueryTerm {
                    typos: typo_budget(folded.chars().count()),
                    marked: telex(&w),
                    folded,
                    prefix: false,
                });
            }
            Piece::Cjk(run) => out.extend(bigrams(&run).into_iter().map(|b| QueryTerm {
                folded: b,
                marked: None,
                typos: 0,
                prefix: false,
            })),
        }
    }
    let open_ended = !q.ends_with(char::is_whitespace);
    if let Some(last) = out.last_mut() {
        // A CJK pair is complete as typed; prefixes of one or two letters match too much.
        if open_ended && !last.folded.chars().any(is_cjk) && last.folded.chars().count() >= 2 {
            last.prefix = true;
        }
    }
    out
}

/// The query and its rewrites by the synonym list ("ca phe sua" → also "coffee sua", "cafe sua"…),
/// the original first.
pub fn query_variants(q: &str) -> Vec<String> {
    let folded = fold(q);
    let padded = format!(" {} ", folded.split_whitespace().collect::<Vec<_>>().join(" "));
    let mut out = vec![q.to_owned()];
    for group in SYNONYMS {
        for phrase in group.iter() {
            let hit = if phrase.chars().any(is_cjk) {
                folded.contains(phrase)
            } else {
                padded.contains(&format!(" {phrase} "))
            };
            if !hit {
                continue;
            }
            for other in group.iter().filter(|o| *o != phrase) {
                let rewritten = if phrase.chars().any(is_cjk) {
                    folded.replace(phrase, &format!(" {other} "))
                } else {
                    padded.replace(&format!(" {phrase} "), &format!(" {other} "))
                };
                let rewritten = rewritten.split_whitespace().collect::<Vec<_>>().join(" ");
                // Keep an open last word open.
                let rewritten = if q.ends_with(char::is_whitespace) {
                    format!("{rewritten} ")
                } else {
                    rewritten
                };
                if !out.contains(&rewritten) {
                    out.push(rewritten);
                }
            }
        }
    }
    out
}

/// Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps counting as one).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

/// Whether an indexed word matches a query term under its typo and prefix rules.
pub fn term_matches(term: &QueryTerm, word_folded: &str) -> bool {
    if word_folded == term.folded {
        return true;
    }
    if term.prefix && word_folded.starts_with(&term.folded) {
        return true;
    }
    if term.typos == 0 {
        return false;
    }
    let budget = term.typos as usize;
    if edit_distance(&term.folded, word_folded) <= budget {
        return true;
    }
    // A typo inside a prefix being typed: compare with the word's start of the same length.
    term.prefix
        && word_folded
            .char_indices()
            .nth(term.folded.chars().count())
            .is_some_and(|(i, _)| edit_distance(&term.folded, &word_folded[..i]) <= budget)
}

/// `text` cut into (segment, matched) pieces for showing with the query's words marked.
pub fn highlight(text: &str, q: &str) -> Vec<(String, bool)> {
    let variants: Vec<Vec<QueryTerm>> = query_variants(q).iter().map(|v| query_terms(v)).collect();
    let chars: Vec<char> = text.nfc().collect();
    let mut marked = vec![false; chars.len()];
    // Words of spaced scripts.
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_alphanumeric() && !is_cjk(chars[i]) {
            let start = i;
            while i < chars.len() && chars[i].is_alphanumeric() && !is_cjk(chars[i]) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let folded = fold(&word);
            if variants.iter().flatten().any(|t| term_matches(t, &folded)) {
                marked[start..i].iter_mut().for_each(|m| *m = true);
            }
        } else {
            i += 1;
        }
    }
    // CJK: every occurrence of a query pair (or single character).
    for t in variants.iter().flatten().filter(|t| t.folded.chars().all(is_cjk)) {
        let needle: Vec<char> = t.folded.chars().collect();
        if needle.is_empty() {
            continue;
        }
        for start in 0..chars.len().saturating_sub(needle.len() - 1) {
            if chars[start..start + needle.len()] == needle[..] {
                marked[start..start + needle.len()]
                    .iter_mut()
                    .for_each(|m| *m = true);
            }
        }
    }
    let mut out: Vec<(String, bool)> = Vec::new();
    for (c, m) in chars.into_iter().zip(marked) {
        match out.last_mut() {
            Some((s, lm)) if *lm == m => s.push(c),
            _ => out.push((c.to_string(), m)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_case_tones_and_the_bar_of_d() {
        assert_eq!(fold("Mật ong rừng U Minh"), "mat ong rung u minh");
        assert_eq!(fold("ĐƯỜNG phèn"), "duong phen");
        assert_eq!(fold("Nước mắm Phú Quốc"), "nuoc mam phu quoc");
        // Decomposed input folds the same as composed.
        assert_eq!(fold("Ca\u{300} phê"), "ca phe");
        // Japanese voiced kana keep their marks.
        assert_eq!(fold("ガラス"), "ガラス");
    }

    #[test]
    fn telex_keeps_words_that_differ_by_marks_apart() {
        assert_eq!(telex("đường").as_deref(), Some("dduwowngf"));
        assert_eq!(telex("dương").as_deref(), Some("duwowng"));
        assert_eq!(telex("Mật").as_deref(), Some("maatj"));
        assert_eq!(telex("Việt").as_deref(), Some("vieetj"));
        assert_eq!(telex("ong"), None);
    }

    #[test]
    fn cjk_runs_are_indexed_as_characters_and_pairs() {
        assert_eq!(
            index_terms("Mật ong 蜂蜜茶"),
            ["mat", "ong", "蜂", "蜜", "茶", "蜂蜜", "蜜茶"]
        );
        assert_eq!(bigrams("蜂蜜"), ["蜂蜜"]);
        assert_eq!(bigrams("茶"), ["茶"]);
        let q = query_terms("꿀 차");
        assert_eq!(
            q.iter().map(|t| t.folded.as_str()).collect::<Vec<_>>(),
            ["꿀", "차"]
        );
    }

    #[test]
    fn typo_budgets_suit_short_syllables() {
        assert_eq!(typo_budget(3), 0);
        assert_eq!(typo_budget(4), 1);
        assert_eq!(typo_budget(8), 2);
        let t = &query_terms("quco ")[0];
        assert!(!t.prefix && t.typos == 1);
        assert!(term_matches(t, "quoc"), "a swap of neighbours is one typo");
        assert!(!term_matches(&query_terms("phu ")[0], "pho"));
        // The last word typed is a prefix, typo or not.
        let last = query_terms("mat o").pop().unwrap();
        assert!(!last.prefix, "one letter is too short to complete");
        let last = query_terms("nuoc ma").pop().unwrap();
        assert!(last.prefix && term_matches(&last, "mam"));
    }

    #[test]
    fn synonyms_rewrite_the_query() {
        let v = query_variants("cà phê sữa");
        assert_eq!(v[0], "cà phê sữa");
        assert!(v.contains(&"coffee sua".to_owned()) && v.contains(&"cafe sua".to_owned()));
        assert!(query_variants("蜂蜜").contains(&"mat ong".to_owned()));
        assert_eq!(
            query_variants("mật"),
            ["mật"],
            "a part of a phrase is not the phrase"
        );
    }

    #[test]
    fn highlights_mark_matching_words_in_any_script() {
        let h = highlight("Mật ong rừng U Minh", "mat ong");
        let piece = |s: &str, m: bool| (s.to_owned(), m);
        assert_eq!(
            h,
            [
                piece("Mật", true),
                piece(" ", false),
                piece("ong", true),
                piece(" rừng U Minh", false)
            ]
        );
        let h = highlight("Nước mắm Phú Quốc", "nuoc mam phu quco");
        assert!(h.iter().all(|(s, m)| *m || s.trim().is_empty()), "{h:?}");
        let h = highlight("U Minh 森林蜂蜜", "蜂蜜");
        assert_eq!(h.last(), Some(&("蜂蜜".to_owned(), true)));
    }

    #[test]
    fn edit_distance_counts_swaps_once() {
        assert_eq!(edit_distance("quco", "quoc"), 1);
        assert_eq!(edit_distance("mam", "mam"), 0);
        assert_eq!(edit_distance("honye", "honey"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
