//! Fuzzes the e-mail entry point: any bytes, as a single message and as an mbox file, must give
//! a parsed message or a named error — never a panic.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../src/intake/parse.rs"]
mod parse;

fuzz_target!(|data: &[u8]| {
    let _ = parse::parse(data, 64 * 1024);
    for message in parse::split_mbox(data) {
        let _ = parse::parse(&message, 64 * 1024);
    }
});
