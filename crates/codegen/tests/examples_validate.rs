//! Every generated example body is valid against its own converted schema,
//! checked by an independent JSON Schema validator with formats enforced.

use codegen::examples::{example_request, Fill};
use codegen::json_schema::{to_json_schema, Direction};
use codegen::output::{default_spec_dir, newest_spec_in};
use codegen::spec::Spec;

#[test]
fn every_example_body_validates_against_its_schema() {
    let Some(path) = newest_spec_in(&default_spec_dir()) else {
        println!(
            "skipped: no vendor spec (*.json) in {}",
            default_spec_dir().display()
        );
        return;
    };
    let spec = Spec::load(&path).expect("the spec loads");
    let mut failures = Vec::new();
    let mut checked = 0;
    for op in &spec.operations {
        let Some(body) = &op.body else { continue };
        let schema = to_json_schema(body, Direction::Request);
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap_or_else(|e| panic!("{}: schema does not compile: {e}", op.id));
        for fill in [Fill::Minimal, Fill::Full] {
            let example = example_request(op, fill);
            let body = example
                .body
                .expect("an operation with a body gets an example body");
            checked += 1;
            for error in validator.iter_errors(&body) {
                failures.push(format!(
                    "{} {fill:?} at {}: {error}",
                    op.id,
                    error.instance_path()
                ));
            }
        }
    }
    println!("{checked} example bodies checked");
    assert!(
        failures.is_empty(),
        "{} invalid examples:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_path_parameter_gets_a_value() {
    let Some(path) = newest_spec_in(&default_spec_dir()) else {
        println!(
            "skipped: no vendor spec (*.json) in {}",
            default_spec_dir().display()
        );
        return;
    };
    let spec = Spec::load(&path).expect("the spec loads");
    for op in &spec.operations {
        for fill in [Fill::Minimal, Fill::Full] {
            let example = example_request(op, fill);
            for param in &op.path_params {
                let value = &example.path[&param.name];
                assert!(
                    value.is_number() || value.is_string(),
                    "{} {}: {value}",
                    op.id,
                    param.name
                );
            }
        }
    }
}

#[test]
fn a_full_listing_example_fills_filters_includes_and_paging() {
    let Some(path) = newest_spec_in(&default_spec_dir()) else {
        println!(
            "skipped: no vendor spec (*.json) in {}",
            default_spec_dir().display()
        );
        return;
    };
    let spec = Spec::load(&path).expect("the spec loads");
    let examples = codegen::examples::examples(&spec);
    assert_eq!(examples.len(), 452);
    let users = &examples["usersListing"];
    assert!(users.minimal.query.is_empty(), "{:?}", users.minimal.query);
    let full = &users.full.query;
    assert_eq!(full["cursor"], serde_json::json!(""));
    assert!(full["filter"]["email"].is_string(), "{:?}", full["filter"]);
    assert!(full["include"].as_array().is_some_and(|i| !i.is_empty()));
    assert!(full.contains_key("per_page"));
    let read = &examples["chargePointRead"].minimal;
    assert_eq!(read.path["chargePoint"], serde_json::json!(1));
    assert_eq!(read.body, None);
}
