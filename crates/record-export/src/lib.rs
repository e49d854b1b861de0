//! Records of a listing written as CSV or JSON Lines, page by page as they
//! arrive, so memory stays flat however long the listing is. Used by the
//! desktop app's export and by the command-line tool.

use std::io::{BufWriter, Write};

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The column for records that are not JSON objects.
const VALUE_COLUMN: &str = "value";

/// The file formats an export can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub enum ExportFormat {
    /// One column per top-level field of the first page's records.
    Csv,
    /// One JSON record per line, exactly as the tenant sent it.
    JsonLines,
}

impl ExportFormat {
    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::JsonLines => "jsonl",
        }
    }
}

/// Where records go; buffered, and flushed at the end of every page.
pub enum RecordSink<W: Write> {
    Jsonl(BufWriter<W>),
    /// The columns are fixed by the first page that has records.
    Csv {
        // Boxed: the CSV writer's state is large next to a `BufWriter`.
        writer: Box<csv::Writer<W>>,
        columns: Option<Vec<String>>,
    },
}

impl<W: Write> RecordSink<W> {
    pub fn new(format: ExportFormat, out: W) -> Self {
        match format {
            ExportFormat::JsonLines => RecordSink::Jsonl(BufWriter::new(out)),
            ExportFormat::Csv => RecordSink::Csv {
                writer: Box::new(csv::Writer::from_writer(out)),
                columns: None,
            },
        }
    }

    /// Writes one page and flushes it, so a reader sees whole pages.
    pub fn write_page(&mut self, records: &[Value]) -> std::io::Result<()> {
        match self {
            RecordSink::Jsonl(out) => {
                for record in records {
                    serde_json::to_writer(&mut *out, record)?;
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
                        writer.write_record(&first).map_err(std::io::Error::from)?;
                        columns.insert(first)
                    }
                };
                for record in records {
                    writer
                        .write_record(columns.iter().map(|column| cell_of(record, column)))
                        .map_err(std::io::Error::from)?;
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

    fn written(format: ExportFormat, pages: &[Vec<Value>]) -> String {
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
            written(ExportFormat::Csv, &pages),
            "gone,id,name,tags\n,1,\"A, B\",\"[\"\"x\"\"]\"\n,2,,\n"
        );
    }

    #[test]
    fn json_lines_hold_one_record_each() {
        let pages = [vec![json!({"id": 1}), json!("odd")], vec![json!({"id": 2})]];
        assert_eq!(
            written(ExportFormat::JsonLines, &pages),
            "{\"id\":1}\n\"odd\"\n{\"id\":2}\n"
        );
    }
}
