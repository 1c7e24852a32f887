//! The administrators' payments desk: each cooperative's balance (what card and delivered
//! cash-on-delivery orders earned it, less commission, less payouts), payouts, and the settings —
//! commission with per-cooperative overrides, time to pay by card, indicative exchange rates.

use super::settings;
use crate::backend::accounts::SessionUser;
use crate::backend::audit::{self, AuditEntry};
use crate::backend::catalog::public::cooperative_names;
use crate::backend::cooperatives::access::require_admin;
use crate::backend::entities::{commission_overrides, cooperatives, currency_rates, ledger_entries, payouts};
use crate::backend::transactions::begin_write;
use crate::error::ErrorId;
use crate::error::{AppError, FieldError};
use crate::i18n::Locale;
use crate::model::orders::{BalanceRow, PaymentsAdmin, PayoutFields, RateRow, SettingsFields};
use chrono::Utc;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set};
use std::collections::{BTreeMap, HashMap};

/// The most commission the marketplace may take: 50 %.
pub const MAX_COMMISSION_BP: i32 = 5_000;

/// "8", "8.5" or "8,25" (percent) → basis points.
pub fn parse_percent(input: &str) -> Option<i32> {
    let s = input.trim().trim_end_matches('%').trim().replace(',', ".");
    let (whole, frac) = s.split_once('.').unwrap_or((&s, ""));
    if whole.is_empty() || frac.len() > 2 || !whole.chars().chain(frac.chars()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let whole: i32 = whole.parse().ok()?;
    let frac: i32 = format!("{frac:0<2}").parse().ok()?;
    let bp = whole.checked_mul(100)?.checked_add(frac)?;
    (0..=MAX_COMMISSION_BP).contains(&bp).then_some(bp)
}

/// "26300", "26.300" is not accepted (ambiguous); "18.2" or "18,2" VND per unit → ×1000.
pub fn parse_rate(input: &str) -> Option<i64> {
    let s = input.trim().replace(',', ".");
    let (whole, frac) = s.split_once('.').unwrap_or((&s, ""));
    if whole.is_empty() || frac.len() > 3 || !whole.chars().chain(frac.chars()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let milli = whole.parse::<i64>().ok()?.checked_mul(1000)? + format!("{frac:0<3}").parse::<i64>().ok()?;
    (1..=1_000_000_000_000).contains(&milli).then_some(milli)
}

/// Everything the payments page shows.
pub async fn overview(
    db: &DatabaseConnection,
    user: &SessionUser,
    locale: Locale,
) -> Result<PaymentsAdmin, AppError> {
    require_admin(user)?;
    let entries = ledger_entries::Entity::find().all(db).await?;
    let paid = payouts::Entity::find()
        .order_by_desc(payouts::Column::Id)
        .all(db)
        .await?;
    let overrides: HashMap<i64, i32> = commission_overrides::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.cooperative_id, o.commission_bp))
        .collect();
    let mut ids: Vec<i64> = entries.iter().map(|e| e.cooperative_id).collect();
    ids.extend(paid.iter().map(|p| p.cooperative_id));
    ids.extend(overrides.keys());
    let coops = cooperatives::Entity::find()
        .filter(
            cooperatives::Column::Status
                .eq("approved")
                .or(cooperatives::Column::Id.is_in(ids)),
        )
        .order_by_asc(cooperatives::Column::Id)
        .all(db)
        .await?;
    let names = cooperative_names(db, &coops, locale).await?;
    let balances = coops
        .iter()
        .map(|c| {
            let mine = entries.iter().filter(|e| e.cooperative_id == c.id);
            let (gross, commission, net) = mine.fold((0, 0, 0), |(g, k, n), e| {
                (g + e.gross_vnd, k + e.commission_vnd, n + e.net_vnd)
            });
            let paid_out: i64 = paid
                .iter()
                .filter(|p| p.cooperative_id == c.id)
                .map(|p| p.amount_vnd)
                .sum();
            BalanceRow {
                cooperative_id: c.id,
                cooperative_name: names.get(&c.id).cloned().unwrap_or_default(),
                gross_vnd: gross,
                commission_vnd: commission,
                net_vnd: net,
                paid_out_vnd: paid_out,
                owed_vnd: net - paid_out,
                override_bp: overrides.get(&c.id).copied(),
            }
        })
        .collect();
    let rates = currency_rates::Entity::find()
        .order_by_asc(currency_rates::Column::Code)
        .all(db)
        .await?
        .into_iter()
        .map(|r| RateRow {
            code: r.code,
            vnd_per_unit_milli: r.vnd_per_unit_milli,
            updated_at: r.updated_at,
        })
        .collect();
    Ok(PaymentsAdmin {
        featured: featured_lines(db).await?,
        commission_bp: settings::commission_bp_default(db).await?,
        card_payment_minutes: settings::card_payment_minutes(db).await?,
        rates,
        balances,
        payouts: paid
            .into_iter()
            .take(50)
            .map(|p| crate::model::orders::PayoutRow {
                cooperative_name: names.get(&p.cooperative_id).cloned().unwrap_or_default(),
                amount_vnd: p.amount_vnd,
                reference: p.reference,
                at: p.created_at,
            })
            .collect(),
    })
}

/// Saves the commission, card payment time and exchange rates.
pub async fn save_settings(
    db: &DatabaseConnection,
    user: &SessionUser,
    f: &SettingsFields,
) -> Result<(), AppError> {
    require_admin(user)?;
    let mut errors = vec![];
    let bp = parse_percent(&f.commission_percent);
    if bp.is_none() {
        errors.push(FieldError::new("commission_percent", ErrorId::Percent));
    }
    let minutes = f
        .card_payment_minutes
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|m| (settings::MIN_CARD_MINUTES..=1440).contains(m));
    if minutes.is_none() {
        errors.push(FieldError::new("card_payment_minutes", ErrorId::CardMinutes));
    }
    let mut rates = BTreeMap::new();
    for (code, value) in &f.rates {
        if !["USD", "CNY", "JPY", "KRW"].contains(&code.as_str()) {
            return Err(AppError::Refused(ErrorId::FormTampered));
        }
        match parse_rate(value) {
            Some(r) => {
                rates.insert(code.clone(), r);
            }
            None => errors.push(FieldError::new(&format!("rate_{code}"), ErrorId::Rate)),
        }
    }
    let (Some(bp), Some(minutes), true) = (bp, minutes, errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };
    let now = Utc::now();
    let txn = begin_write(db).await?;
    for (key, value) in [
        ("commission_bp", bp.to_string()),
        ("card_payment_minutes", minutes.to_string()),
    ] {
        settings::put(&txn, key, value).await?;
    }
    for (code, milli) in &rates {
        currency_rates::Entity::insert(currency_rates::ActiveModel {
            code: Set(code.clone()),
            vnd_per_unit_milli: Set(*milli),
            updated_at: Set(now),
        })
        .on_conflict(
            OnConflict::column(currency_rates::Column::Code)
                .update_columns([
                    currency_rates::Column::VndPerUnitMilli,
                    currency_rates::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec(&txn)
        .await?;
    }
    audit::record(
        &txn,
        AuditEntry {
            actor_user_id: Some(user.id),
            action: "marketplace.settings_saved",
            subject_type: None,
            subject_id: None,
            details: serde_json::json!({ "commission_bp": bp, "card_payment_minutes": minutes, "rates": rates }),
            ip: None,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Sets the products featured on the home page from product addresses or slugs, one per line
/// (blank clears the list). Every line must name a product shoppers can see.
pub async fn save_featured(db: &DatabaseConnection, user: &SessionUser, lines: &str) -> Result<(), AppError> {
    use crate::backend::entities::product_translations;
    require_admin(user)?;
    let slugs: Vec<String> = lines
        .lines()
        .map(|l| l.trim().trim_end_matches('/'))
        .filter(|l| !l.is_empty())
        .map(|l| l.rsplit('/').next().unwrap_or(l).to_owned())
        .collect();
    if slugs.len() > settings::MAX_FEATURED {
        return Err(AppError::invalid("featured", ErrorId::FeaturedTooMany));
    }
    let mut ids: Vec<i64> = vec![];
    for slug in &slugs {
        let found = product_translations::Entity::find()
            .filter(product_translations::Column::Slug.eq(slug.as_str()))
            .one(db)
            .await?;
        let visible = match found {
            Some(t) => crate::backend::catalog::public::visible()
                .filter(crate::backend::entities::products::Column::Id.eq(t.product_id))
                .one(db)
                .await?
                .map(|p| p.id),
            None => None,
        };
        match visible {
            Some(id) if !ids.contains(&id) => ids.push(id),
            Some(_) => {}
            None => return Err(AppError::invalid("featured", ErrorId::FeaturedUnknown)),
        }
    }
    let value = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let txn = begin_write(db).await?;
    settings::put(&txn, "featured_products", value).await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_user_id: Some(user.id),
            action: "marketplace.featured_saved",
            subject_type: None,
            subject_id: None,
            details: serde_json::json!({ "products": ids }),
            ip: None,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The featured products as the form shows them: their Vietnamese slugs, one per line.
pub async fn featured_lines(db: &DatabaseConnection) -> Result<String, AppError> {
    use crate::backend::entities::product_translations;
    let ids = settings::featured_ids(db).await?;
    let mut lines = vec![];
    for id in ids {
        if let Some(t) = product_translations::Entity::find()
            .filter(product_translations::Column::ProductId.eq(id))
            .filter(product_translations::Column::Locale.eq("vi"))
            .one(db)
            .await?
        {
            lines.push(t.slug);
        }
    }
    Ok(lines.join("\n"))
}

/// Sets (or, blank, removes) a cooperative's own commission.
pub async fn set_override(
    db: &DatabaseConnection,
    user: &SessionUser,
    cooperative_id: i64,
    percent: &str,
) -> Result<(), AppError> {
    require_admin(user)?;
    let bp = if percent.trim().is_empty() {
        None
    } else {
        Some(parse_percent(percent).ok_or_else(|| AppError::invalid("percent", ErrorId::Percent))?)
    };
    let txn = begin_write(db).await?;
    cooperatives::Entity::find_by_id(cooperative_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    commission_overrides::Entity::delete_by_id(cooperative_id)
        .exec(&txn)
        .await?;
    if let Some(bp) = bp {
        commission_overrides::Entity::insert(commission_overrides::ActiveModel {
            cooperative_id: Set(cooperative_id),
            commission_bp: Set(bp),
        })
        .exec(&txn)
        .await?;
    }
    audit::record(
        &txn,
        AuditEntry {
            actor_user_id: Some(user.id),
            action: "cooperative.commission_set",
            subject_type: Some("cooperative"),
            subject_id: Some(cooperative_id.to_string()),
            details: serde_json::json!({ "commission_bp": bp }),
            ip: None,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Records money paid to a cooperative; never more than it is owed.
pub async fn record_payout(
    db: &DatabaseConnection,
    user: &SessionUser,
    f: &PayoutFields,
) -> Result<(), AppError> {
    require_admin(user)?;
    let amount = crate::domain::catalog::parse_price(&f.amount)
        .ok()
        .filter(|a| *a > 0)
        .ok_or_else(|| AppError::invalid("amount", ErrorId::PayoutAmount))?;
    let reference = crate::domain::checkout::parse_text(&f.reference, 120, true)
        .map_err(|p| AppError::invalid("reference", p.message_key()))?
        .unwrap_or_default();
    let txn = begin_write(db).await?;
    let coop = cooperatives::Entity::find_by_id(f.cooperative_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let (_, _, owed) = super::ledger::balance(&txn, coop.id).await?;
    if amount > owed {
        return Err(AppError::invalid("amount", ErrorId::PayoutTooMuch));
    }
    payouts::Entity::insert(payouts::ActiveModel {
        cooperative_id: Set(coop.id),
        amount_vnd: Set(amount),
        reference: Set(reference.clone()),
        recorded_by: Set(user.id),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_user_id: Some(user.id),
            action: "cooperative.payout_recorded",
            subject_type: Some("cooperative"),
            subject_id: Some(coop.id.to_string()),
            details: serde_json::json!({ "amount_vnd": amount, "reference": reference }),
            ip: None,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_become_basis_points() {
        assert_eq!(parse_percent("8"), Some(800));
        assert_eq!(parse_percent("8.5"), Some(850));
        assert_eq!(parse_percent("8,25 %"), Some(825));
        assert_eq!(parse_percent("0"), Some(0));
        assert_eq!(parse_percent("50"), Some(5000));
        for bad in ["51", "-1", "8.125", "abc", "", ".5"] {
            assert_eq!(parse_percent(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn rates_keep_three_decimals() {
        assert_eq!(parse_rate("26300"), Some(26_300_000));
        assert_eq!(parse_rate("18,2"), Some(18_200));
        assert_eq!(parse_rate("170.525"), Some(170_525));
        for bad in ["0", "-3", "1.2345", "x", ""] {
            assert_eq!(parse_rate(bad), None, "{bad:?}");
        }
    }
}
