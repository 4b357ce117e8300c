//! Sizes of files as people read them, the Swedish way.

/// A file's size: "830 B", "12 kB", "1,4 MB" (decimal units, a decimal comma).
pub fn file_size(bytes: u64) -> String {
    match bytes {
        0..1_000 => format!("{bytes} B"),
        1_000..1_000_000 => format!("{} kB", bytes / 1_000),
        _ => format!("{:.1} MB", bytes as f64 / 1_000_000.0).replace('.', ","),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_the_swedish_way() {
        let table = [
            (0, "0 B"),
            (830, "830 B"),
            (999, "999 B"),
            (1_000, "1 kB"),
            (12_345, "12 kB"),
            (999_999, "999 kB"),
            (1_000_000, "1,0 MB"),
            (1_400_000, "1,4 MB"),
            (25_000_000, "25,0 MB"),
        ];
        for (bytes, want) in table {
            assert_eq!(file_size(bytes), want, "{bytes}");
        }
    }
}
