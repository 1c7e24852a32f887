//! Where a visitor may be sent back to: only a path on this site, so that `?next=`, `from=` and
//! similar parameters can never make an open redirect.

/// A same-site path: starts with one `/`, names no other host (`//host`, `\host`, `scheme://`) and
/// holds no control characters.
pub fn is_same_site_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && !path.contains("://")
        && !path.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::is_same_site_path;

    #[test]
    fn only_paths_on_this_site_are_followed() {
        assert!(is_same_site_path("/vi/account"));
        assert!(is_same_site_path("/vi/products/mat-ong?x=1"));
        assert!(!is_same_site_path("//evil.example/x"));
        assert!(!is_same_site_path("https://evil.example"));
        assert!(!is_same_site_path("/\\evil.example"));
        assert!(!is_same_site_path("javascript:alert(1)"));
        assert!(!is_same_site_path("/a\r\nSet-Cookie: x"));
        assert!(!is_same_site_path(""));
    }
}
