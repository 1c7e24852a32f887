//! `stored_enum!`: a closed set of values stored as text (a status, a kind, a role). It defines
//! the enum with its stored spellings, `ALL`, `as_str` and `parse`, and, on the server, makes it a
//! sea-orm column type (`DeriveActiveEnum`, text on SQLite and PostgreSQL), so an entity column is
//! the enum itself: a row holding anything else fails to load, and the CHECK constraints of
//! migration 15 refuse to store it. It travels (JSON, server functions) as its stored spelling too.

macro_rules! stored_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident => $value:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
        #[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text"))]
        $vis enum $name {
            $(
                $(#[$vmeta])*
                #[serde(rename = $value)]
                #[cfg_attr(feature = "ssr", sea_orm(string_value = $value))]
                $variant,
            )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; [$(stringify!($variant)),+].len()] = [$($name::$variant),+];

            /// The stored spelling.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $value,)+
                }
            }

            /// The value whose stored spelling is `s`.
            pub fn parse(s: &str) -> Option<$name> {
                match s {
                    $($value => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
