//! `cargo bench --bench unlock`: how long signing in takes with the key slots' Argon2id cost
//! (docs/key-slots.md): the median of 20 sign-ins, on a store of three officers, plus a second
//! connection opened with the data key and the store from before key slots (PBKDF2) for
//! comparison.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use klagomal_core::domain::Role;
use klagomal_core::store::testing::create_legacy;
use klagomal_core::store::{NewOfficer, OpenOptions, Secret, Store};

const RUNS: usize = 20;

fn summary(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name:<44} median {:7.1} ms   min {:7.1}   max {:7.1}   (n = {})",
        ms(samples[samples.len() / 2]),
        ms(samples[0]),
        ms(samples[samples.len() - 1]),
        samples.len()
    );
}

fn time(mut f: impl FnMut()) -> Vec<Duration> {
    (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect()
}

fn main() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("unlock.db");
    let options = OpenOptions::default();
    let first = Secret::Officer {
        name: "Eva Berg",
        passphrase: "evas långa lösenfras för bänken",
    };
    let mut store = Store::create(&path, first, &options).expect("create");
    let roles = BTreeSet::from([Role::Officer]);
    for name in ["Karin Holm", "Olle Ek"] {
        let new = NewOfficer {
            name,
            title: "",
            roles: &roles,
            passphrase: Some("en lösenfras för bänkprovet"),
        };
        store.add_officer(new).expect("add");
    }
    let reopener = || store.reopener();
    let again = time(|| drop(reopener().open().expect("again")));
    let olle = Secret::Officer {
        name: "Olle Ek",
        passphrase: "en lösenfras för bänkprovet",
    };
    summary(
        "sign in (Argon2id 64 MiB, t=3, p=1)",
        time(|| drop(Store::open(&path, olle, &options).expect("open"))),
    );
    summary("second connection with the data key", again);

    let legacy = dir.path().join("legacy.db");
    drop(create_legacy(&legacy, "gammal lösenfras", &options).expect("legacy"));
    let pbkdf2 = time(|| {
        let c = rusqlite::Connection::open(&legacy).expect("open");
        c.pragma_update(None, "key", "gammal lösenfras")
            .expect("key");
        c.query_row("SELECT count(*) FROM officers", [], |r| r.get::<_, i64>(0))
            .expect("read");
    });
    summary("before key slots (SQLCipher PBKDF2, 256 000)", pbkdf2);
}
