//! The command line: arguments (clap) and the non-interactive commands. `ortaq` with no
//! command opens the terminal interface.

mod access;
mod agenda;
mod agreements;
mod commands;
mod digest;
mod files;
pub(crate) mod help;
mod install;
mod listings;
mod meetings;
mod output;
mod records;
mod replication;
mod update;

use std::path::PathBuf;

use clap::{Args, FromArgMatches, Parser, Subcommand, ValueEnum};

pub use crate::report::Format;

pub use commands::{open_store, run};
pub use help::command;

/// The arguments of this run, parsed by the command line of the language spoken (set
/// it first): `--help` and clap's errors exit here, as `Cli::parse` would.
pub fn parse() -> Cli {
    let parsed = command()
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    match parsed {
        Ok(cli) => cli,
        Err(error) => match help::error_text(&error) {
            Some(text) => {
                eprint!("{text}");
                std::process::exit(2)
            }
            None => error.exit(),
        },
    }
}

/// An error as one line in the language spoken: each link of the chain (`context:
/// cause`), typed errors of the domain and the store rendered by [`crate::i18n::error`].
pub fn error_line(error: &anyhow::Error) -> String {
    crate::i18n::error::chain(error)
}

/// The language asked for with `--lang` (`--lang ru`, `--lang=ru`), read before the
/// arguments are parsed, so that `--help` and parse errors are in that language too.
pub fn lang_flag(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<String> {
    let args: Vec<String> = args.into_iter().map(|a| a.to_string_lossy().into_owned()).collect();
    args.iter().enumerate().find_map(|(i, arg)| {
        if arg == "--" {
            return None;
        }
        match arg.strip_prefix("--lang") {
            Some("") => args.get(i + 1).cloned(),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        }
    })
}

/// Keyboard-driven tracker for joint Kazakhstan–Uzbekistan industrial projects.
///
/// Run with no command to open the terminal interface.
#[derive(Debug, Parser)]
#[command(name = "ortaq", version = install::version_line(), about, long_about = None)]
pub struct Cli {
    /// The database file (default: ortaq.db in your data directory).
    #[arg(long, global = true, env = "ORTAQ_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// When the database is created now, leave it empty instead of loading the seed.
    #[arg(long, global = true)]
    pub empty: bool,

    /// The language of the interface and of printed text: en or ru (default: ORTAQ_LANG,
    /// then the locale, LC_ALL / LC_MESSAGES / LANG). Machine formats (JSON, CSV) are the
    /// same in every language.
    #[arg(long, global = true, value_name = "LANG", value_parser = ["en", "ru"], ignore_case = true)]
    pub lang: Option<String>,

    /// Open the database read-only.
    #[arg(long, global = true)]
    pub read_only: bool,

    /// Let the interface capture the mouse (off by default, so text can be selected).
    #[arg(long)]
    pub mouse: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List projects, filtered, searched and sorted.
    List(ListArgs),
    /// Show one project in full: fields, updates and sources.
    Show {
        /// Id (`12`) or an unambiguous fragment of the name.
        project: String,
        /// The output format.
        #[arg(long, value_parser = formats(&DATA_FORMATS), default_value = "text")]
        format: Format,
    },
    /// Add a project.
    Add(Box<AddArgs>),
    /// Change fields of a project: `ortaq set angren investment=12.5m status=operating`.
    Set {
        /// Id (`12`) or an unambiguous fragment of the name.
        project: String,
        /// FIELD=VALUE pairs; an empty value clears the field.
        #[arg(required = true, value_name = "FIELD=VALUE")]
        assignments: Vec<String>,
        /// Refuse the change unless the project is still at this version.
        #[arg(long, value_name = "N")]
        if_version: Option<i64>,
        /// The source of the figures set (status, investment, jobs): its id or a fragment
        /// of its publisher or title. A figure set without it loses its old source.
        #[arg(long, allow_hyphen_values = true)]
        source: Option<String>,
    },
    /// Delete a project (it stays in the history and can be restored).
    Delete {
        /// Id (`12`) or an unambiguous fragment of the name.
        project: String,
    },
    /// Restore a deleted project.
    Restore {
        /// The project's id (`12` or `#12`), as `history` or `list --format json` shows it.
        #[arg(value_parser = parse_project_id)]
        id: i64,
    },
    /// Undo your last change (read from the audit log, so it works across restarts).
    Undo {
        /// Step past your last change when it cannot be undone (someone changed it since,
        /// or deleted or restored its project): the next undo takes the change before it.
        #[arg(long)]
        skip: bool,
    },
    /// Redo your last undo.
    Redo,
    /// Add a dated update to a project.
    Note {
        /// Id (`12`) or an unambiguous fragment of the name.
        project: String,
        /// What happened.
        #[arg(allow_hyphen_values = true)]
        text: String,
        /// The date it happened, as precise and as sure as known: 2024-07-12, 12.07.2024, 2024-07, 2024, autumn 2024,
        /// early 2024, Q1 2024, not before 09.2024, about 2024, 09.2024–12.2024, today.
        #[arg(long, default_value = "today")]
        date: String,
        /// The source: its id or a fragment of its publisher or title.
        #[arg(long, allow_hyphen_values = true)]
        source: Option<String>,
    },
    /// Show the audit trail of a project: time, author, field, old -> new.
    History {
        /// Id (`12`) or an unambiguous fragment of the name.
        project: String,
        /// The output format.
        #[arg(long, value_parser = formats(&DATA_FORMATS), default_value = "text")]
        format: Format,
    },
    /// Print the summary table, with tracked against reported figures.
    Summary(SummaryArgs),
    /// What was entered in a window of time: the portfolio then and now, new, deleted
    /// and restored projects, status and figure changes, new updates, the authors.
    Digest(DigestArgs),
    /// Write the whole portfolio as JSON (sources, projects with updates, reported
    /// figures), the projects as CSV, the projects and sources as an Excel workbook
    /// (xlsx: with -o FILE, or redirected), or the located projects as GeoJSON.
    Export {
        /// The file format: JSON carries everything, CSV the projects only, xlsx the
        /// projects and the sources, GeoJSON (RFC 7946) the projects with a location.
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// Write to this file instead of standard output (never over a database).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace the output file if it exists.
        #[arg(long, requires = "output")]
        force: bool,
    },
    /// Add what a CSV, JSON or spreadsheet (xlsx, xls, ods: the sheet holding projects)
    /// file holds: all of it or nothing. With --update, take its rows as corrections of
    /// the projects they name.
    Import(Box<ImportArgs>),
    /// Copy the database safely while others use it.
    Backup {
        /// The file to write the copy to (`-`: standard output, the only form over SSH).
        path: PathBuf,
    },
    /// Check the database's integrity, foreign keys and search index.
    Check {
        /// Rebuild the search index if it is out of step with the projects.
        #[arg(long)]
        repair: bool,
    },
    /// List or add sources.
    #[command(subcommand)]
    Source(SourceCommand),
    /// List, add, remove or correct officially reported portfolio figures.
    #[command(subcommand)]
    Indicator(IndicatorCommand),
    /// The commission's meetings: list, add, show, set.
    #[command(subcommand)]
    Meeting(meetings::MeetingCommand),
    /// What the meetings agreed (поручения), tracked to their due dates: list, add, show, set, note.
    #[command(subcommand)]
    Agreement(agreements::AgreementCommand),
    /// The pack for a meeting: agreements due by it (overdue first), what changed since the
    /// previous meeting, the summary with tracked against reported, the sources cited.
    Agenda(agenda::AgendaArgs),
    /// Print a shell completion script: `source <(ortaq completions bash)`.
    Completions {
        /// bash, zsh, fish, powershell (or elvish).
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `ortaq manpage | man -l -`.
    Manpage,
    /// Who may use this database over SSH, and as what: one service account, a key per person.
    #[command(subcommand)]
    Access(access::AccessCommand),
    /// The command each person's key runs in authorized_keys (written by `access`).
    #[command(hide = true)]
    Serve {
        /// The authorized_keys file the person's line is in (rewritten by admins' `access` commands).
        #[arg(long, value_name = "PATH")]
        authorized_keys: Option<std::path::PathBuf>,
        /// The fingerprint of the key the line is for: served only while it is still the
        /// person's key.
        #[arg(long, value_name = "FINGERPRINT")]
        key: Option<String>,
        /// The person: their role and name come from the database.
        name: String,
    },
}

/// A project's id (`12`, `#12`); anything else is said to be not one, in the language
/// spoken (`restore Тараз` asks for the number, not the name).
fn parse_project_id(text: &str) -> Result<i64, String> {
    crate::domain::reference::parse_id(text).ok_or_else(|| crate::tr!("cli-restore-needs-id", given = text))
}

#[derive(Debug, Args, Default)]
pub struct Filters {
    /// Only this status (repeatable): proposed, agreed, construction, operating, suspended, cancelled.
    #[arg(long)]
    pub status: Vec<String>,
    /// Only this country (repeatable): KZ, UZ, KZ+UZ.
    #[arg(long)]
    pub country: Vec<String>,
    /// Only this sector (repeatable).
    #[arg(long, allow_hyphen_values = true)]
    pub sector: Vec<String>,
}

/// Where a document goes: its format, and a file or standard output.
#[derive(Debug, Args)]
pub struct Output {
    /// The output format (xlsx: to a file with -o FILE, or redirected: > report.xlsx).
    #[arg(long, value_parser = formats(&Format::ALL), default_value = "text")]
    pub format: Format,
    /// Write to this file instead of standard output (never over a database).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the output file if it exists.
    #[arg(long, requires = "output")]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filters: Filters,
    /// Words that must occur in the name, region, sector or partners.
    #[arg(long, allow_hyphen_values = true)]
    pub search: Option<String>,
    /// Sort by: name, location, sector, status, investment, jobs, updated, id.
    #[arg(long, default_value = "name")]
    pub sort: String,
    /// Reverse the order.
    #[arg(long)]
    pub reverse: bool,
    /// Where the document goes (--format, --output, --force).
    #[command(flatten)]
    pub to: Output,
}

/// `import`: the file, how to read it, and (with `--update`) how to apply it.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file to read: .csv, .json, .xlsx, .xls or .ods.
    pub file: PathBuf,
    /// The file's format (default: from its extension); xlsx also reads xls and ods.
    #[arg(long, value_enum)]
    pub format: Option<ExchangeFormat>,
    /// Import projects even if a live project has the same name, or the file names
    /// one twice.
    #[arg(long, conflicts_with = "update")]
    pub allow_duplicates: bool,
    /// The sheet of a workbook to read, by name (needed when several sheets hold
    /// projects; a hidden sheet is read only when named).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// The unit of investment figures whose column header gives none.
    #[arg(long, value_enum)]
    pub unit: Option<MoneyUnit>,
    /// Take the rows as corrections of the projects they name (by the id column, else
    /// by name in either language): the changed cells are written as one edit per
    /// project, and one `undo` takes back the whole import. CSV and workbooks.
    #[arg(long)]
    pub update: bool,
    /// With --update: print what would change, cell by cell, and write nothing.
    #[arg(long, requires = "update")]
    pub dry_run: bool,
    /// With --update: also apply the rows of projects changed since the file was written
    /// (its updated_at column), over those changes.
    #[arg(long, requires = "update")]
    pub force: bool,
    /// With --update: an empty cell clears the value (without it, it leaves it as it is).
    #[arg(long, requires = "update")]
    pub clear_empty: bool,
    /// With --update: add the rows that name no project as new projects (without it,
    /// they are listed and skipped).
    #[arg(long, requires = "update")]
    pub add_new: bool,
    /// With --update: the source of the figures the file changes (status, investment,
    /// jobs): its id or a fragment of its publisher or title. A figure changed without it
    /// loses its old source.
    #[arg(long, requires = "update", allow_hyphen_values = true)]
    pub source: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The project's name.
    #[arg(long, allow_hyphen_values = true)]
    pub name: String,
    /// Its name in Russian.
    #[arg(long, allow_hyphen_values = true)]
    pub name_ru: Option<String>,
    /// KZ, UZ or KZ+UZ.
    #[arg(long, allow_hyphen_values = true)]
    pub country: Option<String>,
    /// Where it is: region or city.
    #[arg(long, allow_hyphen_values = true)]
    pub region: Option<String>,
    /// The industry.
    #[arg(long, allow_hyphen_values = true)]
    pub sector: Option<String>,
    /// proposed, agreed, construction, operating, suspended or cancelled.
    #[arg(long, allow_hyphen_values = true)]
    pub status: Option<String>,
    /// US dollars: 3400000000, $3.4bn, 217 million, 850k, 217 млн.
    #[arg(long, allow_hyphen_values = true)]
    pub investment: Option<String>,
    /// Jobs the project plans to create.
    #[arg(long, allow_hyphen_values = true)]
    pub jobs_planned: Option<String>,
    /// Jobs created so far.
    #[arg(long, allow_hyphen_values = true)]
    pub jobs_created: Option<String>,
    /// The companies and agencies involved.
    #[arg(long, allow_hyphen_values = true)]
    pub partners: Option<String>,
    /// When work began: 2024-07-12, 12.07.2024, 2024-07, 2024.
    #[arg(long, allow_hyphen_values = true)]
    pub started: Option<String>,
    /// When work ended, as precise as known.
    #[arg(long, allow_hyphen_values = true)]
    pub completed: Option<String>,
    /// What the project makes or does.
    #[arg(long, allow_hyphen_values = true)]
    pub description: Option<String>,
    /// The source of the figures: its id or a fragment of its publisher or title.
    #[arg(long, allow_hyphen_values = true)]
    pub source: Option<String>,
}

#[derive(Debug, Args)]
pub struct SummaryArgs {
    /// Group by status, country or sector, or two of them: --by country,status.
    #[arg(long, default_value = "status", value_delimiter = ',')]
    pub by: Vec<String>,
    /// Where the document goes (--format, --output, --force).
    #[command(flatten)]
    pub to: Output,
    /// Draw the text table with ASCII only.
    #[arg(long)]
    pub ascii: bool,
    /// Compare with the figures reported by this date: a figure counts when the earliest day its date may stand for
    /// is on or before the last day of this one (early 2024 counts by 2024-01-01).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Show the reported figures over time instead.
    #[arg(long)]
    pub trend: bool,
    #[command(flatten)]
    pub filters: Filters,
}

#[derive(Debug, Args)]
pub struct DigestArgs {
    /// From when: 2024-10-22, 22.10.2024, today, 7d, 2w, or an RFC 3339 time.
    #[arg(long, value_name = "WHEN")]
    pub since: String,
    /// Up to when (default: now), in the same forms.
    #[arg(long, value_name = "WHEN")]
    pub until: Option<String>,
    /// Where the document goes (--format, --output, --force).
    #[command(flatten)]
    pub to: Output,
    #[command(flatten)]
    pub filters: Filters,
}

#[derive(Debug, Subcommand)]
pub enum SourceCommand {
    /// List the sources.
    List,
    /// Add a source.
    Add {
        /// Who published it: a ministry, an agency, a newspaper.
        #[arg(long, allow_hyphen_values = true)]
        publisher: String,
        /// The title of the publication.
        #[arg(long, allow_hyphen_values = true)]
        title: String,
        /// Where it can be read: a web address.
        #[arg(long, allow_hyphen_values = true)]
        url: Option<String>,
        /// As precise and as sure as the source gives it: 2024-07-12, 2024-07, 2024, autumn 2024, not before
        /// 09.2024, about 2024.
        #[arg(long)]
        published: Option<String>,
        /// How the date was arrived at, or anything else worth knowing.
        #[arg(long, allow_hyphen_values = true)]
        note: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum IndicatorCommand {
    /// List the reported figures, oldest first.
    List {
        /// Also the removed figures, marked as such.
        #[arg(long)]
        all: bool,
    },
    /// Record a reported figure.
    Add {
        /// The date it was reported, as precise and as sure as known: 2024-07-12, 2024, early 2024, not before
        /// 09.2024.
        #[arg(long)]
        as_of: String,
        /// What it counts: portfolio, implemented, ...
        #[arg(long, default_value = "portfolio")]
        scope: String,
        /// projects, investment, jobs_created, jobs_planned, trade_contracts or trade_contracts_value.
        #[arg(long)]
        metric: String,
        /// The figure: 74, $3.4bn, 14600.
        #[arg(long)]
        value: String,
        /// How the text gives it: exact, over ("more than"), at_least ("at least", "no less than"), about or up_to ("up to").
        #[arg(long)]
        qualifier: Option<String>,
        /// The text said "more than" / "over": the same as --qualifier over.
        #[arg(long)]
        over: bool,
        /// The source: its id or a fragment of its publisher or title.
        #[arg(long)]
        source: String,
        /// Anything else worth knowing about the figure.
        #[arg(long, allow_hyphen_values = true)]
        note: Option<String>,
    },
    /// Remove a mistyped figure: it is kept on record, left out of lists and the trend.
    Remove {
        /// The figure's number, as `indicator list` shows it (#11 or 11).
        id: String,
    },
    /// Correct a figure: the old one is removed and a new one, naming it, recorded.
    Correct {
        /// The figure's number, as `indicator list` shows it (#11 or 11).
        id: String,
        /// The right figure: 74, $3.4bn, 14600.
        #[arg(long)]
        value: String,
        /// How the text gives it: exact, over ("more than"), at_least ("at least", "no less than"), about or up_to ("up to"); kept if not given.
        #[arg(long)]
        qualifier: Option<String>,
        /// Kept if not given.
        #[arg(long, allow_hyphen_values = true)]
        note: Option<String>,
    },
}

/// The formats `show` and `history` write: text for people, CSV and JSON exact.
pub const DATA_FORMATS: [Format; 3] = [Format::Text, Format::Csv, Format::Json];

/// A command's `--format`: the one set of document formats, this command's subset of it.
pub(crate) fn formats(subset: &'static [Format]) -> impl clap::builder::TypedValueParser<Value = Format> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(subset.iter().map(|f| f.name()))
        .map(|name| Format::from_name(&name).unwrap_or_default())
}

/// The unit of a file's investment figures (`import --unit`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MoneyUnit {
    Dollars,
    Thousands,
    Millions,
    Billions,
}

impl MoneyUnit {
    pub fn scale(self) -> crate::exchange::Unit {
        use crate::exchange::Unit;
        match self {
            MoneyUnit::Dollars => Unit::Ones,
            MoneyUnit::Thousands => Unit::Thousands,
            MoneyUnit::Millions => Unit::Millions,
            MoneyUnit::Billions => Unit::Billions,
        }
    }
}

/// What `export` writes: the formats `import` reads, and GeoJSON for maps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
    Csv,
    Xlsx,
    /// RFC 7946: a FeatureCollection of the projects with a location, for QGIS and web maps.
    Geojson,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExchangeFormat {
    Json,
    Csv,
    /// A workbook: written as xlsx; read from xlsx, xls or ods.
    Xlsx,
}
