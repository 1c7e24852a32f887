//! Each cooperative's shipping rules, as stored; cooperatives without rules use the defaults.

use crate::backend::entities::{shipping_province_fees, shipping_rules};
use crate::domain::checkout::ShippingRules;
use crate::error::AppError;
use crate::error::ErrorId;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;

/// The rules of each cooperative in `ids`.
pub async fn rules_for<C: ConnectionTrait>(
    conn: &C,
    ids: &[i64],
) -> Result<HashMap<i64, ShippingRules>, AppError> {
    let mut out: HashMap<i64, ShippingRules> = ids.iter().map(|id| (*id, ShippingRules::default())).collect();
    for r in shipping_rules::Entity::find()
        .filter(shipping_rules::Column::CooperativeId.is_in(ids.iter().copied()))
        .all(conn)
        .await?
    {
        out.insert(
            r.cooperative_id,
            ShippingRules {
                flat_fee_vnd: r.flat_fee_vnd,
                free_above_vnd: r.free_above_vnd,
                province_fees: vec![],
                international_fee_vnd: r.international_fee_vnd,
                cod_enabled: r.cod_enabled,
            },
        );
    }
    for f in shipping_province_fees::Entity::find()
        .filter(shipping_province_fees::Column::CooperativeId.is_in(ids.iter().copied()))
        .all(conn)
        .await?
    {
        if let Some(rules) = out.get_mut(&f.cooperative_id) {
            rules.province_fees.push((f.region_code, f.fee_vnd));
        }
    }
    Ok(out)
}

/// The rules for the cooperative's settings page (members and administrators).
pub async fn for_edit(
    db: &sea_orm::DatabaseConnection,
    user: &crate::backend::accounts::SessionUser,
    cooperative_id: i64,
    locale: crate::i18n::Locale,
) -> Result<crate::model::shop::ShippingRulesView, AppError> {
    use crate::backend::entities::regions;
    use sea_orm::QueryOrder;
    let (coop, _) = crate::backend::cooperatives::access::load(db, user, cooperative_id).await?;
    let rules = rules_for(db, &[coop.id])
        .await?
        .remove(&coop.id)
        .unwrap_or_default();
    let provinces = regions::Entity::find()
        .order_by_asc(regions::Column::SortOrder)
        .all(db)
        .await?
        .into_iter()
        .map(|r| {
            let fee = rules
                .province_fees
                .iter()
                .find(|(code, _)| *code == r.code)
                .map(|(_, f)| *f);
            (r.code.clone(), r.name(locale).to_owned(), fee)
        })
        .collect();
    let name = crate::backend::catalog::public::cooperative_name(db, &coop, locale).await?;
    Ok(crate::model::shop::ShippingRulesView {
        cooperative_id: coop.id,
        cooperative_name: name,
        flat_fee_vnd: rules.flat_fee_vnd,
        free_above_vnd: rules.free_above_vnd,
        international_fee_vnd: rules.international_fee_vnd,
        cod_enabled: rules.cod_enabled,
        provinces,
    })
}

/// An optional fee: blank is None.
fn optional_fee(field: &str, input: &str) -> Result<Option<i64>, AppError> {
    if input.trim().is_empty() {
        return Ok(None);
    }
    crate::domain::catalog::parse_price(input)
        .map(Some)
        .map_err(|p| AppError::invalid(field, p.message_key()))
}

/// Saves a cooperative's shipping rules (members and administrators).
pub async fn save(
    db: &sea_orm::DatabaseConnection,
    user: &crate::backend::accounts::SessionUser,
    cooperative_id: i64,
    f: &crate::model::shop::ShippingFields,
) -> Result<(), AppError> {
    use crate::backend::entities::regions;
    use sea_orm::sea_query::OnConflict;
    use sea_orm::Set;
    let mut errors = vec![];
    let flat = crate::domain::catalog::parse_price(&f.flat_fee)
        .map_err(|p| errors.push(crate::error::FieldError::new("flat_fee", p.message_key())))
        .unwrap_or_default();
    let free_above = optional_fee("free_above", &f.free_above)
        .map_err(|e| {
            errors.push(crate::error::FieldError::new(
                "free_above",
                e.field_key("free_above").unwrap_or(ErrorId::PriceInvalid),
            ))
        })
        .unwrap_or_default();
    let international = optional_fee("international_fee", &f.international_fee)
        .map_err(|e| {
            errors.push(crate::error::FieldError::new(
                "international_fee",
                e.field_key("international_fee").unwrap_or(ErrorId::PriceInvalid),
            ))
        })
        .unwrap_or_default();
    let known: Vec<String> = regions::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.code)
        .collect();
    let mut fees = vec![];
    for (code, fee) in &f.province_fees {
        if !known.contains(code) {
            return Err(AppError::Refused(ErrorId::FormTampered));
        }
        match optional_fee("province_fees", fee) {
            Ok(Some(v)) => fees.push((code.clone(), v)),
            Ok(None) => {}
            Err(_) => errors.push(crate::error::FieldError::new(
                &format!("province_{code}"),
                ErrorId::PriceInvalid,
            )),
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let txn = crate::backend::transactions::begin_write(db).await?;
    let (coop, _) = crate::backend::cooperatives::access::load(&txn, user, cooperative_id).await?;
    shipping_rules::Entity::insert(shipping_rules::ActiveModel {
        cooperative_id: Set(coop.id),
        flat_fee_vnd: Set(flat),
        free_above_vnd: Set(free_above),
        international_fee_vnd: Set(international),
        cod_enabled: Set(f.cod_enabled.is_some()),
        updated_at: Set(chrono::Utc::now()),
    })
    .on_conflict(
        OnConflict::column(shipping_rules::Column::CooperativeId)
            .update_columns([
                shipping_rules::Column::FlatFeeVnd,
                shipping_rules::Column::FreeAboveVnd,
                shipping_rules::Column::InternationalFeeVnd,
                shipping_rules::Column::CodEnabled,
                shipping_rules::Column::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec(&txn)
    .await?;
    shipping_province_fees::Entity::delete_many()
        .filter(shipping_province_fees::Column::CooperativeId.eq(coop.id))
        .exec(&txn)
        .await?;
    for (code, fee) in fees {
        shipping_province_fees::Entity::insert(shipping_province_fees::ActiveModel {
            cooperative_id: Set(coop.id),
            region_code: Set(code),
            fee_vnd: Set(fee),
        })
        .exec(&txn)
        .await?;
    }
    crate::backend::audit::record(
        &txn,
        crate::backend::audit::AuditEntry {
            actor_user_id: Some(user.id),
            action: "cooperative.shipping_saved",
            subject_type: Some("cooperative"),
            subject_id: Some(coop.id.to_string()),
            details: serde_json::json!({ "flat_fee_vnd": flat, "cod": f.cod_enabled.is_some() }),
            ip: None,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
