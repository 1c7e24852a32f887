//! Markdown written by cooperatives (descriptions, product stories) rendered to HTML that is safe to
//! put in a page: whatever the author types, scripts, event handlers, styles and foreign embeds are
//! removed, and links open safely.

use pulldown_cmark::{html, Options, Parser};

/// Longest Markdown source rendered, in bytes; longer input is cut (forms enforce their own limits).
const MAX_SOURCE_BYTES: usize = 64 * 1024;

/// Renders Markdown to sanitised HTML.
pub fn render(source: &str) -> String {
    let mut end = source.len().min(MAX_SOURCE_BYTES);
    while !source.is_char_boundary(end) {
        end -= 1;
    }
    let parser = Parser::new_ext(
        &source[..end],
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    );
    let mut unsafe_html = String::with_capacity(end * 3 / 2);
    html::push_html(&mut unsafe_html, parser);
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer nofollow ugc"))
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .rm_tags(["img"])
        .clean(&unsafe_html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn formats_the_usual_markdown() {
        let html = render("## Mật ong rừng\n\n**Nguyên chất**, thu hoạch *mùa khô*.\n\n- 250 g\n- 500 g");
        assert!(html.contains("<h2>Mật ong rừng</h2>"), "{html}");
        assert!(html.contains("<strong>Nguyên chất</strong>"), "{html}");
        assert!(html.contains("<li>250 g</li>"), "{html}");
    }

    #[test]
    fn scripts_and_handlers_are_inert() {
        let html = render("<script>alert(1)</script>\n\n<p onclick=\"alert(2)\">hi</p>\n\n<iframe src=\"https://evil.example\"></iframe>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onclick"), "{html}");
        assert!(!html.contains("<iframe"), "{html}");
        assert!(html.contains("hi"));
    }

    #[test]
    fn dangerous_links_lose_their_target() {
        let html = render("[bấm vào đây](javascript:alert(1)) and [site](https://htx.example.vn)");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(html.contains("href=\"https://htx.example.vn\""), "{html}");
        assert!(
            html.contains("rel=\"noopener noreferrer nofollow ugc\""),
            "{html}"
        );
    }

    #[test]
    fn images_are_not_embedded_from_anywhere() {
        let html = render("![x](https://tracker.example/pixel.gif)");
        assert!(!html.contains("<img"), "{html}");
    }

    #[test]
    fn huge_input_is_cut_on_a_character_boundary() {
        let html = render(&"ạ".repeat(40_000));
        assert!(html.len() < 100_000);
    }
}
