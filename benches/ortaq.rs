//! Speed at 1,000 / 100,000 / 1,000,000 projects, so the growth with size is visible:
//!
//!     cargo bench --bench ortaq                        # all three sizes
//!     ORTAQ_BENCH_SIZES=1000,100000 cargo bench --bench ortaq
//!
//! The databases are generated once into target/bench-data (1,000,000 takes a while the
//! first time) by `ortaq::generate`, the same generator as `examples/gen.rs`.

use std::hint::black_box;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ortaq::domain::{Field, FieldValue, Status};
use ortaq::report::summary::Summary;
use ortaq::store::{Dimension, ProjectQuery, SortKey, Store};
use ortaq::tui::app::{App, Effect};
use ortaq::tui::effects;
use ortaq::tui::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn sizes() -> Vec<u64> {
    std::env::var("ORTAQ_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 100_000, 1_000_000])
}

/// The generated database of `n` projects, made on first use.
fn database(n: u64) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    std::fs::create_dir_all(&dir).expect("bench data directory");
    // The schema's version in the name: an older file would be upgraded without what
    // the generator now writes (locations, since version 7).
    let path = dir.join(format!("gen-{n}-s{}.db", ortaq::store::SCHEMA_VERSION));
    if !path.exists() {
        ortaq::generate::generate(&path, n).expect("generate");
    }
    path
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

/// An app on the store, its first page loaded, as the interface starts.
fn started(store: &mut Store, width: u16, height: u16) -> App {
    let mut app = App::new(width, height, false, today());
    let first = app.start();
    effects::run_all(&mut app, store, first);
    effects::when_idle(&mut app, store);
    app
}

fn key(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

fn bench(c: &mut Criterion) {
    for n in sizes() {
        let path = database(n);
        let mut group = c.benchmark_group(format!("{n}"));
        group
            .sample_size(if n >= 1_000_000 { 10 } else { 30 })
            .measurement_time(Duration::from_secs(4));

        group.bench_function("open and first page", |b| {
            b.iter(|| {
                let mut store = Store::open(&path).expect("open");
                black_box(started(&mut store, 80, 24));
            })
        });

        let mut store = Store::open(&path).expect("open");
        for (width, height) in [(80, 24), (200, 50)] {
            let app = started(&mut store, width, height);
            let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
            group.bench_function(BenchmarkId::new("frame", format!("{width}x{height}")), |b| {
                b.iter(|| {
                    terminal
                        .draw(|frame| ui::draw(frame, &app, Theme::from_env()))
                        .map(|_| ())
                })
            });
        }

        // The same frame in English and in Russian (issue 12: within 1.2x).
        for lang in ortaq::i18n::Lang::ALL {
            ortaq::i18n::set_language(lang);
            let app = started(&mut store, 80, 24);
            let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
            group.bench_function(BenchmarkId::new("frame 80x24 in", lang.code()), |b| {
                b.iter(|| {
                    terminal
                        .draw(|frame| ui::draw(frame, &app, Theme::from_env()))
                        .map(|_| ())
                })
            });
        }
        ortaq::i18n::set_language(ortaq::i18n::Lang::En);

        let mut app = started(&mut store, 80, 24);
        group.bench_function("row move", |b| {
            b.iter(|| {
                for c in ['j', 'k'] {
                    let effects = app.handle_event(&key(c));
                    effects::run_all(&mut app, &mut store, effects);
                }
            })
        });

        // A keystroke's work until its rows can be drawn; "then counted" adds the count and
        // totals for the footer, which the interface does when no key is waiting. Each
        // alternates two queries, as typing and deleting do.
        let search = |words: &'static str| move |query: &mut ProjectQuery| query.search = words.into();
        let operating = |query: &mut ProjectQuery| {
            query.search.clear();
            query.statuses = vec![Some(Status::Operating)];
        };
        let any_status = |query: &mut ProjectQuery| {
            query.search.clear();
            query.statuses.clear();
        };
        let mut runs = QueryChanges {
            group: &mut group,
            app: &mut app,
            store: &mut store,
        };
        runs.bench("search keystroke", false, search("plan"), search("plant"));
        runs.bench("search keystroke, then counted", true, search("plan"), search("plant"));
        runs.bench(
            "search keystroke, rare word",
            false,
            search("000042 a"),
            search("000042 au"),
        );
        key_during_a_count(runs.group, runs.app, runs.store);
        runs.bench("filter change", false, any_status, operating);
        runs.bench("filter change, then counted", true, any_status, operating);
        any_status(&mut app.table.query);

        group.bench_function("sort by investment", |b| {
            b.iter(|| {
                app.table.query.sort = SortKey::Investment;
                let reload = app.reload(None);
                effects::run_all(&mut app, &mut store, vec![reload]);
                app.table.query.sort = SortKey::Name;
            })
        });

        group.bench_function("summary by status", |b| {
            b.iter(|| Summary::build(&store, &ProjectQuery::default(), &[Dimension::Status], None).expect("summary"))
        });

        // The digest of the whole history (every project's creation and status change:
        // two audit rows a project), which the agenda runs; issue 24 asks it within 20x
        // of the summary.
        group.bench_function("digest of the whole history", |b| {
            b.iter(|| store.digest("2000-01-01T00:00:00Z", None).expect("digest"))
        });

        // Edits go to the last project, away from the first screen the frames draw, so
        // that the history they leave does not change what later runs measure.
        let last = i64::try_from(n).expect("size");
        let mut value = 0_i64;
        group.bench_function("committed edit", |b| {
            b.iter(|| {
                value += 1;
                let version = store.project(last).expect("project").version;
                let values = vec![(Field::JobsCreated, FieldValue::Integer(value))];
                let effect = Effect::Save {
                    id: last,
                    version,
                    values,
                };
                black_box(effects::perform(&mut store, effect));
            })
        });
        // The same through the interface: the save, then the table and footer brought up
        // to date around the edited project.
        let to_last = app.handle_event(&key('G'));
        effects::run_all(&mut app, &mut store, to_last);
        group.bench_function("committed edit, table refreshed", |b| {
            b.iter(|| {
                value += 1;
                let Some(project) = app.table.selected_project() else {
                    return;
                };
                let values = vec![(Field::JobsCreated, FieldValue::Integer(value))];
                let save = Effect::Save {
                    id: project.id,
                    version: project.version,
                    values,
                };
                effects::run_all(&mut app, &mut store, vec![save]);
                effects::when_idle(&mut app, &mut store);
            })
        });
        bench_map(&mut group, &mut store);
        group.finish();
    }
}

/// The map (issue 25: a frame within 50 ms at 100,000 projects): reading where the
/// projects stand, and drawing a frame of the map once they are read.
fn bench_map(group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>, store: &mut Store) {
    group.bench_function("map: places read", |b| {
        b.iter(|| black_box(store.places(&ProjectQuery::default()).map(|p| p.len())))
    });
    for (width, height) in [(80, 24), (200, 50)] {
        let mut app = started(store, width, height);
        let effects = app.handle_event(&key('L'));
        effects::run_all(&mut app, store, effects);
        assert!(
            app.map.as_ref().is_some_and(|m| !m.places().is_empty()),
            "the map has places"
        );
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
        group.bench_function(BenchmarkId::new("map frame", format!("{width}x{height}")), |b| {
            b.iter(|| {
                terminal
                    .draw(|frame| ui::draw(frame, &app, Theme::from_env()))
                    .map(|_| ())
            })
        });
    }
}

/// How long a key waits for the footer's count: the count of the projects matching
/// `gen` (all of them) starts as the interface starts it when idle, a key "arrives"
/// (a flag, read as the interface polls the terminal) 20 ms in, and the time from then
/// until the count has given way and the app is ready for the key is measured. Only
/// where the count takes longer than that: below, no key ever waits for one.
fn key_during_a_count(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    app: &mut App,
    store: &mut Store,
) {
    const KEY_AFTER: Duration = Duration::from_millis(20);
    app.table.query.search = "gen".into();
    let count = |store: &Store| {
        let started = Instant::now();
        store.totals(&app.table.query).expect("count");
        started.elapsed()
    };
    count(store); // The first reads the file into the page cache.
    let whole = count(store);
    // Without giving way, the key would wait for the rest of the count.
    eprintln!("key during a count: the whole count takes {whole:.1?}");
    if whole < KEY_AFTER * 2 {
        app.table.query.search.clear();
        return;
    }
    let reload = app.reload(None);
    effects::run_all(app, store, vec![reload]);
    // Each run takes KEY_AFTER more than it reports: keep the planned runs few.
    group
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2));
    group.bench_function("key during a count", |b| {
        b.iter_custom(|iters| {
            let mut waited = Duration::ZERO;
            for _ in 0..iters {
                let key = Arc::new(AtomicBool::new(false));
                let flag = Arc::clone(&key);
                let key_waiting = effects::asked_every(ortaq::tui::KEY_CHECK, move || flag.load(Ordering::SeqCst));
                app.table.totals_due = true;
                let (arrived, ready) = std::thread::scope(|scope| {
                    let typist = scope.spawn(|| {
                        std::thread::sleep(KEY_AFTER);
                        let at = Instant::now();
                        key.store(true, Ordering::SeqCst);
                        at
                    });
                    effects::when_idle_unless(app, store, key_waiting);
                    let ready = Instant::now();
                    (typist.join().expect("typist"), ready)
                });
                waited += ready.saturating_duration_since(arrived);
            }
            waited
        })
    });
    group
        .warm_up_time(Duration::from_secs(3))
        .measurement_time(Duration::from_secs(4));
    app.table.query.search.clear();
}

/// Benchmarks query changes made as the interface makes them.
struct QueryChanges<'a, 'g> {
    group: &'a mut criterion::BenchmarkGroup<'g, criterion::measurement::WallTime>,
    app: &'a mut App,
    store: &'a mut Store,
}

impl QueryChanges<'_, '_> {
    /// Alternates `one` and `other` on the query, reloading each time, and with `count`
    /// counting the list for the footer as well.
    fn bench(&mut self, name: &str, count: bool, one: impl Fn(&mut ProjectQuery), other: impl Fn(&mut ProjectQuery)) {
        let (app, store) = (&mut *self.app, &mut *self.store);
        self.group.bench_function(name, |b| {
            let mut flip = false;
            b.iter(|| {
                if flip {
                    other(&mut app.table.query)
                } else {
                    one(&mut app.table.query)
                }
                flip = !flip;
                let reload = app.reload(None);
                effects::run_all(app, store, vec![reload]);
                if count {
                    effects::when_idle(app, store);
                }
            })
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
