//! Writes a deterministic ortaq database of N generated projects, for benchmarks:
//!
//!     cargo run --release --example gen -- --projects 100000 --out /tmp/big.db

use std::path::PathBuf;
use std::time::Instant;

use clap::Parser;

#[derive(Parser)]
struct Args {
    /// How many projects.
    #[arg(long, default_value_t = 1_000)]
    projects: u64,
    /// The database to write; it must not exist.
    #[arg(long)]
    out: PathBuf,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let started = Instant::now();
    ortaq::generate::generate(&args.out, args.projects)?;
    eprintln!(
        "wrote {} projects to {} in {:.1?}",
        args.projects,
        args.out.display(),
        started.elapsed()
    );
    Ok(())
}
