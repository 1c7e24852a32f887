//! Shopping: carts (by user, or by a guest's cookie), each cooperative's shipping rules, checkouts
//! holding one order per cooperative with its items and status history, Stripe events seen (each
//! processed once), the marketplace ledger (commission and what is owed to cooperatives), payouts,
//! and the settings administrators change (commission, payment time, indicative currency rates).

use crate::util::{id, string, string_null, timestamp, timestamp_null};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000010_orders"
    }
}

#[derive(DeriveIden)]
enum Carts {
    Table,
    Id,
    UserId,
    GuestKey,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CartItems {
    Table,
    Id,
    CartId,
    VariantId,
    Quantity,
    PriceSeenVnd,
    AddedAt,
}

#[derive(DeriveIden)]
enum ShippingRules {
    Table,
    CooperativeId,
    FlatFeeVnd,
    FreeAboveVnd,
    InternationalFeeVnd,
    CodEnabled,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ShippingProvinceFees {
    Table,
    CooperativeId,
    RegionCode,
    FeeVnd,
}

#[derive(DeriveIden)]
enum Checkouts {
    Table,
    Id,
    PublicToken,
    IdempotencyKey,
    CartOwner,
    UserId,
    Email,
    Phone,
    Locale,
    Recipient,
    Country,
    RegionCode,
    Ward,
    Street,
    AddressLines,
    Note,
    PaymentMethod,
    Status,
    TotalVnd,
    StripeSessionId,
    StripePaymentIntent,
    PayBy,
    PaidAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Orders {
    Table,
    Id,
    Number,
    CheckoutId,
    CooperativeId,
    Status,
    PaymentMethod,
    SubtotalVnd,
    ShippingVnd,
    TotalVnd,
    Carrier,
    TrackingCode,
    CancelReason,
    RefundedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OrderItems {
    Table,
    Id,
    OrderId,
    VariantId,
    ProductId,
    ProductName,
    VariantLabel,
    Sku,
    UnitPriceVnd,
    Quantity,
}

#[derive(DeriveIden)]
enum OrderEvents {
    Table,
    Id,
    OrderId,
    FromStatus,
    ToStatus,
    Actor,
    Note,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PaymentEvents {
    Table,
    EventId,
    Kind,
    ReceivedAt,
}

#[derive(DeriveIden)]
enum LedgerEntries {
    Table,
    Id,
    OrderId,
    CooperativeId,
    Kind,
    GrossVnd,
    CommissionBp,
    CommissionVnd,
    NetVnd,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Payouts {
    Table,
    Id,
    CooperativeId,
    AmountVnd,
    Reference,
    RecordedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum MarketplaceSettings {
    Table,
    Key,
    Value,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CommissionOverrides {
    Table,
    CooperativeId,
    CommissionBp,
}

#[derive(DeriveIden)]
enum CurrencyRates {
    Table,
    Code,
    VndPerUnitMilli,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Cooperatives {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ProductVariants {
    Table,
    Id,
}

fn big(col: impl IntoIden + 'static) -> ColumnDef {
    ColumnDef::new(col).big_integer().not_null().to_owned()
}

fn big_null(col: impl IntoIden + 'static) -> ColumnDef {
    ColumnDef::new(col).big_integer().null().to_owned()
}

fn fk(
    from: (impl IntoIden + 'static, impl IntoIden + 'static),
    to: (impl IntoIden + 'static, impl IntoIden + 'static),
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(on_delete)
        .to_owned()
}

async fn index(
    m: &SchemaManager<'_>,
    name: &str,
    table: impl IntoIden + 'static,
    cols: Vec<DynIden>,
    unique: bool,
) -> Result<(), DbErr> {
    let mut index = Index::create().name(name).table(table).to_owned();
    for c in cols {
        index.col(c);
    }
    if unique {
        index.unique();
    }
    m.create_index(index).await
}

/// Starting values; administrators change them on the payments page.
const SETTINGS: [(&str, &str); 2] = [
    // 8 % of each order's total, in basis points.
    ("commission_bp", "800"),
    // How long a card checkout holds its stock while the shopper pays.
    ("card_payment_minutes", "60"),
];

/// Indicative rates (VND per unit × 1000) as of November 2026, until administrators set their own.
const RATES: [(&str, i64); 4] = [
    ("USD", 26_300_000),
    ("CNY", 3_700_000),
    ("JPY", 171_000),
    ("KRW", 18_200),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, Restrict, SetNull};

        m.create_table(
            Table::create()
                .table(Carts::Table)
                .col(id(Carts::Id))
                .col(big_null(Carts::UserId))
                .col(string_null(Carts::GuestKey, 64))
                .col(timestamp(Carts::CreatedAt))
                .col(timestamp(Carts::UpdatedAt))
                .foreign_key(&mut fk(
                    (Carts::Table, Carts::UserId),
                    (Users::Table, Users::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "ux_carts_user",
            Carts::Table,
            vec![Carts::UserId.into_iden()],
            true,
        )
        .await?;
        index(
            m,
            "ux_carts_guest",
            Carts::Table,
            vec![Carts::GuestKey.into_iden()],
            true,
        )
        .await?;

        m.create_table(
            Table::create()
                .table(CartItems::Table)
                .col(id(CartItems::Id))
                .col(big(CartItems::CartId))
                .col(big(CartItems::VariantId))
                .col(ColumnDef::new(CartItems::Quantity).integer().not_null())
                .col(big(CartItems::PriceSeenVnd))
                .col(timestamp(CartItems::AddedAt))
                .foreign_key(&mut fk(
                    (CartItems::Table, CartItems::CartId),
                    (Carts::Table, Carts::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (CartItems::Table, CartItems::VariantId),
                    (ProductVariants::Table, ProductVariants::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "ux_cart_items_line",
            CartItems::Table,
            vec![CartItems::CartId.into_iden(), CartItems::VariantId.into_iden()],
            true,
        )
        .await?;

        m.create_table(
            Table::create()
                .table(ShippingRules::Table)
                .col(
                    ColumnDef::new(ShippingRules::CooperativeId)
                        .big_integer()
                        .not_null()
                        .primary_key(),
                )
                .col(big(ShippingRules::FlatFeeVnd))
                .col(big_null(ShippingRules::FreeAboveVnd))
                .col(big_null(ShippingRules::InternationalFeeVnd))
                .col(ColumnDef::new(ShippingRules::CodEnabled).boolean().not_null())
                .col(timestamp(ShippingRules::UpdatedAt))
                .foreign_key(&mut fk(
                    (ShippingRules::Table, ShippingRules::CooperativeId),
                    (Cooperatives::Table, Cooperatives::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(ShippingProvinceFees::Table)
                .col(big(ShippingProvinceFees::CooperativeId))
                .col(string(ShippingProvinceFees::RegionCode, 32))
                .col(big(ShippingProvinceFees::FeeVnd))
                .primary_key(
                    Index::create()
                        .col(ShippingProvinceFees::CooperativeId)
                        .col(ShippingProvinceFees::RegionCode),
                )
                .foreign_key(&mut fk(
                    (ShippingProvinceFees::Table, ShippingProvinceFees::CooperativeId),
                    (Cooperatives::Table, Cooperatives::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Checkouts::Table)
                .col(id(Checkouts::Id))
                .col(string(Checkouts::PublicToken, 64))
                .col(string(Checkouts::IdempotencyKey, 80))
                .col(string(Checkouts::CartOwner, 80))
                .col(big_null(Checkouts::UserId))
                .col(string(Checkouts::Email, 254))
                .col(string(Checkouts::Phone, 32))
                .col(string(Checkouts::Locale, 8))
                .col(string(Checkouts::Recipient, 120))
                .col(string(Checkouts::Country, 2))
                .col(string_null(Checkouts::RegionCode, 32))
                .col(string_null(Checkouts::Ward, 120))
                .col(string_null(Checkouts::Street, 200))
                .col(string_null(Checkouts::AddressLines, 400))
                .col(string_null(Checkouts::Note, 500))
                .col(string(Checkouts::PaymentMethod, 8))
                .col(string(Checkouts::Status, 24))
                .col(big(Checkouts::TotalVnd))
                .col(string_null(Checkouts::StripeSessionId, 255))
                .col(string_null(Checkouts::StripePaymentIntent, 255))
                .col(timestamp_null(Checkouts::PayBy))
                .col(timestamp_null(Checkouts::PaidAt))
                .col(timestamp(Checkouts::CreatedAt))
                .col(timestamp(Checkouts::UpdatedAt))
                .foreign_key(&mut fk(
                    (Checkouts::Table, Checkouts::UserId),
                    (Users::Table, Users::Id),
                    SetNull,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "ux_checkouts_token",
            Checkouts::Table,
            vec![Checkouts::PublicToken.into_iden()],
            true,
        )
        .await?;
        index(
            m,
            "ux_checkouts_idempotency",
            Checkouts::Table,
            vec![Checkouts::IdempotencyKey.into_iden()],
            true,
        )
        .await?;
        index(
            m,
            "ux_checkouts_stripe_session",
            Checkouts::Table,
            vec![Checkouts::StripeSessionId.into_iden()],
            true,
        )
        .await?;
        index(
            m,
            "ix_checkouts_user",
            Checkouts::Table,
            vec![Checkouts::UserId.into_iden()],
            false,
        )
        .await?;
        index(
            m,
            "ix_checkouts_status_pay_by",
            Checkouts::Table,
            vec![Checkouts::Status.into_iden(), Checkouts::PayBy.into_iden()],
            false,
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Orders::Table)
                .col(id(Orders::Id))
                .col(string(Orders::Number, 16))
                .col(big(Orders::CheckoutId))
                .col(big(Orders::CooperativeId))
                .col(string(Orders::Status, 24))
                .col(string(Orders::PaymentMethod, 8))
                .col(big(Orders::SubtotalVnd))
                .col(big(Orders::ShippingVnd))
                .col(big(Orders::TotalVnd))
                .col(string_null(Orders::Carrier, 120))
                .col(string_null(Orders::TrackingCode, 120))
                .col(string_null(Orders::CancelReason, 500))
                .col(timestamp_null(Orders::RefundedAt))
                .col(timestamp(Orders::CreatedAt))
                .col(timestamp(Orders::UpdatedAt))
                .foreign_key(&mut fk(
                    (Orders::Table, Orders::CheckoutId),
                    (Checkouts::Table, Checkouts::Id),
                    Restrict,
                ))
                .foreign_key(&mut fk(
                    (Orders::Table, Orders::CooperativeId),
                    (Cooperatives::Table, Cooperatives::Id),
                    Restrict,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "ux_orders_number",
            Orders::Table,
            vec![Orders::Number.into_iden()],
            true,
        )
        .await?;
        index(
            m,
            "ix_orders_checkout",
            Orders::Table,
            vec![Orders::CheckoutId.into_iden()],
            false,
        )
        .await?;
        index(
            m,
            "ix_orders_cooperative",
            Orders::Table,
            vec![
                Orders::CooperativeId.into_iden(),
                Orders::Status.into_iden(),
                Orders::CreatedAt.into_iden(),
            ],
            false,
        )
        .await?;

        m.create_table(
            Table::create()
                .table(OrderItems::Table)
                .col(id(OrderItems::Id))
                .col(big(OrderItems::OrderId))
                .col(big(OrderItems::VariantId))
                .col(big(OrderItems::ProductId))
                .col(string(OrderItems::ProductName, 200))
                .col(string(OrderItems::VariantLabel, 100))
                .col(string(OrderItems::Sku, 64))
                .col(big(OrderItems::UnitPriceVnd))
                .col(ColumnDef::new(OrderItems::Quantity).integer().not_null())
                // No foreign key to the variant: a seller may delete a variant that was sold; the
                // item keeps its name, label, SKU and price as they were.
                .foreign_key(&mut fk(
                    (OrderItems::Table, OrderItems::OrderId),
                    (Orders::Table, Orders::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "ix_order_items_order",
            OrderItems::Table,
            vec![OrderItems::OrderId.into_iden()],
            false,
        )
        .await?;

        m.create_table(
            Table::create()
                .table(OrderEvents::Table)
                .col(id(OrderEvents::Id))
                .col(big(OrderEvents::OrderId))
                .col(string_null(OrderEvents::FromStatus, 24))
                .col(string(OrderEvents::ToStatus, 24))
                .col(string(OrderEvents::Actor, 16))
                .col(ColumnDef::new(OrderEvents::Note).text().null())
                .col(timestamp(OrderEvents::CreatedAt))
                .foreign_key(&mut fk(
                    (OrderEvents::Table, OrderEvents::OrderId),
                    (Orders::Table, Orders::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "ix_order_events_order",
            OrderEvents::Table,
            vec![OrderEvents::OrderId.into_iden()],
            false,
        )
        .await?;

        m.create_table(
            Table::create()
                .table(PaymentEvents::Table)
                .col(
                    ColumnDef::new(PaymentEvents::EventId)
                        .string_len(255)
                        .not_null()
                        .primary_key(),
                )
                .col(string(PaymentEvents::Kind, 80))
                .col(timestamp(PaymentEvents::ReceivedAt))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(LedgerEntries::Table)
                .col(id(LedgerEntries::Id))
                .col(big(LedgerEntries::OrderId))
                .col(big(LedgerEntries::CooperativeId))
                .col(string(LedgerEntries::Kind, 16))
                .col(big(LedgerEntries::GrossVnd))
                .col(ColumnDef::new(LedgerEntries::CommissionBp).integer().not_null())
                .col(big(LedgerEntries::CommissionVnd))
                .col(big(LedgerEntries::NetVnd))
                .col(timestamp(LedgerEntries::CreatedAt))
                .foreign_key(&mut fk(
                    (LedgerEntries::Table, LedgerEntries::OrderId),
                    (Orders::Table, Orders::Id),
                    Restrict,
                ))
                .foreign_key(&mut fk(
                    (LedgerEntries::Table, LedgerEntries::CooperativeId),
                    (Cooperatives::Table, Cooperatives::Id),
                    Restrict,
                ))
                .to_owned(),
        )
        .await?;
        // One sale and at most one refund per order, however often payment events repeat.
        index(
            m,
            "ux_ledger_order_kind",
            LedgerEntries::Table,
            vec![
                LedgerEntries::OrderId.into_iden(),
                LedgerEntries::Kind.into_iden(),
            ],
            true,
        )
        .await?;
        index(
            m,
            "ix_ledger_cooperative",
            LedgerEntries::Table,
            vec![LedgerEntries::CooperativeId.into_iden()],
            false,
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Payouts::Table)
                .col(id(Payouts::Id))
                .col(big(Payouts::CooperativeId))
                .col(big(Payouts::AmountVnd))
                .col(string(Payouts::Reference, 120))
                .col(big(Payouts::RecordedBy))
                .col(timestamp(Payouts::CreatedAt))
                .foreign_key(&mut fk(
                    (Payouts::Table, Payouts::CooperativeId),
                    (Cooperatives::Table, Cooperatives::Id),
                    Restrict,
                ))
                .foreign_key(&mut fk(
                    (Payouts::Table, Payouts::RecordedBy),
                    (Users::Table, Users::Id),
                    Restrict,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "ix_payouts_cooperative",
            Payouts::Table,
            vec![Payouts::CooperativeId.into_iden()],
            false,
        )
        .await?;

        m.create_table(
            Table::create()
                .table(MarketplaceSettings::Table)
                .col(
                    ColumnDef::new(MarketplaceSettings::Key)
                        .string_len(64)
                        .not_null()
                        .primary_key(),
                )
                .col(string(MarketplaceSettings::Value, 255))
                .col(timestamp(MarketplaceSettings::UpdatedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CommissionOverrides::Table)
                .col(
                    ColumnDef::new(CommissionOverrides::CooperativeId)
                        .big_integer()
                        .not_null()
                        .primary_key(),
                )
                .col(
                    ColumnDef::new(CommissionOverrides::CommissionBp)
                        .integer()
                        .not_null(),
                )
                .foreign_key(&mut fk(
                    (CommissionOverrides::Table, CommissionOverrides::CooperativeId),
                    (Cooperatives::Table, Cooperatives::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CurrencyRates::Table)
                .col(
                    ColumnDef::new(CurrencyRates::Code)
                        .string_len(3)
                        .not_null()
                        .primary_key(),
                )
                .col(big(CurrencyRates::VndPerUnitMilli))
                .col(timestamp(CurrencyRates::UpdatedAt))
                .to_owned(),
        )
        .await?;

        let mut settings = Query::insert()
            .into_table(MarketplaceSettings::Table)
            .columns([
                MarketplaceSettings::Key,
                MarketplaceSettings::Value,
                MarketplaceSettings::UpdatedAt,
            ])
            .to_owned();
        for (k, v) in SETTINGS {
            settings.values_panic([k.into(), v.into(), Expr::current_timestamp().into()]);
        }
        m.exec_stmt(settings).await?;
        let mut rates = Query::insert()
            .into_table(CurrencyRates::Table)
            .columns([
                CurrencyRates::Code,
                CurrencyRates::VndPerUnitMilli,
                CurrencyRates::UpdatedAt,
            ])
            .to_owned();
        for (code, rate) in RATES {
            rates.values_panic([code.into(), rate.into(), Expr::current_timestamp().into()]);
        }
        m.exec_stmt(rates).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            CurrencyRates::Table.into_iden(),
            CommissionOverrides::Table.into_iden(),
            MarketplaceSettings::Table.into_iden(),
            Payouts::Table.into_iden(),
            LedgerEntries::Table.into_iden(),
            PaymentEvents::Table.into_iden(),
            OrderEvents::Table.into_iden(),
            OrderItems::Table.into_iden(),
            Orders::Table.into_iden(),
            Checkouts::Table.into_iden(),
            ShippingProvinceFees::Table.into_iden(),
            ShippingRules::Table.into_iden(),
            CartItems::Table.into_iden(),
            Carts::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
