//! The `fetch-all` command's output: records as JSON lines or CSV, written
//! page by page as they arrive, so memory stays flat and a pipe sees progress.

use std::io::{BufWriter, Write};

use ampeco::operation::Operation;
use ampeco::{Client, OperationRequest};
use futures_util::TryStreamExt;
use serde_json::Value;

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
    out: impl Write,
) -> Result<u64, Failure> {
    let mut sink = RecordSink::new(format, out);
    let mut pages = std::pin::pin!(client.pages(op, request));
    let mut written = 0;
    while let Some(page) = pages.try_next().await? {
        sink.write_page(&page.records)?;
        written += page.records.len() as u64;
    }
    Ok(written)
}

/// Where records go; buffered, and flushed at the end of every page.
enum RecordSink<W: Write> {
    Jsonl(BufWriter<W>),
    /// The columns are fixed by the first page that has records.
    Csv {
        // Boxed: the CSV writer's state is large next to a `BufWriter`.
        writer: Box<csv::Writer<W>>,
        columns: Option<Vec<String>>,
    },
}

impl<W: Write> RecordSink<W> {
    fn new(format: Format, out: W) -> Self {
        match format {
            Format::Jsonl => RecordSink::Jsonl(BufWriter::new(out)),
            Format::Csv => RecordSink::Csv {
                writer: Box::new(csv::Writer::from_writer(out)),
                columns: None,
            },
        }
    }

    fn write_page(&mut self, records: &[Value]) -> Result<(), Failure> {
        match self {
            RecordSink::Jsonl(out) => {
                for record in records {
                    serde_json::to_writer(&mut *out, record).map_err(std::io::Error::from)?;
                    out.write_all(b"\n")?;
                }
                out.flush()?;
            }
            RecordSink::Csv { writer, columns } => {
                if records.is_empty() {
                    return Ok(());
                }
                let columns = match columns {
                    Some(columns) => columns,
                    None => {
                        let first = columns_of(records);
                        writer.write_record(&first)?;
                        columns.insert(first)
                    }
                };
                for record in records {
                    writer.write_record(columns.iter().map(|column| cell_of(record, column)))?;
                }
                writer.flush()?;
            }
        }
        Ok(())
    }
}

/// The union of the records' top-level fields, in the order they first appear.
fn columns_of(records: &[Value]) -> Vec<String> {
    let mut columns: Vec<String> = Vec::new();
    for record in records {
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
    columns
}

/// Text as is, nothing for null or a missing field, JSON for numbers,
/// booleans, lists and objects. A record that is not an object fills `value`.
fn cell_of(record: &Value, column: &str) -> String {
    let value = match record {
        Value::Object(fields) => fields.get(column),
        other if column == VALUE_COLUMN => Some(other),
        _ => None,
    };
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(text)) => text.clone(),
        Some(other) => other.to_string(),
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
        assert_eq!(columns_of(&page), ["id", "name", "status", "value"]);
    }

    fn written(format: Format, pages: &[Vec<Value>]) -> String {
        let mut out = Vec::new();
        let mut sink = RecordSink::new(format, &mut out);
        for page in pages {
            sink.write_page(page).unwrap();
        }
        drop(sink);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_cells_keep_the_values_readable() {
        let pages = [
            vec![],
            vec![json!({"gone": null, "id": 1, "name": "A, B", "tags": ["x"]})],
            vec![json!({"id": "2", "extra": true})],
        ];
        assert_eq!(
            written(Format::Csv, &pages),
            "gone,id,name,tags\n,1,\"A, B\",\"[\"\"x\"\"]\"\n,2,,\n"
        );
    }

    #[test]
    fn json_lines_hold_one_record_each() {
        let pages = [vec![json!({"id": 1}), json!("odd")], vec![json!({"id": 2})]];
        assert_eq!(
            written(Format::Jsonl, &pages),
            "{\"id\":1}\n\"odd\"\n{\"id\":2}\n"
        );
    }
}
