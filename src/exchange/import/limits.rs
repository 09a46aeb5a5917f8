//! How much one import may bring: the bytes read, the rows, the size of one cell, and
//! for a workbook (a zip: xlsx, xlsb, ods) how large its parts unpack. A small file must
//! not make the server read or unpack without end (a 300 KB workbook holding a 300 MB
//! cell), so each is refused with the limit named, before it is read any further.

use std::io::{Cursor, Read};

use super::{Issue, Problems, whole_file};

const MIB: u64 = 1024 * 1024;

/// The most an import reads. Always applied; [`ImportLimits::default`] is what
/// `ortaq import` uses, locally and over SSH.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportLimits {
    /// Bytes of the file (or of standard input).
    pub bytes: u64,
    /// Rows of a CSV file or a sheet (the header aside), or items of a JSON document
    /// (projects, their updates, sources and figures together).
    pub rows: usize,
    /// Bytes of one cell, or of one text value of a JSON document.
    pub cell_bytes: usize,
    /// Bytes a workbook's parts unpack to, each and all together.
    pub unpacked_bytes: u64,
}

impl ImportLimits {
    pub const DEFAULT: Self = Self {
        bytes: 64 * MIB,
        rows: 1_000_000,
        cell_bytes: 64 * 1024,
        unpacked_bytes: 256 * MIB,
    };
}

impl Default for ImportLimits {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// Reads at most `limit` bytes: the whole of `reader`, or `None` when it holds more
/// (what it held is not kept).
pub fn read_within(reader: impl Read, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    Ok((u64::try_from(bytes.len()).unwrap_or(u64::MAX) <= limit).then_some(bytes))
}

/// Refuses a file larger than the limit (when it was not read through [`read_within`]).
pub(super) fn check_size(bytes: &[u8], limits: &ImportLimits) -> Result<(), Problems> {
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > limits.bytes {
        return Err(whole_file(Issue::TooLarge { limit: limits.bytes }));
    }
    Ok(())
}

/// Refuses a cell longer than the limit.
pub(super) fn check_cell(cell: &str, limits: &ImportLimits) -> Result<(), Issue> {
    if cell.len() > limits.cell_bytes {
        return Err(Issue::CellTooLarge {
            bytes: cell.len(),
            limit: limits.cell_bytes,
        });
    }
    Ok(())
}

pub(super) fn too_many_rows(limits: &ImportLimits) -> Problems {
    whole_file(Issue::TooManyRows { limit: limits.rows })
}

/// Reads a zip's central directory and refuses a workbook whose parts unpack to more
/// than the limit, each or all together, before anything unpacks them for real: by
/// the sizes the directory declares, then by unpacking each part into nothing and
/// counting (a directory can lie), stopping at the limit.
pub(super) fn check_zip(bytes: &[u8], limits: &ImportLimits) -> Result<(), Problems> {
    let unreadable = |e: zip::result::ZipError| whole_file(Issue::Workbook(e.to_string()));
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(unreadable)?;
    let too_large = |name: &str| {
        whole_file(Issue::UnpacksTooLarge {
            part: name.to_string(),
            limit: limits.unpacked_bytes,
        })
    };
    let mut declared: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive.by_index_raw(index).map_err(unreadable)?;
        declared = declared.saturating_add(entry.size());
        if entry.size() > limits.unpacked_bytes || declared > limits.unpacked_bytes {
            return Err(too_large(&String::from_utf8_lossy(entry.name_raw())));
        }
    }
    let mut left = limits.unpacked_bytes;
    for index in 0..archive.len() {
        let entry = archive.by_index(index).map_err(unreadable)?;
        let name = String::from_utf8_lossy(entry.name_raw()).into_owned();
        let unpacked = std::io::copy(&mut entry.take(left.saturating_add(1)), &mut std::io::sink())
            .map_err(|e| whole_file(Issue::Workbook(e.to_string())))?;
        if unpacked > left {
            return Err(too_large(&name));
        }
        left -= unpacked;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_stops_past_the_limit() {
        assert_eq!(
            read_within(&b"12345"[..], 5).ok().flatten().as_deref(),
            Some(&b"12345"[..])
        );
        assert_eq!(read_within(&b"123456"[..], 5).ok(), Some(None));
        assert_eq!(read_within(&b""[..], 0).ok().flatten().as_deref(), Some(&b""[..]));
    }
}
