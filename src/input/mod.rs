//! Reading the corpus: walking paths, decoding, and telling content from
//! page furniture.
//!
//! - [`walk`] turns the command line's paths into an ordered list of inputs
//!   (files, directory contents in sorted order, `-` for stdin), reporting
//!   directory loops and unreadable directories as errors.
//! - [`read`] loads one input and decodes it (UTF-8, with or without BOM);
//!   binary, invalid or oversized input becomes an [`InputError`] naming the
//!   path, never a panic.
//! - [`layout`] gives each line of a decoded article its role (headline,
//!   body, caption, boilerplate, ...) and finds the outlet.

mod dateline;
mod furniture;
pub mod layout;
mod scan;

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// The largest article we read: a news article is a few tens of kilobytes.
pub const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// Extensions read from directories (files without one are read too).
const EXTENSIONS: &[&str] = &["txt", "md", "text"];

/// Something that could not be read or decoded.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{path}: {source}")]
    Io { path: String, source: io::Error },
    #[error("{path}: not UTF-8 text (invalid byte sequence at byte {offset})")]
    InvalidUtf8 { path: String, offset: usize },
    #[error("{path}: binary data, not text (NUL byte at byte {offset})")]
    Binary { path: String, offset: usize },
    #[error("{path}: too large ({size} bytes; the limit is {limit} bytes)")]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error("{path}: directory loop (it leads back to {target})")]
    Loop { path: String, target: String },
}

/// One article to read: a file, or standard input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    /// The path as users see it in records and errors.
    pub fn display(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }

    /// The article id: the file name without extension, `-` for stdin.
    pub fn id(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p) => p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string()),
        }
    }
}

/// A decoded article, ready for the pipeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub path: String,
    pub text: String,
}

/// The inputs named by `paths`, in order: directories walked recursively in
/// sorted order. Errors (a missing path, a directory loop) are returned beside
/// the inputs that could be listed.
pub fn walk(paths: &[PathBuf]) -> (Vec<Input>, Vec<InputError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let mut ancestors = Vec::new();
                walk_dir(path, &mut ancestors, &mut inputs, &mut errors);
            }
            Ok(_) => inputs.push(Input::File(path.clone())),
            Err(source) => errors.push(io_error(path, source)),
        }
    }
    (inputs, errors)
}

fn io_error(path: &Path, source: io::Error) -> InputError {
    InputError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// Walks `dir`, whose canonical ancestors on the current branch are in
/// `ancestors` (a directory that is its own ancestor is a loop).
fn walk_dir(
    dir: &Path,
    ancestors: &mut Vec<PathBuf>,
    inputs: &mut Vec<Input>,
    errors: &mut Vec<InputError>,
) {
    let canonical = match fs::canonicalize(dir) {
        Ok(c) => c,
        Err(source) => return errors.push(io_error(dir, source)),
    };
    if ancestors.contains(&canonical) {
        return errors.push(InputError::Loop {
            path: dir.display().to_string(),
            target: canonical.display().to_string(),
        });
    }
    let entries = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(source) => return errors.push(io_error(dir, source)),
    };
    let mut children: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) => children.push(e.path()),
            Err(source) => errors.push(io_error(dir, source)),
        }
    }
    children.sort();
    ancestors.push(canonical);
    for child in children {
        let hidden = child
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        match fs::metadata(&child) {
            Ok(meta) if meta.is_dir() => walk_dir(&child, ancestors, inputs, errors),
            Ok(_) if has_text_extension(&child) => inputs.push(Input::File(child)),
            Ok(_) => {}
            Err(source) => errors.push(io_error(&child, source)),
        }
    }
    ancestors.pop();
}

fn has_text_extension(path: &Path) -> bool {
    match path.extension() {
        None => true,
        Some(ext) => {
            let ext = ext.to_string_lossy().to_ascii_lowercase();
            EXTENSIONS.contains(&ext.as_str())
        }
    }
}

/// Reads and decodes one input.
pub fn read(input: &Input) -> Result<Document, InputError> {
    let path = input.display();
    let bytes = match input {
        Input::Stdin => read_limited(io::stdin().lock(), &path, 0)?,
        Input::File(p) => {
            let file = fs::File::open(p).map_err(|source| io_error(p, source))?;
            // The size is a hint (the file may change): room for it and one
            // byte more spares the reader growing its buffer step by step.
            let hint = file.metadata().map_or(0, |m| m.len().min(MAX_BYTES));
            read_limited(file, &path, hint as usize + 1)?
        }
    };
    let text = decode(bytes, &path)?;
    Ok(Document {
        id: input.id(),
        path,
        text,
    })
}

fn read_limited(reader: impl Read, path: &str, capacity: usize) -> Result<Vec<u8>, InputError> {
    let mut bytes = Vec::with_capacity(capacity);
    reader
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| InputError::Io {
            path: path.to_string(),
            source,
        })?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(InputError::TooLarge {
            path: path.to_string(),
            size: bytes.len() as u64,
            limit: MAX_BYTES,
        });
    }
    Ok(bytes)
}

/// Decodes UTF-8 (a BOM is kept in the text, so that byte offsets index the
/// original file; the layout stage skips it). NUL bytes mean binary data.
pub fn decode(bytes: Vec<u8>, path: &str) -> Result<String, InputError> {
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(InputError::Binary {
            path: path.to_string(),
            offset,
        });
    }
    String::from_utf8(bytes).map_err(|e| InputError::InvalidUtf8 {
        path: path.to_string(),
        offset: e.utf8_error().valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_rejects_binary_and_invalid_utf8() {
        assert!(matches!(
            decode(b"ab\0c".to_vec(), "x"),
            Err(InputError::Binary { offset: 2, .. })
        ));
        assert!(matches!(
            decode(b"ab\xffc".to_vec(), "x"),
            Err(InputError::InvalidUtf8 { offset: 2, .. })
        ));
        assert_eq!(
            decode("\u{feff}ok".as_bytes().to_vec(), "x").unwrap(),
            "\u{feff}ok"
        );
    }

    #[test]
    fn ids_are_file_stems() {
        assert_eq!(Input::File(PathBuf::from("a/b/c.txt")).id(), "c");
        assert_eq!(Input::File(PathBuf::from("a/nyt")).id(), "nyt");
        assert_eq!(Input::Stdin.id(), "-");
    }
}
