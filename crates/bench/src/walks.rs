//! The two ways of reading every page of one listing that the benchmark
//! compares: through the client's page stream, and a plain sequential HTTP
//! loop following `links.next`. Both read the same pages of the same size.

use std::time::{Duration, Instant};

use ampeco::{Client, Operation, OperationRequest, QueryInput};
use anyhow::{bail, Context};
use futures_util::TryStreamExt;
use reqwest::header::ACCEPT;
use serde_json::Value;

use crate::memory::PeakGrowth;

pub const PER_PAGE: u32 = 100;

/// What one complete read of the listing took.
#[derive(Debug, Clone, Copy)]
pub struct Walk {
    pub records: u64,
    pub pages: u64,
    pub elapsed: Duration,
    /// Peak resident memory above the level at the start, sampled between pages.
    pub memory_growth: u64,
}

/// Every page through `Client::pages`, counting records as they stream by.
pub async fn through_client(client: &Client, op: &'static Operation) -> anyhow::Result<Walk> {
    let request = OperationRequest {
        query: QueryInput {
            per_page: Some(PER_PAGE),
            ..QueryInput::default()
        },
        ..OperationRequest::default()
    };
    let mut memory = PeakGrowth::start();
    let started = Instant::now();
    let (mut records, mut pages) = (0, 0);
    let mut stream = std::pin::pin!(client.pages(op, request));
    while let Some(page) = stream
        .try_next()
        .await
        .context("the client's page stream")?
    {
        records += page.records.len() as u64;
        pages += 1;
        memory.sample();
    }
    Ok(Walk {
        records,
        pages,
        elapsed: started.elapsed(),
        memory_growth: memory.growth_bytes(),
    })
}

/// Every page with plain GETs: the first with an empty cursor, then each
/// `links.next` until there is none.
pub async fn plain_loop(
    http: &reqwest::Client,
    first_url: String,
    token: &str,
) -> anyhow::Result<Walk> {
    let mut memory = PeakGrowth::start();
    let started = Instant::now();
    let (mut records, mut pages) = (0, 0);
    let mut next = Some(first_url);
    while let Some(url) = next {
        let response = http
            .get(&url)
            .bearer_auth(token)
            .header(ACCEPT, "application/json")
            .send()
            .await
            .with_context(|| format!("GET {url}"))?;
        if !response.status().is_success() {
            bail!("GET {url}: HTTP {}", response.status());
        }
        let bytes = response
            .bytes()
            .await
            .with_context(|| format!("GET {url}"))?;
        let body: Value = serde_json::from_slice(&bytes).context("a page that is not JSON")?;
        let data = body["data"].as_array().map_or(0, Vec::len);
        records += data as u64;
        pages += 1;
        memory.sample();
        next = body["links"]["next"]
            .as_str()
            .filter(|_| data > 0)
            .map(str::to_owned);
    }
    Ok(Walk {
        records,
        pages,
        elapsed: started.elapsed(),
        memory_growth: memory.growth_bytes(),
    })
}
