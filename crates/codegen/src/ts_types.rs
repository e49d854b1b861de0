use std::collections::BTreeMap;
use serde_json::Value;
use crate::table::TableEntry;
pub fn operations_ts(header: &str, _t: &[TableEntry], _r: &BTreeMap<String, Value>, _s: &BTreeMap<String, Value>) -> String { format!("// {header}\n") }
