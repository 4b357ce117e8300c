//! The inbox query and full-text search against a real store.

use crate::common::*;
use klagomal_core::domain::{CaseKind, OfficerId, Status};
use klagomal_core::store::{InboxFilter, InboxQuery, InboxRow, SortKey, Store};

fn numbers(store: &Store, filter: InboxFilter) -> Vec<String> {
    let q = InboxQuery {
        filter,
        limit: 100,
        ..InboxQuery::default()
    };
    store
        .inbox(&q)
        .expect("inbox")
        .rows
        .iter()
        .map(|r| r.number.to_string())
        .collect()
}

fn search(store: &Store, text: &str) -> Vec<String> {
    numbers(
        store,
        InboxFilter {
            search: Some(text.to_owned()),
            ..InboxFilter::default()
        },
    )
}

#[test]
fn search_folds_diacritics_both_ways_and_knows_prefixes() {
    let (_dir, _path, mut store) = new_store();
    store
        .create_case(complaint(
            "2026-11-01 09:00",
            "Kontoret i Göteborg",
            "Ringde flera gånger",
        ))
        .expect("1");
    store
        .create_case(complaint(
            "2026-11-02 09:00",
            "Brev fran Goteborg",
            "Skrivet utan prickar",
        ))
        .expect("2");
    store
        .create_case(complaint(
            "2026-11-03 09:00",
            "Klagomål på avgift",
            "Påminnelseavgiften är för hög",
        ))
        .expect("3");
    let both = vec!["K-2026-00001".to_owned(), "K-2026-00002".to_owned()];
    assert_eq!(search(&store, "goteborg"), both);
    assert_eq!(search(&store, "Göteborg"), both);
    assert_eq!(search(&store, "GÖTEBORG"), both);
    assert_eq!(search(&store, "prick*"), ["K-2026-00002"]);
    assert_eq!(search(&store, "påminnelse*"), ["K-2026-00003"]);
    assert_eq!(search(&store, "paminnelseavgiften"), ["K-2026-00003"]);
    assert_eq!(search(&store, "K-2026-00002"), ["K-2026-00002"]);
    assert!(search(&store, "Malmö").is_empty());
    // Syntax that would break FTS5 is taken literally.
    assert!(search(&store, "\"AND (").is_empty());
}

#[test]
fn search_covers_names_email_numbers_and_notes() {
    let (_dir, _path, mut store) = new_store();
    let case = store
        .create_case(complaint("2026-11-01 09:00", "Ämne", "Text"))
        .expect("case");
    store
        .add_note(
            case.id,
            klagomal_core::domain::NewNote {
                kind: klagomal_core::domain::NoteKind::Note,
                text: "Talat med Ekonomiavdelningen".into(),
            },
        )
        .expect("note");
    for q in [
        "öberg",
        "Asa",
        "asa.oberg@example.com",
        "40077442",
        "811218-9876",
        "19811218-9876",
        "ekonomiavdelningen",
        "Norrsken",
    ] {
        assert_eq!(search(&store, q), ["K-2026-00001"], "{q}");
    }
    let mut details = store.case(case.id).expect("case").details;
    details.complainant.name = "Lars Nilsson".into();
    details.complainant.email = "lars@example.com".into();
    store.update_case(case.id, details).expect("update");
    assert!(
        search(&store, "Öberg").is_empty(),
        "the old name is gone from the index"
    );
    assert_eq!(search(&store, "nilsson"), ["K-2026-00001"]);
}

#[test]
fn pages_follow_each_other_without_gaps_in_every_sort() {
    let (_dir, _path, mut store) = new_store();
    klagomal_core::seed::seed_store(&mut store, 230, 11).expect("seed");
    for sort in SortKey::ALL {
        for descending in [false, true] {
            let mut q = InboxQuery {
                sort,
                descending,
                limit: 37,
                ..InboxQuery::default()
            };
            let mut seen = Vec::new();
            loop {
                let page = store.inbox(&q).expect("page");
                seen.extend(page.rows);
                match page.next {
                    Some(c) => q.after = Some(c),
                    None => break,
                }
            }
            assert_eq!(seen.len(), 230, "{sort:?} {descending}");
            let mut ids: Vec<_> = seen.iter().map(|r| r.id).collect();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), 230, "no row twice");
            let ordered = seen.windows(2).all(|w| {
                let (a, b) = (sort_key(sort, &w[0]), sort_key(sort, &w[1]));
                if descending { a > b } else { a < b }
            });
            assert!(ordered, "{sort:?} {descending}");
            let ids = store.inbox_ids(&q.filter, sort, descending).expect("ids");
            assert_eq!(
                ids,
                seen.iter().map(|r| r.id).collect::<Vec<_>>(),
                "the id list agrees with the pages: {sort:?} {descending}"
            );
        }
    }
}

/// The order the inbox promises for each column: the column, then the next deadline, then the id.
fn sort_key(sort: SortKey, r: &InboxRow) -> (String, String, i64) {
    let due = r
        .next_due
        .map_or_else(|| "9999-12-31".to_owned(), |d| d.to_string());
    let first = match sort {
        SortKey::Due => String::new(),
        SortKey::Received => r.received_at.to_string(),
        SortKey::Number => format!("{}-{:09}", r.number.year, r.number.seq),
        SortKey::Complainant => r.complainant.clone(),
        SortKey::Subject => r.subject.clone(),
        SortKey::Kind => r.kind.code().to_owned(),
        SortKey::Category => r.category.map(|c| c.code().to_owned()).unwrap_or_default(),
        SortKey::Status => r.status.code().to_owned(),
        SortKey::Assignee => r.assignee_name.clone().unwrap_or_default(),
    };
    let due = match sort {
        SortKey::Received | SortKey::Number => String::new(),
        _ => due,
    };
    (first, due, r.id.0)
}

#[test]
fn due_today_and_the_pick_filters_combine_with_a_search() {
    let (_dir, _path, mut store) = new_store();
    klagomal_core::seed::seed_store(&mut store, 300, 7).expect("seed");
    let today = store.today();
    let all = store
        .inbox(&InboxQuery {
            limit: 1000,
            ..InboxQuery::default()
        })
        .expect("all")
        .rows;
    let due_today = InboxFilter {
        due_on: Some(today),
        ..InboxFilter::default()
    };
    let ids = store
        .inbox_ids(&due_today, SortKey::Number, false)
        .expect("ids");
    let mut expected: Vec<_> = all
        .iter()
        .filter(|r| r.next_due == Some(today))
        .map(|r| r.id)
        .collect();
    expected.sort_by_key(|id| all.iter().find(|r| r.id == *id).map(|r| r.number));
    assert!(!expected.is_empty(), "the seed has cases due today");
    assert_eq!(ids, expected);
    // Officer, category and kind together, and with a word of the first such case's subject.
    let sample = all
        .iter()
        .find(|r| r.assignee.is_some() && r.category.is_some())
        .expect("an assigned case with a category");
    let mut filter = InboxFilter {
        assignee: sample.assignee,
        category: sample.category,
        kind: Some(sample.kind),
        ..InboxFilter::default()
    };
    let picked = store.inbox_ids(&filter, SortKey::Due, false).expect("ids");
    let expected: Vec<_> = all
        .iter()
        .filter(|r| {
            r.assignee == sample.assignee && r.category == sample.category && r.kind == sample.kind
        })
        .map(|r| r.id)
        .collect();
    assert_eq!(picked, expected);
    assert_eq!(
        store.inbox_count(&filter).expect("count"),
        picked.len() as u64
    );
    filter.search = Some(sample.number.to_string());
    assert_eq!(
        store.inbox_ids(&filter, SortKey::Due, false).expect("ids"),
        vec![sample.id],
        "the search narrows the picked cases to the one named"
    );
}

#[test]
fn filters_select_in_sql_and_agree_with_the_counts() {
    let (_dir, _path, mut store) = new_store();
    klagomal_core::seed::seed_store(&mut store, 300, 5).expect("seed");
    let today = store.today();
    let all = InboxQuery {
        limit: 1000,
        ..InboxQuery::default()
    };
    let everything = store.inbox(&all).expect("all").rows;
    let cases = [
        InboxFilter {
            status: Some(Status::Closed),
            ..Default::default()
        },
        InboxFilter {
            kind: Some(CaseKind::Objection),
            ..Default::default()
        },
        InboxFilter {
            assignee: Some(OfficerId(2)),
            ..Default::default()
        },
        InboxFilter {
            overdue_on: Some(today),
            ..Default::default()
        },
        InboxFilter {
            status: Some(Status::UnderInvestigation),
            overdue_on: Some(today),
            ..Default::default()
        },
    ];
    for filter in cases {
        let rows = store
            .inbox(&InboxQuery {
                filter: filter.clone(),
                limit: 1000,
                ..InboxQuery::default()
            })
            .expect("page")
            .rows;
        let expected: Vec<_> = everything
            .iter()
            .filter(|r| filter.status.is_none_or(|s| r.status == s))
            .filter(|r| filter.kind.is_none_or(|k| r.kind == k))
            .filter(|r| filter.assignee.is_none_or(|a| r.assignee == Some(a)))
            .filter(|r| {
                filter
                    .overdue_on
                    .is_none_or(|t| r.next_due.is_some_and(|d| d < t))
            })
            .map(|r| r.id)
            .collect();
        assert!(
            !expected.is_empty(),
            "{filter:?} selects nothing in the seeded data"
        );
        assert_eq!(
            rows.iter().map(|r| r.id).collect::<Vec<_>>(),
            expected,
            "{filter:?}"
        );
        assert_eq!(
            store.inbox_count(&filter).expect("count"),
            expected.len() as u64
        );
    }
    let counts = store.status_counts().expect("counts");
    assert_eq!(counts.iter().map(|(_, n)| n).sum::<u64>(), 300);
}

#[test]
fn the_id_list_matches_the_pages_and_rows_come_back_in_order() {
    let (_dir, _path, mut store) = new_store();
    klagomal_core::seed::seed_store(&mut store, 150, 9).expect("seed");
    let filter = InboxFilter {
        kind: Some(CaseKind::Complaint),
        ..InboxFilter::default()
    };
    let ids = store
        .inbox_ids(&filter, SortKey::Received, true)
        .expect("ids");
    let q = InboxQuery {
        filter,
        sort: SortKey::Received,
        descending: true,
        limit: 1000,
        after: None,
    };
    let paged: Vec<_> = store
        .inbox(&q)
        .expect("page")
        .rows
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(ids, paged);
    let window = &ids[3..9];
    let rows: Vec<_> = store
        .inbox_rows(window)
        .expect("rows")
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(rows, window);
}
