//! A record's name by a rule: the first alternative whose fields hold any text.

use serde_json::Value;

/// The name `rule` gives `record`: the texts of the first alternative with
/// any, joined by a space ("Anna" + "Novak"); `None` when no field has text.
pub fn name_of(record: &Value, rule: &[Vec<String>]) -> Option<String> {
    rule.iter().find_map(|fields| {
        let texts: Vec<String> = fields
            .iter()
            .filter_map(|field| record.get(field).and_then(text_of))
            .collect();
        (!texts.is_empty()).then(|| texts.join(" "))
    })
}

/// A value as a name: text trimmed, numbers as written, and a translated
/// name (`[{locale, translation}]`) by its first translation.
fn text_of(value: &Value) -> Option<String> {
    let text = match value {
        Value::String(text) => text.trim().to_owned(),
        Value::Number(number) => number.to_string(),
        Value::Array(items) => return items.iter().find_map(text_of),
        Value::Object(map) => {
            return ["translation", "name", "value"]
                .iter()
                .find_map(|key| map.get(*key).and_then(text_of))
        }
        Value::Null | Value::Bool(_) => return None,
    };
    (!text.is_empty()).then_some(text)
}

/// An id as text: strings as they are, numbers as written.
pub(crate) fn id_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) if !text.is_empty() => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn rule(alternatives: &[&[&str]]) -> Vec<Vec<String>> {
        alternatives
            .iter()
            .map(|fields| fields.iter().map(|f| f.to_string()).collect())
            .collect()
    }

    #[test]
    fn a_person_is_named_by_both_names_or_else_the_email() {
        let people = rule(&[&["firstName", "lastName"], &["email"]]);
        let anna = json!({"firstName": "Anna", "lastName": "Novak", "email": "a@x.eu"});
        assert_eq!(name_of(&anna, &people).as_deref(), Some("Anna Novak"));
        let nameless = json!({"firstName": " ", "lastName": null, "email": "a@x.eu"});
        assert_eq!(name_of(&nameless, &people).as_deref(), Some("a@x.eu"));
    }

    #[test]
    fn a_translated_name_reads_its_first_translation() {
        let record = json!({"name": [{"locale": "en", "translation": "Munich Central"}]});
        assert_eq!(
            name_of(&record, &rule(&[&["name"]])).as_deref(),
            Some("Munich Central")
        );
    }

    #[test]
    fn numbers_name_and_empty_fields_do_not() {
        assert_eq!(
            name_of(&json!({"number": 12}), &rule(&[&["number"]])).as_deref(),
            Some("12")
        );
        assert_eq!(name_of(&json!({"name": ""}), &rule(&[&["name"]])), None);
        assert_eq!(name_of(&json!({"name": "x"}), &[]), None);
    }
}
