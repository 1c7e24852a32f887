//! The product taxonomy (seeded by a migration): a tree of categories named in every UI locale.

use crate::i18n::Locale;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "categories")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub code: String,
    pub parent_code: Option<String>,
    pub sort_order: i32,
    pub name_vi: String,
    pub name_en: String,
    pub name_zh_cn: String,
    pub name_ja: String,
    pub name_ko: String,
}

impl Model {
    /// The category's name in `locale`.
    pub fn name(&self, locale: Locale) -> &str {
        match locale {
            Locale::Vi => &self.name_vi,
            Locale::En => &self.name_en,
            Locale::ZhCn => &self.name_zh_cn,
            Locale::Ja => &self.name_ja,
            Locale::Ko => &self.name_ko,
        }
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
