//! Records of a listing written as CSV or JSON Lines, page by page as they
//! arrive, so memory stays flat however long the listing is. Used by the
//! desktop app's export and by the command-line tool.
//!
//! CSV columns are fixed when the header is written (the first page with
//! records), because the file is streamed. Fields that first appear later are
//! not dropped: each row carries them in a last column, `other fields`, as a
//! JSON object. Text cells that a spreadsheet would run as a formula (starting
//! with `=`, `+`, `-`, `@`, a tab or a carriage return) get a leading `'`.

use std::io::{BufWriter, Write};

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The column for records that are not JSON objects.
const VALUE_COLUMN: &str = "value";

/// The last CSV column: fields missing from the header, as one JSON object per row.
pub const OTHER_FIELDS_COLUMN: &str = "other fields";

/// First characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// The file formats an export can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub enum ExportFormat {
    /// One column per top-level field of the first page's records, then
    /// `other fields` for fields that appear only later.
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
                        let header = first
                            .iter()
                            .map(|name| neutralised(name.clone()))
                            .chain([OTHER_FIELDS_COLUMN.to_owned()]);
                        writer.write_record(header).map_err(std::io::Error::from)?;
                        columns.insert(first)
                    }
                };
                for record in records {
                    let cells = columns
                        .iter()
                        .map(|column| cell_of(record, column))
                        .chain([other_fields(record, columns)]);
                    writer.write_record(cells).map_err(std::io::Error::from)?;
                }
                writer.flush()?;
            }
        }
        Ok(())
    }

    /// Flushes what is buffered; call before handing the file over.
    pub fn finish(&mut self) -> std::io::Result<()> {
        match self {
            RecordSink::Jsonl(out) => out.flush(),
            RecordSink::Csv { writer, .. } => writer.flush(),
        }
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
        Some(Value::String(text)) => neutralised(text.clone()),
        // Numbers stay numbers (`-5`); lists and objects start with `[` or `{`.
        Some(other) => other.to_string(),
    }
}

/// The fields of `record` that have no column, as a JSON object; empty when none.
fn other_fields(record: &Value, columns: &[String]) -> String {
    let extra: serde_json::Map<String, Value> = match record {
        Value::Object(fields) => fields
            .iter()
            .filter(|(name, _)| !columns.contains(name))
            .map(|(name, value)| (name.clone(), value.clone()))
            .collect(),
        other if !columns.iter().any(|column| column == VALUE_COLUMN) => {
            [(VALUE_COLUMN.to_owned(), other.clone())]
                .into_iter()
                .collect()
        }
        _ => serde_json::Map::new(),
    };
    if extra.is_empty() {
        String::new()
    } else {
        Value::Object(extra).to_string()
    }
}

/// `=HYPERLINK(...)` → `'=HYPERLINK(...)`: shown as the text it is, never run.
fn neutralised(text: String) -> String {
    if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text
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
            "gone,id,name,tags,other fields\n,1,\"A, B\",\"[\"\"x\"\"]\",\n,2,,,\"{\"\"extra\"\":true}\"\n"
        );
    }

    #[test]
    fn fields_first_seen_after_page_one_are_kept_in_the_last_column() {
        let pages = [
            vec![json!({"id": 1})],
            vec![
                json!({"id": 2, "vat": "BG1", "limits": {"kw": 22}}),
                json!("odd"),
            ],
        ];
        let text = written(ExportFormat::Csv, &pages);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(reader.headers().unwrap(), vec!["id", OTHER_FIELDS_COLUMN]);
        assert_eq!(&rows[0][1], "");
        let extra: Value = serde_json::from_str(&rows[1][1]).unwrap();
        assert_eq!(extra, json!({"vat": "BG1", "limits": {"kw": 22}}));
        let odd: Value = serde_json::from_str(&rows[2][1]).unwrap();
        assert_eq!(odd, json!({"value": "odd"}));
    }

    #[test]
    fn cells_a_spreadsheet_would_run_as_formulas_are_neutralised() {
        let pages = [vec![json!({
            "a": "=HYPERLINK(\"http://x\")",
            "b": "+1",
            "c": "-2+3",
            "d": "@SUM(A1)",
            "e": "\tx",
            "f": "\rx",
            "g": -5,
            "h": "plain",
            "=evil": "x"
        })]];
        let text = written(ExportFormat::Csv, &pages);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        assert!(header.contains(&"'=evil".to_owned()));
        let row = reader.records().next().unwrap().unwrap();
        let cell = |name: &str| {
            let index = header.iter().position(|h| h == name).unwrap();
            row[index].to_owned()
        };
        assert_eq!(cell("a"), "'=HYPERLINK(\"http://x\")");
        assert_eq!(cell("b"), "'+1");
        assert_eq!(cell("c"), "'-2+3");
        assert_eq!(cell("d"), "'@SUM(A1)");
        assert_eq!(cell("e"), "'\tx");
        assert_eq!(cell("f"), "'\rx");
        assert_eq!(cell("g"), "-5", "numbers stay numbers");
        assert_eq!(cell("h"), "plain");
        assert_eq!(cell("'=evil"), "x");
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
