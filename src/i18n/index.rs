//! Where each message of a catalogue file is, found by reading its lines. Shared by the build
//! script, which turns it into a table sorted by id for every file (`catalogue_index.rs` in
//! `OUT_DIR`), and by the tests, which check that table against the files.
//!
//! A message runs from the line that starts with its id to the next line that starts a
//! message, a term or a comment; the lines of a message in between are indented or start with
//! `}`, `[` or `*`.

/// One message of a file: its id is `source[start..id_end]`, its text `source[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub start: u32,
    pub id_end: u32,
    pub end: u32,
}

/// Every message of `source`, sorted by id.
pub fn entries(source: &str) -> Vec<Entry> {
    let bytes = source.as_bytes();
    let mut found = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    let starts = std::iter::once(0).chain(
        bytes
            .iter()
            .enumerate()
            .filter(|&(_, &b)| b == b'\n')
            .map(|(at, _)| at + 1),
    );
    for start in starts {
        // A closing brace or a variant may also start a line of a message.
        let first = bytes.get(start).copied().unwrap_or(b' ');
        if !(first.is_ascii_alphabetic() || first == b'-' || first == b'#') {
            continue;
        }
        if let Some(open) = current.take() {
            close(&mut found, open, start);
        }
        if first.is_ascii_alphabetic() {
            let id_end = bytes[start..]
                .iter()
                .position(|b| matches!(b, b' ' | b'=' | b'\n'))
                .map_or(source.len(), |n| start + n);
            current = Some((start, id_end));
        }
    }
    if let Some(open) = current {
        close(&mut found, open, source.len());
    }
    let id = |e: &Entry| &source[e.start as usize..e.id_end as usize];
    found.sort_by(|a, b| id(a).cmp(id(b)));
    found
}

fn close(found: &mut Vec<Entry>, (start, id_end): (usize, usize), end: usize) {
    found.push(Entry {
        start: offset(start),
        id_end: offset(id_end),
        end: offset(end),
    });
}

fn offset(at: usize) -> u32 {
    u32::try_from(at).expect("a catalogue file under 4 GiB")
}
