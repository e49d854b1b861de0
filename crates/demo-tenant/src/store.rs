//! Records in memory, by collection key, ordered by id.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde_json::Value;

/// A record id: numbers sort numerically, before any text id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IdKey {
    Number(u64),
    Text(String),
}

impl IdKey {
    pub fn parse(text: &str) -> IdKey {
        match text.parse::<u64>() {
            Ok(number) => IdKey::Number(number),
            Err(_) => IdKey::Text(text.to_owned()),
        }
    }

    /// The id of a record, from its `id` field.
    pub fn of(record: &Value) -> Option<IdKey> {
        match record.get("id")? {
            Value::Number(n) => n.as_u64().map(IdKey::Number),
            Value::String(s) => Some(IdKey::parse(s)),
            _ => None,
        }
    }

    /// The id as JSON: a string when the collection's schema says so.
    pub fn to_json(&self, as_string: bool) -> Value {
        match self {
            IdKey::Number(n) if as_string => Value::String(n.to_string()),
            IdKey::Number(n) => Value::from(*n),
            IdKey::Text(s) => Value::String(s.clone()),
        }
    }
}

impl fmt::Display for IdKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IdKey::Number(n) => write!(f, "{n}"),
            IdKey::Text(s) => f.write_str(s),
        }
    }
}

/// One collection's records.
#[derive(Debug, Default, Clone)]
pub struct Collection {
    pub records: BTreeMap<IdKey, Value>,
    pub id_is_string: bool,
}

impl Collection {
    /// The next free numeric id.
    pub fn next_id(&self) -> u64 {
        self.records
            .keys()
            .rev()
            .find_map(|key| match key {
                IdKey::Number(n) => Some(n + 1),
                IdKey::Text(_) => None,
            })
            .unwrap_or(1)
    }

    /// Adds `record` under a fresh id, written into its `id` field.
    pub fn insert_new(&mut self, mut record: Value) -> Value {
        let key = IdKey::Number(self.next_id());
        if let Value::Object(map) = &mut record {
            map.insert("id".to_owned(), key.to_json(self.id_is_string));
        }
        self.records.insert(key, record.clone());
        record
    }

    /// Stores `record` under its own `id` (or the next free one if it has none).
    pub fn put(&mut self, record: Value) {
        match IdKey::of(&record) {
            Some(key) => {
                self.records.insert(key, record);
            }
            None => {
                let key = IdKey::Number(self.next_id());
                self.records.insert(key, record);
            }
        }
    }
}

/// Every collection and singleton of the tenant.
#[derive(Debug, Default)]
pub struct Store {
    pub collections: HashMap<String, Collection>,
    pub singletons: HashMap<String, Value>,
}

impl Store {
    pub fn collection_mut(&mut self, key: &str) -> &mut Collection {
        self.collections.entry(key.to_owned()).or_default()
    }

    pub fn get(&self, key: &str, id: &IdKey) -> Option<&Value> {
        self.collections.get(key)?.records.get(id)
    }

    pub fn get_mut(&mut self, key: &str, id: &IdKey) -> Option<&mut Value> {
        self.collections.get_mut(key)?.records.get_mut(id)
    }
}
