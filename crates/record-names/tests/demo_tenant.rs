//! Names resolved against the demo tenant on loopback: one read per distinct
//! id, none for a cached name, again once a name expires or the tenant
//! switches, and a reason for ids that name no record.

use std::time::Duration;

use ampeco::generated::{ListOperation, ReadOperation};
use ampeco::{Client, ClientConfig, OperationRequest, QueryInput, SecretString, Url};
use demo_tenant::{DemoConfig, DemoTenant, RunningDemo};
use record_names::{ExportNames, NameColumn, NameLookup, NameOutcome, Names};
use serde_json::Value;
use session::{ActiveTenant, ExportFormat, Listing, Session, SessionError, TenantView};

const TOKEN: &str = "names-test";

async fn demo() -> RunningDemo {
    DemoTenant::start(DemoConfig {
        token: TOKEN.to_owned(),
        ..DemoConfig::default()
    })
    .await
    .expect("the demo tenant starts")
}

fn tenant(demo: &RunningDemo, profile: &str) -> ActiveTenant {
    let url = Url::parse(demo.url()).unwrap();
    ActiveTenant {
        view: TenantView {
            profile_id: Some(profile.to_owned()),
            name: profile.to_owned(),
            tenant_url: demo.url().to_owned(),
            color: "blue".to_owned(),
            read_only: true,
            demo: false,
            generation: 0,
        },
        client: Client::new(ClientConfig::new(url, SecretString::from(TOKEN))).unwrap(),
    }
}

/// A session connected to `demo`, and the connection's generation.
fn connect(demo: &RunningDemo) -> (Session, u32) {
    let session = Session::new();
    session.activate(tenant(demo, "first"));
    let generation = session.active().unwrap().view.generation;
    (session, generation)
}

/// How many location reads the demo tenant has answered.
fn location_reads(demo: &RunningDemo) -> usize {
    demo.served()
        .iter()
        .filter(|line| line.starts_with("GET /public-api/resources/locations/"))
        .count()
}

fn locations(ids: &[&str]) -> NameLookup {
    NameLookup {
        read: ReadOperation::LocationRead,
        list: Some(ListOperation::LocationsListing),
        id_filter: None,
        rule: vec![vec!["name".to_owned()]],
        ids: ids.iter().map(|id| id.to_string()).collect(),
    }
}

/// The ids of the locations the first page of charge points refers to, and
/// the name each location has when read directly.
async fn referenced_locations(session: &Session) -> Vec<(String, String)> {
    let client = session.active().unwrap().client;
    let page = client
        .execute(
            ListOperation::ChargePointsListing.operation(),
            OperationRequest {
                query: QueryInput {
                    cursor: Some(String::new()),
                    per_page: Some(20),
                    ..QueryInput::default()
                },
                ..OperationRequest::default()
            },
        )
        .await
        .unwrap();
    let records = page.body.unwrap()["data"].as_array().unwrap().clone();
    let mut ids: Vec<String> = records
        .iter()
        .filter_map(|r| r.get("locationId").map(Value::to_string))
        .collect();
    ids.sort();
    ids.dedup();
    let mut named = Vec::new();
    for id in ids {
        let read = client
            .execute(
                ReadOperation::LocationRead.operation(),
                OperationRequest::with_path([("location", Value::String(id.clone()))]),
            )
            .await
            .unwrap();
        let record = read.body.unwrap()["data"].clone();
        let name = record_names::name_of(&record, &[vec!["name".to_owned()]]).unwrap();
        named.push((id, name));
    }
    named
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_of_references_costs_one_read_per_distinct_id_and_none_when_cached() {
    let demo = demo().await;
    let (session, generation) = connect(&demo);
    let expected = referenced_locations(&session).await;
    assert!(
        expected.len() >= 2,
        "the first page refers to a few locations"
    );
    let before = location_reads(&demo);

    // Every id twice, as a page of charge points at the same sites has them.
    let ids: Vec<&str> = expected
        .iter()
        .chain(expected.iter())
        .map(|(id, _)| id.as_str())
        .collect();
    let names = Names::new();
    let resolved = names
        .resolve(&session, generation, locations(&ids))
        .await
        .unwrap();
    let got: Vec<(String, NameOutcome)> = resolved.into_iter().map(|r| (r.id, r.outcome)).collect();
    let want: Vec<(String, NameOutcome)> = expected
        .iter()
        .map(|(id, name)| (id.clone(), NameOutcome::Named { name: name.clone() }))
        .collect();
    assert_eq!(got, want, "each id once, in the order asked, with its name");
    assert_eq!(location_reads(&demo) - before, expected.len());

    // Asked again within the expiry: answered from the cache, nothing sent.
    let again = names
        .resolve(&session, generation, locations(&ids))
        .await
        .unwrap();
    assert_eq!(again.len(), expected.len());
    assert_eq!(location_reads(&demo) - before, expected.len());
    demo.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_name_is_read_again() {
    let demo = demo().await;
    let (session, generation) = connect(&demo);
    let expected = referenced_locations(&session).await;
    let id = expected[0].0.as_str();
    let names = Names::with_max_age(Duration::ZERO);
    let before = location_reads(&demo);
    names
        .resolve(&session, generation, locations(&[id]))
        .await
        .unwrap();
    names
        .resolve(&session, generation, locations(&[id]))
        .await
        .unwrap();
    assert_eq!(location_reads(&demo) - before, 2);
    demo.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tenant_switch_refuses_the_old_connection_and_drops_the_cache() {
    let demo = demo().await;
    let (session, first) = connect(&demo);
    let expected = referenced_locations(&session).await;
    let id = expected[0].0.as_str();
    let names = Names::new();
    names
        .resolve(&session, first, locations(&[id]))
        .await
        .unwrap();

    session.activate(tenant(&demo, "second"));
    let second = session.active().unwrap().view.generation;
    let stale = names.resolve(&session, first, locations(&[id])).await;
    assert!(matches!(stale, Err(SessionError::TenantChanged)));

    let before = location_reads(&demo);
    let fresh = names
        .resolve(&session, second, locations(&[id]))
        .await
        .unwrap();
    assert_eq!(
        fresh[0].outcome,
        NameOutcome::Named {
            name: expected[0].1.clone()
        }
    );
    assert_eq!(
        location_reads(&demo) - before,
        1,
        "the new tenant is asked anew"
    );
    demo.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_id_naming_no_record_keeps_a_reason_and_is_not_asked_twice() {
    let demo = demo().await;
    let (session, generation) = connect(&demo);
    let names = Names::new();
    let before = location_reads(&demo);
    let resolved = names
        .resolve(&session, generation, locations(&["987654321"]))
        .await
        .unwrap();
    assert!(
        matches!(resolved[0].outcome, NameOutcome::NotFound { .. }),
        "{resolved:?}"
    );
    names
        .resolve(&session, generation, locations(&["987654321"]))
        .await
        .unwrap();
    assert_eq!(location_reads(&demo) - before, 1);
    demo.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_is_resolved_without_a_connection() {
    let names = Names::new();
    let outcome = names.resolve(&Session::new(), 1, locations(&["1"])).await;
    assert!(matches!(outcome, Err(SessionError::NotConnected)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_with_names_has_each_location_named_beside_its_id() {
    let demo = demo().await;
    let (session, generation) = connect(&demo);
    let expected = referenced_locations(&session).await;
    let names = Names::new();
    let dir = tempfile::tempdir().unwrap();
    let column = NameColumn {
        field: "locationId".to_owned(),
        lookup: locations(&[]),
    };
    let listing = Listing {
        op: ListOperation::ChargePointsListing.operation(),
        request: OperationRequest::default(),
        extras: Some(Box::new(ExportNames::new(&names, vec![column]))),
    };
    let result = session
        .on_tenant(generation)
        .export_listing(
            "export-with-names",
            listing,
            ExportFormat::JsonLines,
            dir.path(),
            "charge-points",
            |_| {},
        )
        .await
        .unwrap();
    let text = std::fs::read_to_string(&result.path).unwrap();
    let records: Vec<Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(records.len() as u32, result.records);
    let mut checked = 0;
    for record in &records {
        let id = record["locationId"].to_string();
        if let Some((_, name)) = expected.iter().find(|(known, _)| *known == id) {
            assert_eq!(record["locationId (name)"], Value::String(name.clone()));
            checked += 1;
        }
        assert!(
            record.get("locationId (name)").is_some(),
            "every record has the column"
        );
    }
    assert!(
        checked > 0,
        "the export holds charge points of the known locations"
    );
    demo.shutdown().await;
}
