//! What an uploaded file really is, judged by its first bytes rather than its name or the
//! Content-Type the browser claims: a "PDF" that is really an executable is refused.

use serde::{Deserialize, Serialize};

/// The file types HTX Market accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileKind {
    Pdf,
    Jpeg,
    Png,
    Webp,
}

impl FileKind {
    /// The MIME type to serve the file with.
    pub const fn mime(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Jpeg => "image/jpeg",
            FileKind::Png => "image/png",
            FileKind::Webp => "image/webp",
        }
    }

    /// The extension for stored names.
    pub const fn extension(self) -> &'static str {
        match self {
            FileKind::Pdf => "pdf",
            FileKind::Jpeg => "jpg",
            FileKind::Png => "png",
            FileKind::Webp => "webp",
        }
    }
}

/// The kind of file `head` (its first bytes, at least 12) starts, or None for anything else.
pub fn sniff(head: &[u8]) -> Option<FileKind> {
    if head.starts_with(b"%PDF-") {
        Some(FileKind::Pdf)
    } else if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(FileKind::Jpeg)
    } else if head.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some(FileKind::Png)
    } else if head.len() >= 12 && &head[0..4] == b"RIFF" && &head[8..12] == b"WEBP" {
        Some(FileKind::Webp)
    } else {
        None
    }
}

stored_enum! {
    /// What a cooperative's supporting document proves.
    pub enum DocumentKind {
        /// The business registration certificate, required to submit.
        Registration => "registration",
        Other => "other",
    }
}

impl DocumentKind {
    /// The Fluent id of the kind's name.
    pub const fn message_key(self) -> &'static str {
        match self {
            DocumentKind::Registration => "coop-document-registration",
            DocumentKind::Other => "coop-document-other",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_accepted_files_by_content() {
        assert_eq!(sniff(b"%PDF-1.7\n%\xe2\xe3"), Some(FileKind::Pdf));
        assert_eq!(
            sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F']),
            Some(FileKind::Jpeg)
        );
        assert_eq!(
            sniff(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]),
            Some(FileKind::Png)
        );
        assert_eq!(sniff(b"RIFF\x24\x00\x00\x00WEBPVP8 "), Some(FileKind::Webp));
    }

    #[test]
    fn refuses_everything_else_whatever_its_name() {
        assert_eq!(sniff(b"MZ\x90\x00\x03\x00\x00\x00"), None, "Windows executable");
        assert_eq!(sniff(b"\x7fELF\x02\x01\x01\x00"), None, "Linux executable");
        assert_eq!(sniff(b"<html><script>"), None);
        assert_eq!(sniff(b"PK\x03\x04"), None, "zip");
        assert_eq!(sniff(b""), None);
        assert_eq!(sniff(b"RIFF\x24\x00\x00\x00WAVE"), None, "audio");
    }
}
