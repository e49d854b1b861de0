//! The records "Load all" brought, kept here rather than in the window.
//!
//! A window holding 100,000 sessions as JavaScript objects grew by 6–7 KiB a
//! row (and its garbage collector walked them all on every collection, which
//! showed as slow frames while scrolling). Here each record is kept once,
//! packed (see `packed_rows`), and the window asks for the few rows it shows,
//! and for light copies of a few fields of every row when it sorts or selects
//! them all.
//!
//! Each listing the window loads is kept under a key the window chose; the
//! window forgets it when the listing leaves the screen.

use std::collections::HashMap;
use std::sync::Mutex;

use serde_json::Value;

use crate::packed_rows::PackedRows;
use crate::record_projection::project;

/// Every listing kept, by the key the window chose for it.
#[derive(Debug, Default)]
pub struct RowStore {
    listings: Mutex<HashMap<String, PackedRows>>,
}

impl RowStore {
    fn listings(&self) -> std::sync::MutexGuard<'_, HashMap<String, PackedRows>> {
        self.listings.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Starts keeping records under `key` (those kept there before stay).
    pub fn open(&self, key: &str) {
        self.listings().entry(key.to_owned()).or_default();
    }

    /// Adds `records` after those kept under `key`; returns how many are kept
    /// now, or `None` when the key was forgotten (a walk's last pages, arriving
    /// after its listing left the screen, are dropped, not kept for ever).
    pub fn append(&self, key: &str, records: &[Value]) -> Option<usize> {
        let mut listings = self.listings();
        let kept = listings.get_mut(key)?;
        kept.extend(records);
        Some(kept.len())
    }

    /// How many records are kept under `key`.
    pub fn count(&self, key: &str) -> usize {
        self.listings().get(key).map_or(0, PackedRows::len)
    }

    /// The records at `indices`, in that order; an index past the end (or a
    /// key no longer kept) gives `null`, so the answer always lines up.
    pub fn records(&self, key: &str, indices: &[u32]) -> Vec<Value> {
        let listings = self.listings();
        let mut reader = listings.get(key).map(PackedRows::reader);
        indices
            .iter()
            .map(|&index| {
                reader
                    .as_mut()
                    .and_then(|reader| reader.text(index as usize))
                    .and_then(|text| serde_json::from_slice(text).ok())
                    .unwrap_or(Value::Null)
            })
            .collect()
    }

    /// A light copy of every record from `from` on: an object with only the
    /// fields named (those a record lacks are left out).
    pub fn fields(&self, key: &str, names: &[String], from: u32) -> Vec<Value> {
        let listings = self.listings();
        let Some(kept) = listings.get(key) else {
            return Vec::new();
        };
        let mut reader = kept.reader();
        (from as usize..kept.len())
            .map_while(|index| reader.text(index).map(|text| project(text, names)))
            .collect()
    }

    /// Drops what is kept under `key`.
    pub fn forget(&self, key: &str) {
        let dropped = self.listings().remove(key);
        if dropped.is_some_and(|records| !records.is_empty()) {
            crate::freed_memory::return_freed_memory();
        }
    }

    /// Drops every listing kept (a window that starts afresh holds none).
    pub fn forget_all(&self) {
        let mut listings = self.listings();
        let had_any = listings.values().any(|records| !records.is_empty());
        listings.clear();
        drop(listings);
        if had_any {
            crate::freed_memory::return_freed_memory();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|name| (*name).to_owned()).collect()
    }

    #[test]
    fn records_come_back_as_they_went_in_at_the_indices_asked() {
        let store = RowStore::default();
        let first = [
            json!({"id": 1, "name": "A"}),
            json!({"id": 2, "nested": {"x": [1, 2]}}),
        ];
        assert_eq!(store.append("list", &first), None, "not opened");
        store.open("list");
        assert_eq!(store.append("list", &first), Some(2));
        assert_eq!(store.append("list", &[json!({"id": 3})]), Some(3));
        assert_eq!(
            store.records("list", &[2, 0, 9]),
            vec![json!({"id": 3}), first[0].clone(), Value::Null]
        );
        assert_eq!(store.records("other", &[0]), vec![Value::Null]);
    }

    #[test]
    fn fields_copy_only_the_names_asked_from_the_index_given() {
        let store = RowStore::default();
        store.open("list");
        store.append(
            "list",
            &[
                json!({"id": 1, "startedAt": "2026-01-01", "big": {"deep": [1, 2, 3]}}),
                json!({"id": 2, "big": "text", "na\u{00ef}ve": 4}),
                json!([1, 2]),
            ],
        );
        assert_eq!(
            store.fields("list", &names(&["id", "startedAt", "na\u{00ef}ve"]), 0),
            vec![
                json!({"id": 1, "startedAt": "2026-01-01"}),
                json!({"id": 2, "na\u{00ef}ve": 4}),
                json!({}),
            ]
        );
        assert_eq!(
            store.fields("list", &names(&["id"]), 1),
            vec![json!({"id": 2}), json!({})]
        );
    }

    #[test]
    fn forgetting_drops_one_listing_or_all() {
        let store = RowStore::default();
        store.open("a");
        store.open("b");
        store.append("a", &[json!(1)]);
        store.append("b", &[json!(2)]);
        store.forget("a");
        assert_eq!((store.count("a"), store.count("b")), (0, 1));
        assert_eq!(
            store.append("a", &[json!(3)]),
            None,
            "a forgotten key stays so"
        );
        store.forget_all();
        assert_eq!(store.count("b"), 0);
    }
}
