//! The `fetch-all` command's output: records as JSON lines or CSV, written as
//! each page arrives so memory stays flat and a pipe sees progress.

use std::io::Write;

use ampeco::operation::Operation;
use ampeco::{Client, OperationRequest};
use futures_util::TryStreamExt;
use serde_json::{Map, Value};

use crate::args::Format;
use crate::failure::Failure;

/// The column for records that are not JSON objects.
const VALUE_COLUMN: &str = "value";

/// Writes every record of the listing to `out`; returns how many were written.
pub async fn fetch_all(
    client: &Client,
    op: &'static Operation,
    request: OperationRequest,
    format: Format,
    out: &mut impl Write,
) -> Result<u64, Failure> {
    let mut pages = std::pin::pin!(client.pages(op, request));
    let mut written = 0;
    let mut csv: Option<CsvOut> = None;
    while let Some(page) = pages.try_next().await? {
        for record in &page.records {
            match format {
                Format::Jsonl => {
                    serde_json::to_writer(&mut *out, record).map_err(std::io::Error::from)?;
                    writeln!(out)?;
                }
                Format::Csv => {
                    let csv = csv.get_or_insert_with(|| CsvOut::new(&page.records));
                    csv.write(&mut *out, record)?;
                }
            }
            written += 1;
        }
        out.flush()?;
    }
    Ok(written)
}

/// CSV state: the columns, fixed by the first page (the union of its records'
/// top-level fields, in the order they first appear).
struct CsvOut {
    columns: Vec<String>,
    header_written: bool,
}

impl CsvOut {
    fn new(first_page: &[Value]) -> Self {
        let mut columns: Vec<String> = Vec::new();
        for record in first_page {
            let names: Vec<&str> = match record {
                Value::Object(fields) => fields.keys().map(String::as_str).collect(),
                _ => vec![VALUE_COLUMN],
            };
            for name in names {
                if !columns.iter().any(|column| column == name) {
                    columns.push(name.to_owned());
                }
            }
        }
        CsvOut {
            columns,
            header_written: false,
        }
    }

    fn write(&mut self, out: &mut impl Write, record: &Value) -> Result<(), Failure> {
        let mut writer = csv::Writer::from_writer(out);
        if !self.header_written {
            writer.write_record(&self.columns)?;
            self.header_written = true;
        }
        let empty = Map::new();
        let fields = record.as_object().unwrap_or(&empty);
        let row = self.columns.iter().map(|column| match fields.get(column) {
            Some(value) => cell(value),
            None if column == VALUE_COLUMN && !record.is_object() => cell(record),
            None => String::new(),
        });
        writer.write_record(row)?;
        writer.flush()?;
        Ok(())
    }
}

/// Text as is, nothing for null, JSON for numbers, booleans, lists and objects.
fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn columns_are_the_union_of_the_first_page_in_order() {
        let page = [
            json!({"id": 1, "name": "A"}),
            json!({"id": 2, "status": "x"}),
            json!(3),
        ];
        let csv = CsvOut::new(&page);
        assert_eq!(csv.columns, ["id", "name", "status", "value"]);
    }

    #[test]
    fn cells_keep_the_values_readable() {
        let mut csv = CsvOut::new(&[json!({"gone": null, "id": 1, "name": "A, B", "tags": ["x"]})]);
        let mut out = Vec::new();
        csv.write(
            &mut out,
            &json!({"id": 1, "name": "A, B", "tags": ["x"], "gone": null}),
        )
        .unwrap();
        csv.write(&mut out, &json!({"id": "2", "extra": true}))
            .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "gone,id,name,tags\n,1,\"A, B\",\"[\"\"x\"\"]\"\n,2,,\n"
        );
    }
}
