//! Vietnam's provincial-level units as of 1 July 2025 (6 centrally run cities and 28 provinces, after
//! the 2025 merger), with their names in the five UI languages. Cooperatives, shipping addresses and
//! reports refer to them by `code`.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000003_regions"
    }
}

#[derive(DeriveIden)]
enum Regions {
    Table,
    Code,
    Kind,
    SortOrder,
    NameVi,
    NameEn,
    NameZhCn,
    NameJa,
    NameKo,
}

/// (code, kind, vi, en, zh-CN, ja, ko), north to south within each kind.
const UNITS: [(&str, &str, &str, &str, &str, &str, &str); 34] = [
    ("ha-noi", "city", "Hà Nội", "Hanoi", "河内", "ハノイ", "하노이"),
    (
        "hai-phong",
        "city",
        "Hải Phòng",
        "Hai Phong",
        "海防",
        "ハイフォン",
        "하이퐁",
    ),
    ("hue", "city", "Huế", "Hue", "顺化", "フエ", "후에"),
    ("da-nang", "city", "Đà Nẵng", "Da Nang", "岘港", "ダナン", "다낭"),
    (
        "ho-chi-minh",
        "city",
        "Thành phố Hồ Chí Minh",
        "Ho Chi Minh City",
        "胡志明市",
        "ホーチミン市",
        "호찌민시",
    ),
    (
        "can-tho",
        "city",
        "Cần Thơ",
        "Can Tho",
        "芹苴",
        "カントー",
        "껀터",
    ),
    (
        "lai-chau",
        "province",
        "Lai Châu",
        "Lai Chau",
        "莱州",
        "ライチャウ",
        "라이쩌우",
    ),
    (
        "dien-bien",
        "province",
        "Điện Biên",
        "Dien Bien",
        "奠边",
        "ディエンビエン",
        "디엔비엔",
    ),
    ("son-la", "province", "Sơn La", "Son La", "山罗", "ソンラ", "선라"),
    (
        "lao-cai",
        "province",
        "Lào Cai",
        "Lao Cai",
        "老街",
        "ラオカイ",
        "라오까이",
    ),
    (
        "tuyen-quang",
        "province",
        "Tuyên Quang",
        "Tuyen Quang",
        "宣光",
        "トゥエンクアン",
        "뚜옌꽝",
    ),
    (
        "cao-bang",
        "province",
        "Cao Bằng",
        "Cao Bang",
        "高平",
        "カオバン",
        "까오방",
    ),
    (
        "lang-son",
        "province",
        "Lạng Sơn",
        "Lang Son",
        "谅山",
        "ランソン",
        "랑선",
    ),
    (
        "thai-nguyen",
        "province",
        "Thái Nguyên",
        "Thai Nguyen",
        "太原",
        "タイグエン",
        "타이응우옌",
    ),
    (
        "phu-tho",
        "province",
        "Phú Thọ",
        "Phu Tho",
        "富寿",
        "フート",
        "푸토",
    ),
    (
        "quang-ninh",
        "province",
        "Quảng Ninh",
        "Quang Ninh",
        "广宁",
        "クアンニン",
        "꽝닌",
    ),
    (
        "bac-ninh",
        "province",
        "Bắc Ninh",
        "Bac Ninh",
        "北宁",
        "バクニン",
        "박닌",
    ),
    (
        "hung-yen",
        "province",
        "Hưng Yên",
        "Hung Yen",
        "兴安",
        "フンイエン",
        "흥옌",
    ),
    (
        "ninh-binh",
        "province",
        "Ninh Bình",
        "Ninh Binh",
        "宁平",
        "ニンビン",
        "닌빈",
    ),
    (
        "thanh-hoa",
        "province",
        "Thanh Hóa",
        "Thanh Hoa",
        "清化",
        "タインホア",
        "타인호아",
    ),
    (
        "nghe-an",
        "province",
        "Nghệ An",
        "Nghe An",
        "乂安",
        "ゲアン",
        "응에안",
    ),
    (
        "ha-tinh",
        "province",
        "Hà Tĩnh",
        "Ha Tinh",
        "河静",
        "ハティン",
        "하띤",
    ),
    (
        "quang-tri",
        "province",
        "Quảng Trị",
        "Quang Tri",
        "广治",
        "クアンチ",
        "꽝찌",
    ),
    (
        "quang-ngai",
        "province",
        "Quảng Ngãi",
        "Quang Ngai",
        "广义",
        "クアンガイ",
        "꽝응아이",
    ),
    (
        "gia-lai",
        "province",
        "Gia Lai",
        "Gia Lai",
        "嘉莱",
        "ザライ",
        "잘라이",
    ),
    (
        "dak-lak",
        "province",
        "Đắk Lắk",
        "Dak Lak",
        "多乐",
        "ダクラク",
        "닥락",
    ),
    (
        "khanh-hoa",
        "province",
        "Khánh Hòa",
        "Khanh Hoa",
        "庆和",
        "カインホア",
        "카인호아",
    ),
    (
        "lam-dong",
        "province",
        "Lâm Đồng",
        "Lam Dong",
        "林同",
        "ラムドン",
        "럼동",
    ),
    (
        "dong-nai",
        "province",
        "Đồng Nai",
        "Dong Nai",
        "同奈",
        "ドンナイ",
        "동나이",
    ),
    (
        "tay-ninh",
        "province",
        "Tây Ninh",
        "Tay Ninh",
        "西宁",
        "タイニン",
        "떠이닌",
    ),
    (
        "dong-thap",
        "province",
        "Đồng Tháp",
        "Dong Thap",
        "同塔",
        "ドンタップ",
        "동탑",
    ),
    (
        "vinh-long",
        "province",
        "Vĩnh Long",
        "Vinh Long",
        "永隆",
        "ヴィンロン",
        "빈롱",
    ),
    (
        "an-giang",
        "province",
        "An Giang",
        "An Giang",
        "安江",
        "アンザン",
        "안장",
    ),
    (
        "ca-mau",
        "province",
        "Cà Mau",
        "Ca Mau",
        "金瓯",
        "カマウ",
        "까마우",
    ),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Regions::Table)
                .col(
                    ColumnDef::new(Regions::Code)
                        .string_len(32)
                        .not_null()
                        .primary_key(),
                )
                .col(ColumnDef::new(Regions::Kind).string_len(16).not_null())
                .col(ColumnDef::new(Regions::SortOrder).integer().not_null())
                .col(ColumnDef::new(Regions::NameVi).string_len(64).not_null())
                .col(ColumnDef::new(Regions::NameEn).string_len(64).not_null())
                .col(ColumnDef::new(Regions::NameZhCn).string_len(64).not_null())
                .col(ColumnDef::new(Regions::NameJa).string_len(64).not_null())
                .col(ColumnDef::new(Regions::NameKo).string_len(64).not_null())
                .to_owned(),
        )
        .await?;
        let mut insert = Query::insert()
            .into_table(Regions::Table)
            .columns([
                Regions::Code,
                Regions::Kind,
                Regions::SortOrder,
                Regions::NameVi,
                Regions::NameEn,
                Regions::NameZhCn,
                Regions::NameJa,
                Regions::NameKo,
            ])
            .to_owned();
        for (i, (code, kind, vi, en, zh, ja, ko)) in UNITS.iter().enumerate() {
            insert.values_panic([
                (*code).into(),
                (*kind).into(),
                (i as i32).into(),
                (*vi).into(),
                (*en).into(),
                (*zh).into(),
                (*ja).into(),
                (*ko).into(),
            ]);
        }
        m.exec_stmt(insert).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Regions::Table).to_owned()).await
    }
}

#[cfg(test)]
mod tests {
    use super::UNITS;
    use std::collections::HashSet;

    #[test]
    fn thirty_four_distinct_units() {
        let codes: HashSet<_> = UNITS.iter().map(|u| u.0).collect();
        assert_eq!(codes.len(), 34);
        assert_eq!(UNITS.iter().filter(|u| u.1 == "city").count(), 6);
        assert_eq!(UNITS.iter().filter(|u| u.1 == "province").count(), 28);
        for u in UNITS {
            assert!(u.0.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", u.0);
            for name in [u.2, u.3, u.4, u.5, u.6] {
                assert!(!name.trim().is_empty(), "{}", u.0);
            }
        }
    }
}
