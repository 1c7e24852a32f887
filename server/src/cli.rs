//! The command line: `server [serve]`, `server migrate`, `server create-admin --email E`,
//! `server seed-demo`, `server seed-bulk`, `server reindex`.

use crate::config::Config;
use clap::{Parser, Subcommand};
use std::io::{BufRead, IsTerminal};

/// HTX Market: the cooperatives' marketplace.
#[derive(Debug, Parser)]
#[command(name = "server", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the marketplace (the default): migrate the database, start workers, listen.
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Create an administrator, or make an existing account one. The password is read from stdin
    /// (one line) or asked for at the terminal.
    CreateAdmin {
        /// The administrator's email address.
        #[arg(long)]
        email: String,
    },
    /// Fill an empty database with the demo catalog (cooperatives, products, batches), marked as
    /// demo data. Does nothing when the marketplace already has cooperatives.
    SeedDemo,
    /// Add generated products to the demo catalog, for load tests (after seed-demo).
    SeedBulk {
        /// How many products to add.
        #[arg(long, default_value_t = 100_000)]
        products: usize,
        /// How many orders to add after the products (for reporting load tests).
        #[arg(long, default_value_t = 0)]
        orders: usize,
    },
    /// Rebuild the search index from the database and swap it in (searches keep being answered
    /// from the old index meanwhile).
    Reindex,
}

/// Why a command failed; printed as one line.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Config(#[from] crate::config::ConfigError),
    #[error("{0}")]
    Start(#[from] crate::run::StartError),
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("{0}")]
    Input(String),
    #[error("search: {0}")]
    Search(#[from] app::backend::search::SearchError),
}

/// Rebuilds the search index, drawing a progress bar on stderr.
async fn reindex(config: &Config, db: &sea_orm::DatabaseConnection) -> Result<(), CliError> {
    let engine = crate::searching::engine(config).await?;
    let total = app::backend::search::sync::listed_count(db)
        .await
        .map_err(|e| CliError::Input(e.to_string()))?;
    let started = std::time::Instant::now();
    let bar = crate::searching::progress_bar(total);
    bar(0);
    let n = app::backend::search::sync::reindex(db, &engine, &bar).await?;
    if std::io::stderr().is_terminal() {
        eprintln!();
    }
    println!(
        "search index ({}) rebuilt: {n} products in {:.1} s",
        engine.name(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Runs the parsed command.
pub async fn run(cli: Cli) -> Result<(), CliError> {
    let config = Config::from_env()?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => Ok(crate::run::serve(config).await?),
        Command::Migrate => {
            let db = crate::db::connect(&config.database_url).await?;
            crate::db::migrate(&db).await?;
            println!("database is up to date");
            Ok(())
        }
        Command::SeedDemo => {
            let db = crate::db::connect(&config.database_url).await?;
            crate::db::migrate(&db).await?;
            let files = app::backend::storage::FileStore::open(&config.storage)
                .map_err(|e| CliError::Input(format!("file storage: {e}")))?;
            match crate::demo::seed(&db, &files).await {
                Ok(r) => println!(
                    "demo catalog ready: {} cooperatives in {} provinces, {} products, {} batches; \
                     demo sellers log in as {} (and seller02…) with password {}",
                    r.cooperatives,
                    r.regions,
                    r.products,
                    r.batches,
                    r.seller_email,
                    crate::demo::DEMO_PASSWORD
                ),
                Err(crate::demo::SeedError::NotEmpty) => {
                    println!("{}", crate::demo::SeedError::NotEmpty);
                    return Ok(());
                }
                Err(e) => return Err(CliError::Input(e.to_string())),
            }
            reindex(&config, &db).await
        }
        Command::SeedBulk { products, orders } => {
            let db = crate::db::connect(&config.database_url).await?;
            crate::db::migrate(&db).await?;
            let started = std::time::Instant::now();
            let n = crate::demo::seed_bulk(&db, products)
                .await
                .map_err(|e| CliError::Input(e.to_string()))?;
            println!(
                "added {n} generated products in {:.1} s",
                started.elapsed().as_secs_f64()
            );
            if orders > 0 {
                let started = std::time::Instant::now();
                let n = crate::demo::seed_bulk_orders(&db, orders)
                    .await
                    .map_err(|e| CliError::Input(e.to_string()))?;
                println!(
                    "added {n} generated orders in {:.1} s",
                    started.elapsed().as_secs_f64()
                );
            }
            reindex(&config, &db).await
        }
        Command::Reindex => {
            let db = crate::db::connect(&config.database_url).await?;
            crate::db::migrate(&db).await?;
            reindex(&config, &db).await
        }
        Command::CreateAdmin { email } => {
            let password = read_password()?;
            let db = crate::db::connect(&config.database_url).await?;
            crate::db::migrate(&db).await?;
            let id = app::backend::accounts::create_admin(&db, &email, &password)
                .await
                .map_err(|e| CliError::Input(describe(&e)))?;
            println!("administrator {email} ready (user id {id})");
            Ok(())
        }
    }
}

fn read_password() -> Result<String, CliError> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return rpassword::prompt_password("Password for the new administrator (at least 10 characters): ")
            .map_err(|e| CliError::Input(format!("reading the password: {e}")));
    }
    let mut line = String::new();
    stdin
        .lock()
        .read_line(&mut line)
        .map_err(|e| CliError::Input(format!("reading the password: {e}")))?;
    let password = line.trim_end_matches(['\r', '\n']).to_owned();
    if password.is_empty() {
        return Err(CliError::Input("no password given on stdin".to_owned()));
    }
    Ok(password)
}

/// An English one-line description of a refused admin creation, for the terminal.
fn describe(err: &app::error::AppError) -> String {
    match err {
        app::error::AppError::Invalid(fields) => fields
            .iter()
            .map(|f| {
                format!(
                    "{}: {}",
                    f.field,
                    app::i18n::translate(app::i18n::Locale::En, f.key.as_str(), None)
                )
            })
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    }
}
