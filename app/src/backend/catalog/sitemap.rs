//! Every public page in every locale, with its alternates, for /sitemap.xml.

use super::public::visible;
use crate::backend::entities::{batches, categories, cooperatives, product_translations, products};
use crate::domain::cooperative_status::CooperativeStatus;
use crate::error::AppError;
use crate::i18n::Locale;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect};

/// One page: its path in each locale (the first is Vietnamese).
pub type Page = Vec<(Locale, String)>;

fn everywhere(path: &str) -> Page {
    Locale::ALL
        .into_iter()
        .map(|l| (l, format!("/{}{path}", l.code())))
        .collect()
}

/// Home, directories, categories, cooperatives, products (by each locale's slug) and batches.
pub async fn pages(db: &DatabaseConnection) -> Result<Vec<Page>, AppError> {
    let mut out = vec![everywhere(""), everywhere("/coops")];
    for c in categories::Entity::find().all(db).await? {
        out.push(everywhere(&format!("/c/{}", c.code)));
    }
    for c in cooperatives::Entity::find()
        .filter(cooperatives::Column::Status.eq(CooperativeStatus::Approved))
        .all(db)
        .await?
    {
        out.push(everywhere(&format!("/coops/{}", c.slug)));
    }
    let ids: Vec<i64> = visible()
        .select_only()
        .column(products::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let texts = product_translations::Entity::find()
        .filter(product_translations::Column::ProductId.is_in(ids.clone()))
        .all(db)
        .await?;
    for id in &ids {
        let own: Vec<&product_translations::Model> = texts.iter().filter(|t| t.product_id == *id).collect();
        let vi = own
            .iter()
            .find(|t| t.locale == Locale::Vi.code())
            .map(|t| t.slug.clone());
        let page: Page = Locale::ALL
            .into_iter()
            .filter_map(|l| {
                let slug = own
                    .iter()
                    .find(|t| t.locale == l.code())
                    .map(|t| t.slug.clone())
                    .or(vi.clone())?;
                Some((l, format!("/{}/products/{slug}", l.code())))
            })
            .collect();
        if !page.is_empty() {
            out.push(page);
        }
    }
    for b in batches::Entity::find()
        .filter(batches::Column::ProductId.is_in(ids))
        .all(db)
        .await?
    {
        out.push(everywhere(&format!("/trace/{}", b.lot_code)));
    }
    Ok(out)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The sitemap XML: one <url> per page and locale, each listing every alternate.
pub fn render(base_url: &str, pages: &[Page]) -> String {
    let base = base_url.trim_end_matches('/');
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in pages {
        for (_, path) in page {
            xml.push_str(&format!("<url><loc>{}</loc>", escape(&format!("{base}{path}"))));
            for (l, alt) in page {
                xml.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    l.code(),
                    escape(&format!("{base}{alt}"))
                ));
            }
            xml.push_str("</url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_lists_every_alternate() {
        let xml = render("https://htx.example.vn/", &[everywhere("/coops")]);
        assert_eq!(xml.matches("<url>").count(), 5);
        assert_eq!(xml.matches("hreflang=\"zh-CN\"").count(), 5);
        assert!(xml.contains("<loc>https://htx.example.vn/ja/coops</loc>"));
    }
}
