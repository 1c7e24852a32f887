//! Bulk import of products from CSV or XLSX: one row per variant, rows sharing a product_key form
//! one product. A dry run reports every problem by row and column in the seller's language; the
//! import runs only when the file has none, in one transaction, and creates drafts. CSV is read as
//! UTF-8 (with or without BOM), UTF-16 (with BOM) or, failing UTF-8, Windows-1258 (normalised to
//! NFC); anything else is refused clearly. Exports escape cells that a spreadsheet would run as a
//! formula.

use super::products::{check, editable_coop, insert_checked, CheckedProduct};
use crate::backend::accounts::SessionUser;
use crate::backend::audit::{self, AuditEntry};
use crate::backend::cooperatives::access;
use crate::backend::entities::{
    categories, import_reports, product_translations, product_variants, products, regions,
};
use crate::backend::transactions::begin_write;
use crate::error::AppError;
use crate::error::ErrorId;
use crate::error::OrInternal;
use crate::i18n::Locale;
use crate::model::catalog::{ImportProblem, ImportReport, ProductFields, VariantFields, IMPORT_COLUMNS};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set};
use std::collections::{BTreeMap, HashMap, HashSet};
use unicode_normalization::UnicodeNormalization;

/// Largest accepted file.
pub const MAX_IMPORT_BYTES: usize = 10 * 1024 * 1024;
/// Largest number of data rows per file.
pub const MAX_ROWS: usize = 20_000;

/// The text of a CSV file in whatever encoding Vietnamese spreadsheets save.
pub fn decode(bytes: &[u8]) -> Result<String, AppError> {
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        String::from_utf8(rest.to_vec()).map_err(|_| AppError::invalid("file", ErrorId::ImportEncoding))?
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let (cow, _, bad) = encoding_rs::UTF_16LE.decode(bytes); // the BOM picks LE or BE
        if bad {
            return Err(AppError::invalid("file", ErrorId::ImportEncoding));
        }
        cow.into_owned()
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        s.to_owned()
    } else {
        // Windows-1258 writes many Vietnamese letters as a base letter plus a combining tone mark.
        let (cow, _, bad) = encoding_rs::WINDOWS_1258.decode(bytes);
        if bad {
            return Err(AppError::invalid("file", ErrorId::ImportEncoding));
        }
        cow.into_owned()
    };
    if text.contains('\0') {
        return Err(AppError::invalid("file", ErrorId::ImportEncoding));
    }
    Ok(text.nfc().collect())
}

/// Rows of cells from CSV (comma or semicolon separated) or XLSX (the first sheet).
pub fn rows(bytes: &[u8]) -> Result<Vec<Vec<String>>, AppError> {
    if bytes.starts_with(b"PK\x03\x04") {
        use calamine::{Reader, Xlsx};
        let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.to_vec()))
            .map_err(|_| AppError::invalid("file", ErrorId::ImportFile))?;
        let range = book
            .worksheet_range_at(0)
            .ok_or(AppError::invalid("file", ErrorId::ImportFile))?
            .map_err(|_| AppError::invalid("file", ErrorId::ImportFile))?;
        return Ok(range
            .rows()
            .map(|r| r.iter().map(|c| c.to_string().trim().to_owned()).collect())
            .collect());
    }
    let text = decode(bytes)?;
    let first = text.lines().next().unwrap_or_default();
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| {
            r.map(|rec| rec.iter().map(|c| c.trim().to_owned()).collect())
                .map_err(|_| AppError::invalid("file", ErrorId::ImportFile))
        })
        .collect()
}

/// A CSV cell that a spreadsheet would not run as a formula: cells starting with = + - @ (or a tab
/// or carriage return) get a leading apostrophe.
pub fn escape_cell(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// Maps a product-form field name to its import column.
fn column_of(field: &str) -> (Option<usize>, String) {
    if let Some(rest) = field.strip_prefix("variant_") {
        let (i, col) = rest.split_once('_').unwrap_or(("0", rest));
        let col = match col {
            "label" => "variant_label",
            other => other,
        };
        return (i.parse().ok(), col.to_owned());
    }
    let col = match field {
        "category_code" => "category",
        "origin_region_code" => "origin_region",
        other => other,
    };
    (None, col.to_owned())
}

/// A product gathered from the file: its fields and the rows of its variants.
struct Gathered {
    fields: ProductFields,
    rows: Vec<usize>,
}

/// Reads and checks the whole file; returns the products ready to insert and every problem.
async fn analyse(
    db: &DatabaseConnection,
    bytes: &[u8],
) -> Result<(Vec<CheckedProduct>, usize, Vec<ImportProblem>), AppError> {
    let all = rows(bytes)?;
    let mut problems = Vec::new();
    let Some((header, data)) = all.split_first() else {
        return Err(AppError::invalid("file", ErrorId::ImportEmpty));
    };
    let header: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    let index: HashMap<&str, usize> = header.iter().enumerate().map(|(i, h)| (h.as_str(), i)).collect();
    for column in IMPORT_COLUMNS {
        if !index.contains_key(column) {
            problems.push(ImportProblem {
                row: 1,
                column: column.to_owned(),
                key: ErrorId::ImportColumnMissing,
            });
        }
    }
    if !problems.is_empty() {
        return Ok((vec![], data.len(), problems));
    }
    if data.len() > MAX_ROWS {
        return Err(AppError::invalid("file", ErrorId::ImportTooManyRows));
    }
    let cell = |row: &Vec<String>, column: &str| row.get(index[column]).cloned().unwrap_or_default();
    let mut gathered: BTreeMap<String, Gathered> = BTreeMap::new();
    let mut order = Vec::new();
    for (i, row) in data.iter().enumerate() {
        let row_number = i + 2;
        if row.iter().all(|c| c.is_empty()) {
            continue;
        }
        let key = cell(row, "product_key");
        if key.is_empty() {
            problems.push(ImportProblem {
                row: row_number,
                column: "product_key".into(),
                key: ErrorId::Required,
            });
            continue;
        }
        let entry = gathered.entry(key.clone()).or_insert_with(|| {
            order.push(key.clone());
            let mut f = ProductFields {
                category_code: cell(row, "category"),
                unit: cell(row, "unit"),
                origin_region_code: cell(row, "origin_region"),
                gtin: cell(row, "gtin"),
                ..Default::default()
            };
            for l in Locale::ALL {
                let sfx = super::products::suffix(l);
                f.set_texts(
                    l,
                    cell(row, &format!("name_{sfx}")),
                    cell(row, &format!("short_{sfx}")),
                    cell(row, &format!("description_{sfx}")),
                );
            }
            Gathered {
                fields: f,
                rows: vec![],
            }
        });
        entry.fields.variants.push(VariantFields {
            sku: cell(row, "sku"),
            label: cell(row, "variant_label"),
            price: cell(row, "price"),
            stock: cell(row, "stock"),
            weight_grams: cell(row, "weight_grams"),
        });
        entry.rows.push(row_number);
    }
    let known_categories: HashSet<String> = categories::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.code)
        .collect();
    let known_regions: HashSet<String> = regions::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.code)
        .collect();
    let mut checked = Vec::new();
    let mut skus: HashMap<String, usize> = HashMap::new();
    for key in &order {
        let g = &gathered[key];
        let first_row = g.rows[0];
        match check(&g.fields) {
            Ok(p) => {
                if !known_categories.contains(&p.category_code) {
                    problems.push(ImportProblem {
                        row: first_row,
                        column: "category".into(),
                        key: ErrorId::CategoryUnknown,
                    });
                }
                if p.origin_region_code
                    .as_ref()
                    .is_some_and(|r| !known_regions.contains(r))
                {
                    problems.push(ImportProblem {
                        row: first_row,
                        column: "origin_region".into(),
                        key: ErrorId::RegionUnknown,
                    });
                }
                for (v, row) in p.variants.iter().zip(&g.rows) {
                    if let Some(earlier) = skus.insert(v.sku.clone(), *row) {
                        let _ = earlier;
                        problems.push(ImportProblem {
                            row: *row,
                            column: "sku".into(),
                            key: ErrorId::SkuDuplicate,
                        });
                    }
                }
                checked.push(p);
            }
            Err(AppError::Invalid(errors)) => {
                for e in errors {
                    let (variant, column) = column_of(&e.field);
                    let row = variant.and_then(|i| g.rows.get(i).copied()).unwrap_or(first_row);
                    problems.push(ImportProblem {
                        row,
                        column,
                        key: e.key,
                    });
                }
            }
            Err(other) => return Err(other),
        }
    }
    // SKUs already used by other products.
    let all_skus: Vec<String> = skus.keys().cloned().collect();
    for chunk in all_skus.chunks(500) {
        for taken in product_variants::Entity::find()
            .filter(product_variants::Column::Sku.is_in(chunk.to_vec()))
            .all(db)
            .await?
        {
            if let Some(row) = skus.get(&taken.sku) {
                problems.push(ImportProblem {
                    row: *row,
                    column: "sku".into(),
                    key: ErrorId::SkuTaken,
                });
            }
        }
    }
    problems.sort_by(|a, b| (a.row, &a.column).cmp(&(b.row, &b.column)));
    Ok((checked, data.len(), problems))
}

/// Checks the file and, unless `dry_run`, imports it when it has no problems. The report is stored
/// and returned.
pub async fn run(
    db: &DatabaseConnection,
    user: &SessionUser,
    cooperative_id: i64,
    bytes: &[u8],
    dry_run: bool,
) -> Result<ImportReport, AppError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(AppError::invalid("file", ErrorId::FileTooLarge));
    }
    editable_coop(db, user, cooperative_id).await?;
    let (checked, rows, problems) = analyse(db, bytes).await?;
    let products_count = checked.len();
    let txn = begin_write(db).await?;
    let imported = !dry_run && problems.is_empty() && !checked.is_empty();
    if imported {
        for p in &checked {
            insert_checked(&txn, cooperative_id, p).await?;
        }
        audit::record(
            &txn,
            AuditEntry {
                actor_user_id: Some(user.id),
                action: "product.imported",
                subject_type: Some("cooperative"),
                subject_id: Some(cooperative_id.to_string()),
                details: serde_json::json!({ "rows": rows, "products": products_count }),
                ip: None,
            },
        )
        .await?;
    }
    let mut report = ImportReport {
        id: 0,
        mode: if dry_run { "dry_run" } else { "import" }.to_owned(),
        rows,
        products: products_count,
        problems,
        imported,
        created_at: Utc::now(),
    };
    // Large reports are cut to their first 500 problems; the count stays right in `rows`.
    report.problems.truncate(500);
    let stored = import_reports::ActiveModel {
        cooperative_id: Set(cooperative_id),
        user_id: Set(user.id),
        mode: Set(report.mode.clone()),
        report: Set(serde_json::to_string(&report).or_internal("encoding an import report")?),
        created_at: Set(report.created_at),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    report.id = stored.id;
    Ok(report)
}

/// A stored report (its cooperative's members).
pub async fn report(db: &DatabaseConnection, user: &SessionUser, id: i64) -> Result<ImportReport, AppError> {
    let row = import_reports::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    access::load(db, user, row.cooperative_id).await?;
    let mut report: ImportReport = serde_json::from_str(&row.report).or_internal("a stored import report")?;
    report.id = row.id;
    Ok(report)
}

/// The cooperative's products in the import format (one row per variant), formula-safe.
pub async fn export_csv(
    db: &DatabaseConnection,
    user: &SessionUser,
    cooperative_id: i64,
) -> Result<String, AppError> {
    let (coop, access) = access::load(db, user, cooperative_id).await?;
    if access.is_admin() {
        return Err(AppError::Forbidden);
    }
    let mut out = csv::Writer::from_writer(vec![]);
    out.write_record(IMPORT_COLUMNS)
        .or_internal("writing the catalog CSV")?;
    let list = products::Entity::find()
        .filter(products::Column::CooperativeId.eq(coop.id))
        .order_by_asc(products::Column::Id)
        .all(db)
        .await?;
    for p in list {
        let texts = product_translations::Entity::find()
            .filter(product_translations::Column::ProductId.eq(p.id))
            .all(db)
            .await?;
        let text = |l: Locale, f: fn(&product_translations::Model) -> Option<String>| {
            texts
                .iter()
                .find(|t| t.locale == l.code())
                .and_then(f)
                .unwrap_or_default()
        };
        let variants = product_variants::Entity::find()
            .filter(product_variants::Column::ProductId.eq(p.id))
            .order_by_asc(product_variants::Column::Position)
            .all(db)
            .await?;
        for v in variants {
            let mut record = vec![
                format!("P{}", p.id),
                p.category_code.clone(),
                p.unit.clone(),
                p.origin_region_code.clone().unwrap_or_default(),
                p.gtin.clone().unwrap_or_default(),
            ];
            for f in [
                (|t: &product_translations::Model| Some(t.name.clone()))
                    as fn(&product_translations::Model) -> Option<String>,
                |t| t.short_description.clone(),
                |t| t.description_md.clone(),
            ] {
                record.extend(Locale::ALL.iter().map(|l| text(*l, f)));
            }
            record.extend([
                v.sku,
                v.label,
                v.price_vnd.to_string(),
                v.stock.to_string(),
                v.weight_grams.to_string(),
            ]);
            out.write_record(record.iter().map(|c| escape_cell(c)))
                .or_internal("writing the catalog CSV")?;
        }
    }
    String::from_utf8(out.into_inner().or_internal("finishing the catalog CSV")?)
        .or_internal("the catalog CSV is not UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_vietnamese_spreadsheets_use() {
        let vi = "Mật ong rừng";
        assert_eq!(decode(vi.as_bytes()).unwrap(), vi);
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(vi.as_bytes());
        assert_eq!(decode(&bom).unwrap(), vi);
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(vi.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&utf16).unwrap(), vi);
        // "Mật ong" in Windows-1258: ậ is 'a' with circumflex (0xE2) + combining dot below (0xF2).
        let cp1258: &[u8] = b"M\xE2\xF2t ong";
        assert_eq!(
            decode(cp1258).unwrap(),
            "Mật ong",
            "decoded and normalised to NFC"
        );
    }

    #[test]
    fn formula_cells_are_escaped() {
        assert_eq!(escape_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(escape_cell("+84912345678"), "'+84912345678");
        assert_eq!(escape_cell("-5"), "'-5");
        assert_eq!(escape_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(escape_cell("Mật ong"), "Mật ong");
    }

    #[test]
    fn semicolon_csv_is_read_too() {
        let rows = rows(b"a;b;c\n1;2;3\n").unwrap();
        assert_eq!(rows, [vec!["a", "b", "c"], vec!["1", "2", "3"]]);
    }

    #[test]
    fn form_errors_map_to_columns() {
        assert_eq!(column_of("variant_2_label"), (Some(2), "variant_label".into()));
        assert_eq!(
            column_of("variant_0_weight_grams"),
            (Some(0), "weight_grams".into())
        );
        assert_eq!(column_of("category_code"), (None, "category".into()));
        assert_eq!(column_of("name_vi"), (None, "name_vi".into()));
    }
}
