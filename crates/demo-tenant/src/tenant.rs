//! The tenant's state: the catalog, the store, and the seed that fills it.
//!
//! Core resources are built up front by [`crate::network`] (see
//! [`crate::seeded`]) so that they refer to each other; every other collection
//! is generated from its schema the first time it is asked for, from a
//! generator seeded by the tenant seed and the collection's key, so the order
//! of requests never changes the data.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::{Arc, Mutex, RwLock, RwLockReadGuard, RwLockWriteGuard};

use ampeco::generated::REQUEST_SCHEMAS_JSON;
use ampeco::validate::RequestSchemas;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde_json::{json, Map, Value};
use time::OffsetDateTime;

use crate::catalog::{depth, properties_of, Catalog};
use crate::store::{Collection, IdKey, Store};
use crate::synth::{words, Sizes, Synth};

/// Records generated per top-level collection at scale 1 when no overlay sets it.
const DEFAULT_SIZE: u64 = 12;
/// Distinct synthesized bodies per collection; records beyond reuse them with
/// their own id, so big scales stay fast.
pub const VARIANTS: usize = 16;

pub struct Tenant {
    pub catalog: Catalog,
    pub seed: u64,
    pub scale: u64,
    /// "Now" for generated history; fixed per run so the data is reproducible.
    pub anchor: OffsetDateTime,
    pub sizes: HashMap<String, u64>,
    /// Request-body schemas, to validate bodies and to know writable fields.
    pub request_schemas: RequestSchemas,
    pub request_schemas_json: Map<String, Value>,
    /// Record schemas compiled for answers, by operation id (see [`crate::conform`]).
    pub record_validators: RecordValidators,
    store: RwLock<Store>,
}

/// A compiled record schema per operation id; `None` where the operation has none.
pub type RecordValidators =
    Mutex<HashMap<&'static str, Option<Arc<(Value, jsonschema::Validator)>>>>;

impl Sizes for HashMap<String, u64> {
    fn size_of(&self, collection: &str) -> Option<u64> {
        self.get(collection).copied()
    }
}

impl Tenant {
    /// A tenant with an empty store; `size_overrides` replaces the default size
    /// of some top-level collections. [`Tenant::new`] fills the store.
    pub fn unseeded(
        seed: u64,
        scale: u64,
        anchor: OffsetDateTime,
        size_overrides: impl IntoIterator<Item = (&'static str, u64)>,
    ) -> Tenant {
        let catalog = Catalog::load();
        let scale = scale.max(1);
        let mut sizes: HashMap<String, u64> = catalog
            .collections
            .keys()
            .filter(|template| depth(template) == 0)
            .map(|template| (template.clone(), DEFAULT_SIZE * scale))
            .collect();
        for (name, size) in size_overrides {
            sizes.insert(name.to_owned(), size);
        }
        let request_schemas_json: Map<String, Value> =
            serde_json::from_str(REQUEST_SCHEMAS_JSON).expect("generated request schemas are JSON");
        let request_schemas = RequestSchemas::from_map(request_schemas_json.clone());
        Tenant {
            catalog,
            seed,
            scale,
            anchor,
            sizes,
            request_schemas,
            request_schemas_json,
            record_validators: Mutex::default(),
            store: RwLock::default(),
        }
    }

    /// The store, to change it: one request at a time.
    pub fn lock(&self) -> RwLockWriteGuard<'_, Store> {
        self.store
            .write()
            .unwrap_or_else(|poison| poison.into_inner())
    }

    /// The store, to read it: listings asked side by side are served side by side.
    pub fn read(&self) -> RwLockReadGuard<'_, Store> {
        self.store
            .read()
            .unwrap_or_else(|poison| poison.into_inner())
    }

    /// A generator for `purpose`, the same for every run with this seed.
    pub fn rng(&self, purpose: &str) -> ChaCha8Rng {
        let mut hasher = DefaultHasher::new();
        purpose.hash(&mut hasher);
        ChaCha8Rng::seed_from_u64(self.seed ^ hasher.finish())
    }

    /// A synthesizer naming its records after `template`.
    pub fn synth<'a>(&'a self, rng: &'a mut ChaCha8Rng, template: &str) -> Synth<'a> {
        let last = template
            .rsplit('/')
            .find(|s| !s.is_empty() && !s.starts_with('{') && !crate::catalog::is_version(s))
            .unwrap_or("record");
        let noun = words(last.trim_end_matches('s'));
        Synth {
            rng,
            sizes: &self.sizes,
            now: self.anchor,
            noun,
        }
    }

    /// `count` records for `template`, ids 1..=count, from its schemas.
    pub fn generate(&self, template: &str, key: &str, count: u64) -> Collection {
        let Some(spec) = self.catalog.collections.get(template) else {
            return Collection::default();
        };
        let mut rng = self.rng(key);
        let variants: Vec<Value> = (0..VARIANTS.min(count as usize))
            .map(|_| self.synth_merged(&mut rng, template, &spec.record_schemas))
            .collect();
        let mut collection = Collection {
            id_is_string: spec.id_is_string,
            bases: Some(Arc::new(variants)),
            key_field: spec.key_field.map(|(field, _)| field),
            ..Collection::default()
        };
        match spec.key_field {
            Some((field, values)) => {
                for value in values.iter().take(count as usize) {
                    collection
                        .records
                        .insert(IdKey::parse(value), json!({ field: value }));
                }
            }
            None => {
                for id in 1..=count {
                    let key = IdKey::Number(id);
                    let own = json!({ "id": key.to_json(spec.id_is_string) });
                    collection.records.insert(key, own);
                }
            }
        }
        collection
    }

    /// One record filled from the first schema, then topped up with the
    /// properties only other versions declare.
    pub fn synth_merged(&self, rng: &mut ChaCha8Rng, template: &str, schemas: &[Value]) -> Value {
        let mut synth = self.synth(rng, template);
        let Some((first, others)) = schemas.split_first() else {
            return json!({});
        };
        let mut record = synth.record(first);
        if let Value::Object(merged) = &mut record {
            for schema in others {
                for (name, property) in properties_of(schema) {
                    if !merged.contains_key(name) {
                        let value = synth.value(property, name, 1);
                        merged.insert(name.clone(), value);
                    }
                }
            }
        }
        record
    }

    /// A synthesized record for one schema (for singletons and answers).
    pub fn synth_one(&self, purpose: &str, schema: &Value) -> Value {
        let mut rng = self.rng(purpose);
        self.synth(&mut rng, purpose).record(schema)
    }

    /// Makes sure the collection `key` (of `template`) exists in `store`:
    /// generated on first use. Nested collections get a few records each.
    pub fn ensure(&self, store: &mut Store, template: &str, key: &str) {
        if store.collections.contains_key(key) {
            return;
        }
        let count = if depth(template) == 0 {
            self.sizes.get(template).copied().unwrap_or(DEFAULT_SIZE)
        } else {
            let mut rng = self.rng(key);
            rand::Rng::random_range(&mut rng, 1..=3)
        };
        let collection = self.generate(template, key, count);
        store.collections.insert(key.to_owned(), collection);
    }
}
