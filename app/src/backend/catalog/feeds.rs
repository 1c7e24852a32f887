//! Product feeds for other platforms: Google Merchant Center's RSS 2.0 and a JSON Feed 1.1 with
//! the same items — one item per variant of every listed product (published, cooperative
//! approved), with absolute links and images, price in VND, availability, brand (the cooperative),
//! GTIN and SKU. Items are read in batches along the listing index, so a feed of 100,000 products
//! is written as it is read and never held in memory.

use super::public::{cooperative_names, pick};
use crate::backend::entities::{
    categories, cooperatives, product_listings, product_photos, product_translations, product_variants,
    products,
};
use crate::error::AppError;
use crate::error::OrInternal;
use crate::i18n::Locale;
use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Statement,
};
use std::collections::HashMap;
use std::fmt::Write;

/// Products read per batch.
pub const BATCH: u64 = 500;

/// One feed item: a variant of a listed product.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedItem {
    /// The SKU: unique across the marketplace.
    pub id: String,
    /// The product, grouping its variants.
    pub group_id: i64,
    pub title: String,
    pub description: String,
    pub link: String,
    pub image: Option<String>,
    pub price_vnd: i64,
    pub in_stock: bool,
    pub brand: String,
    pub gtin: Option<String>,
    pub product_type: Option<String>,
}

/// What changes whenever the feed's content may change: for ETag and Last-Modified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedStamp {
    pub etag: String,
    pub last_modified: Option<DateTime<Utc>>,
}

/// The feed's validators: the number of listed products, their latest change, and how many of
/// their variants are in stock (stock moves without touching the product).
pub async fn stamp(db: &DatabaseConnection, locale: Locale) -> Result<FeedStamp, AppError> {
    let backend = db.get_database_backend();
    let row = db
        .query_one(Statement::from_string(
            backend,
            "SELECT COUNT(*) AS n, MAX(p.updated_at) AS last FROM product_listings l \
             JOIN products p ON p.id = l.product_id WHERE l.category_code = '*'"
                .to_owned(),
        ))
        .await?
        .or_internal("an aggregate query returned no row")?;
    let count: i64 = row.try_get("", "n")?;
    let last: Option<DateTime<Utc>> = row.try_get("", "last").ok().flatten();
    let row = db
        .query_one(Statement::from_string(
            backend,
            "SELECT COUNT(*) AS n FROM product_variants v JOIN product_listings l \
             ON l.product_id = v.product_id AND l.category_code = '*' WHERE v.stock > 0"
                .to_owned(),
        ))
        .await?
        .or_internal("an aggregate query returned no row")?;
    let in_stock: i64 = row.try_get("", "n")?;
    let etag = format!(
        "\"{}-{count}-{in_stock}-{}\"",
        locale.code(),
        last.map(|t| t.timestamp_micros()).unwrap_or_default()
    );
    Ok(FeedStamp {
        etag,
        last_modified: last,
    })
}

/// The next batch of items after product id `after` (0 to start), in product id order, and the
/// id to continue from (None at the end).
pub async fn batch(
    db: &DatabaseConnection,
    base_url: &str,
    locale: Locale,
    after: i64,
) -> Result<(Vec<FeedItem>, Option<i64>), AppError> {
    let ids: Vec<i64> = product_listings::Entity::find()
        .select_only()
        .column(product_listings::Column::ProductId)
        .filter(product_listings::Column::CategoryCode.eq(super::listings::ALL))
        .filter(product_listings::Column::ProductId.gt(after))
        .order_by_asc(product_listings::Column::ProductId)
        .limit(BATCH)
        .into_tuple()
        .all(db)
        .await?;
    let next = (ids.len() as u64 == BATCH).then(|| ids.last().copied()).flatten();
    if ids.is_empty() {
        return Ok((vec![], None));
    }
    let rows = products::Entity::find()
        .filter(products::Column::Id.is_in(ids.clone()))
        .order_by_asc(products::Column::Id)
        .all(db)
        .await?;
    let mut texts: HashMap<i64, Vec<product_translations::Model>> = HashMap::new();
    for t in product_translations::Entity::find()
        .filter(product_translations::Column::ProductId.is_in(ids.clone()))
        .filter(product_translations::Column::Locale.is_in([locale.code(), Locale::Vi.code()]))
        .all(db)
        .await?
    {
        texts.entry(t.product_id).or_default().push(t);
    }
    let mut variants: HashMap<i64, Vec<product_variants::Model>> = HashMap::new();
    for v in product_variants::Entity::find()
        .filter(product_variants::Column::ProductId.is_in(ids.clone()))
        .order_by_asc(product_variants::Column::Position)
        .all(db)
        .await?
    {
        variants.entry(v.product_id).or_default().push(v);
    }
    let mut covers: HashMap<i64, String> = HashMap::new();
    for photo in product_photos::Entity::find()
        .filter(product_photos::Column::ProductId.is_in(ids.clone()))
        .filter(product_photos::Column::BatchId.is_null())
        .filter(product_photos::Column::Renditions.is_not_null())
        .order_by_desc(product_photos::Column::Position)
        .all(db)
        .await?
    {
        // Last to first, so the cover (lowest position) wins.
        if let Some(url) = super::photos::view(&photo).largest() {
            covers.insert(photo.product_id, format!("{base_url}{url}"));
        }
    }
    let coops = cooperatives::Entity::find()
        .filter(cooperatives::Column::Id.is_in(rows.iter().map(|p| p.cooperative_id)))
        .all(db)
        .await?;
    let brands = cooperative_names(db, &coops, locale).await?;
    let category_names: HashMap<String, String> = categories::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.code.clone(), c.name(locale).to_owned()))
        .collect();
    let mut items = vec![];
    for p in rows {
        let Some((text, _)) = texts.get(&p.id).and_then(|t| pick(t, locale)) else {
            continue;
        };
        let link = format!("{base_url}/{}/products/{}", locale.code(), text.slug);
        let description = text
            .short_description
            .clone()
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| text.name.clone());
        let several = variants.get(&p.id).is_some_and(|v| v.len() > 1);
        for v in variants.get(&p.id).into_iter().flatten() {
            items.push(FeedItem {
                id: v.sku.clone(),
                group_id: p.id,
                title: if several {
                    format!("{} – {}", text.name, v.label)
                } else {
                    text.name.clone()
                },
                description: description.clone(),
                link: link.clone(),
                image: covers.get(&p.id).cloned(),
                price_vnd: v.price_vnd,
                in_stock: v.stock > 0,
                brand: brands.get(&p.cooperative_id).cloned().unwrap_or_default(),
                // A GTIN names the product as sold; with several sizes it would be wrong for all but one.
                gtin: p.gtin.clone().filter(|_| !several),
                product_type: category_names.get(&p.category_code).cloned(),
            });
        }
    }
    Ok((items, next))
}

/// Escapes text for XML content and attributes; drops characters XML 1.0 cannot carry.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() && !matches!(c, '\n' | '\t' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// The start of the RSS document, up to the first item.
pub fn rss_head(base_url: &str, locale: Locale, title: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <rss version=\"2.0\" xmlns:g=\"http://base.google.com/ns/1.0\">\n<channel>\n\
         <title>{}</title>\n<link>{}/{}/</link>\n<description>{}</description>\n<language>{}</language>\n",
        xml_escape(title),
        xml_escape(base_url),
        locale.code(),
        xml_escape(title),
        locale.code()
    )
}

/// One item in Google Merchant Center's RSS format.
pub fn rss_item(i: &FeedItem) -> String {
    let mut s = String::with_capacity(600);
    s.push_str("<item>\n");
    let _ = writeln!(s, "<g:id>{}</g:id>", xml_escape(&i.id));
    let _ = writeln!(s, "<g:item_group_id>{}</g:item_group_id>", i.group_id);
    let _ = writeln!(s, "<title>{}</title>", xml_escape(&i.title));
    let _ = writeln!(s, "<description>{}</description>", xml_escape(&i.description));
    let _ = writeln!(s, "<link>{}</link>", xml_escape(&i.link));
    if let Some(img) = &i.image {
        let _ = writeln!(s, "<g:image_link>{}</g:image_link>", xml_escape(img));
    }
    let _ = writeln!(s, "<g:price>{} VND</g:price>", i.price_vnd);
    let availability = if i.in_stock { "in_stock" } else { "out_of_stock" };
    let _ = writeln!(s, "<g:availability>{availability}</g:availability>");
    let _ = writeln!(s, "<g:condition>new</g:condition>");
    let _ = writeln!(s, "<g:brand>{}</g:brand>", xml_escape(&i.brand));
    match &i.gtin {
        Some(g) => {
            let _ = writeln!(s, "<g:gtin>{}</g:gtin>", xml_escape(g));
        }
        None => {
            let _ = writeln!(s, "<g:mpn>{}</g:mpn>", xml_escape(&i.id));
            let _ = writeln!(s, "<g:identifier_exists>no</g:identifier_exists>");
        }
    }
    if let Some(t) = &i.product_type {
        let _ = writeln!(s, "<g:product_type>{}</g:product_type>", xml_escape(t));
    }
    s.push_str("</item>\n");
    s
}

pub const RSS_TAIL: &str = "</channel>\n</rss>\n";

/// The start of the JSON Feed, up to the first item.
pub fn json_head(base_url: &str, locale: Locale, title: &str) -> String {
    let head = serde_json::json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": title,
        "home_page_url": format!("{base_url}/{}/", locale.code()),
        "feed_url": format!("{base_url}/feeds/{}/products.json", locale.code()),
        "language": locale.code(),
    })
    .to_string();
    // Reopen the object to append the items array.
    format!("{},\"items\":[\n", head.trim_end_matches('}'))
}

/// One JSON Feed item (a comma before every item but the first); product data under "_htx".
pub fn json_item(i: &FeedItem, first: bool) -> String {
    let item = serde_json::json!({
        "id": i.id,
        "url": i.link,
        "title": i.title,
        "content_text": i.description,
        "image": i.image,
        "_htx": {
            "item_group_id": i.group_id,
            "price": i.price_vnd,
            "currency": "VND",
            "availability": if i.in_stock { "in_stock" } else { "out_of_stock" },
            "brand": i.brand,
            "gtin": i.gtin,
            "sku": i.id,
            "product_type": i.product_type,
        },
    });
    format!("{}{item}\n", if first { "" } else { "," })
}

pub const JSON_TAIL: &str = "]}\n";

#[cfg(test)]
mod tests {
    use super::*;

    fn item() -> FeedItem {
        FeedItem {
            id: "MO-UM-250".into(),
            group_id: 7,
            title: "Mật ong <rừng> & \"U Minh\"".into(),
            description: "Ngọt\u{0}thanh".into(),
            link: "https://htx.example.vn/vi/products/mat-ong".into(),
            image: Some("https://htx.example.vn/media/photos/1/1280.webp".into()),
            price_vnd: 150_000,
            in_stock: true,
            brand: "HTX U Minh".into(),
            gtin: None,
            product_type: Some("Mật ong".into()),
        }
    }

    #[test]
    fn rss_items_are_escaped_and_complete() {
        let xml = rss_item(&item());
        assert!(xml.contains("<title>Mật ong &lt;rừng&gt; &amp; &quot;U Minh&quot;</title>"));
        assert!(
            xml.contains("<description>Ngọtthanh</description>"),
            "control characters dropped"
        );
        assert!(xml.contains("<g:price>150000 VND</g:price>"));
        assert!(xml.contains("<g:availability>in_stock</g:availability>"));
        assert!(xml.contains("<g:identifier_exists>no</g:identifier_exists>"));
        let with_gtin = FeedItem {
            gtin: Some("8934563138165".into()),
            ..item()
        };
        assert!(rss_item(&with_gtin).contains("<g:gtin>8934563138165</g:gtin>"));
    }

    #[test]
    fn the_json_feed_is_valid_json_when_assembled() {
        let mut doc = json_head("https://htx.example.vn", Locale::En, "HTX Market");
        doc.push_str(&json_item(&item(), true));
        doc.push_str(&json_item(&item(), false));
        doc.push_str(JSON_TAIL);
        let v: serde_json::Value = serde_json::from_str(&doc).expect("valid JSON");
        assert_eq!(v["items"].as_array().map(Vec::len), Some(2));
        assert_eq!(v["items"][0]["_htx"]["price"], 150_000);
        assert_eq!(v["language"], "en");
    }
}
