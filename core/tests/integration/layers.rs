//! The library's layers, checked on its source: no module imports one above it in
//! docs/architecture.md's order, and no files within a module import each other in a circle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use regex::Regex;

/// docs/architecture.md's order, lowest first; modules of one rank do not import each other.
const RANKS: &[(&str, u8)] = &[
    ("domain", 0),
    ("i18n", 1),
    ("paths", 1),
    ("store", 2),
    ("intake", 3),
    ("letters", 3),
    ("export", 4),
    ("seed", 5),
    ("demo", 6),
];

/// Every source file of the library: its module path (`["export", "dossier"]`) and its code
/// without the test module at the end.
fn sources() -> Vec<(Vec<String>, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&root, &mut files);
    files
        .into_iter()
        .map(|path| {
            let rel = path
                .strip_prefix(&root)
                .expect("under src")
                .with_extension("");
            let mut module: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(module.last().map(String::as_str), Some("mod" | "lib")) {
                module.pop();
            }
            let code = std::fs::read_to_string(&path).expect("read file");
            let code = match code.find("#[cfg(test)]") {
                Some(at) => code[..at].to_owned(),
                None => code,
            };
            (module, code)
        })
        .collect()
}

fn rank(module: &str) -> u8 {
    RANKS
        .iter()
        .find(|(name, _)| *name == module)
        .map(|(_, r)| *r)
        .unwrap_or_else(|| {
            panic!("{module} is not in the layer table: add it to RANKS and docs/architecture.md")
        })
}

#[test]
fn no_module_imports_one_above_it() {
    let crate_path = Regex::new(r"\bcrate::(\w+)").expect("regex");
    let mut wrong = Vec::new();
    for (module, code) in sources() {
        let Some(top) = module.first() else { continue };
        let mut used: BTreeSet<String> = crate_path
            .captures_iter(&code)
            .map(|c| c[1].to_owned())
            .filter(|m| m != "fl")
            .collect();
        if code.contains("fl!(") {
            used.insert("i18n".to_owned());
        }
        for target in used.iter().filter(|t| *t != top) {
            if rank(target) >= rank(top) {
                wrong.push(format!("{} uses {target}", module.join("/")));
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layers: {wrong:#?}");
}

#[test]
fn no_files_within_a_module_import_each_other_in_a_circle() {
    let files = sources();
    // Which file defines each public item, so that `super::Request` counts as a use of the file
    // that defines `Request` even when `mod.rs` re-exports it.
    let item = Regex::new(r"pub(?:\([^)]*\))? (?:struct|enum|fn|trait|type|const|static) (\w+)")
        .expect("regex");
    let mut defined: BTreeMap<String, Vec<Vec<String>>> = BTreeMap::new();
    for (module, code) in &files {
        for c in item.captures_iter(code) {
            defined
                .entry(c[1].to_owned())
                .or_default()
                .push(module.clone());
        }
    }
    let modules: BTreeSet<Vec<String>> = files.iter().map(|(m, _)| m.clone()).collect();
    let word = Regex::new(r"\w+").expect("regex");
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (module, code) in &files {
        let Some((_, parent)) = module.split_last() else {
            continue;
        };
        let prefix = format!("crate::{}::", parent.join("::"));
        let mut names = BTreeSet::new();
        for pattern in [r"\bsuper::", prefix.as_str()] {
            let escaped = if pattern.starts_with('\\') {
                pattern.to_owned()
            } else {
                regex::escape(pattern)
            };
            let re = Regex::new(&format!(r"{escaped}(\{{[^}}]*\}}|\w+)")).expect("regex");
            for c in re.captures_iter(code) {
                names.extend(word.find_iter(&c[1]).map(|w| w.as_str().to_owned()));
            }
        }
        for name in names {
            let mut sibling = parent.to_vec();
            sibling.push(name.clone());
            let target = if modules.contains(&sibling) {
                Some(sibling)
            } else {
                defined.get(&name).and_then(|places| {
                    places
                        .iter()
                        .find(|p| p.len() > parent.len() && p.starts_with(parent))
                        .map(|p| p[..=parent.len()].to_vec())
                })
            };
            if let Some(target) = target.filter(|t| t != module && !t.starts_with(module)) {
                edges.entry(module.clone()).or_default().insert(target);
            }
        }
    }
    let mut circles = Vec::new();
    for (a, targets) in &edges {
        for b in targets {
            if reaches(&edges, b, a, &mut BTreeSet::new()) {
                circles.push(format!("{} -> {}", a.join("/"), b.join("/")));
            }
        }
    }
    assert!(circles.is_empty(), "import circles: {circles:#?}");
}

fn reaches(
    edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
    from: &Vec<String>,
    to: &Vec<String>,
    seen: &mut BTreeSet<Vec<String>>,
) -> bool {
    if from == to {
        return true;
    }
    if !seen.insert(from.clone()) {
        return false;
    }
    edges
        .get(from)
        .is_some_and(|next| next.iter().any(|n| reaches(edges, n, to, seen)))
}
