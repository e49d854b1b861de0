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
    let request = first_request();
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
        let page = plain_page(http, &url, token).await?;
        records += page.records;
        pages += 1;
        memory.sample();
        next = page.next;
    }
    Ok(Walk {
        records,
        pages,
        elapsed: started.elapsed(),
        memory_growth: memory.growth_bytes(),
    })
}

/// Both ways at once, page by page: each page through the client and with a
/// plain GET, each timed on its own, taking turns at going first (the second
/// fetch of a page finds the tenant's data in the CPU caches). Load from other
/// work on the machine then falls on both sides alike.
pub async fn interleaved(
    client: &Client,
    op: &'static Operation,
    http: &reqwest::Client,
    first_url: String,
    token: &str,
) -> anyhow::Result<(Duration, Duration)> {
    let mut stream = std::pin::pin!(client.pages(op, first_request()));
    let mut next_plain = Some(first_url);
    let (mut client_time, mut plain_time) = (Duration::ZERO, Duration::ZERO);
    for index in 0u64.. {
        let mut client_page = None;
        let mut plain = None;
        for side in [index % 2, 1 - index % 2] {
            let started = Instant::now();
            if side == 0 {
                client_page = stream
                    .try_next()
                    .await
                    .context("the client's page stream")?;
                client_time += started.elapsed();
            } else {
                if let Some(url) = next_plain.take() {
                    plain = Some(plain_page(http, &url, token).await?);
                }
                plain_time += started.elapsed();
            }
        }
        match (client_page, plain) {
            (None, None) => break,
            (Some(page), Some(plain)) if page.records.len() as u64 == plain.records => {
                next_plain = plain.next;
            }
            (page, plain) => bail!(
                "the two ways read different pages: client {:?} records, plain {:?}",
                page.map(|p| p.records.len()),
                plain.map(|p| p.records)
            ),
        }
    }
    Ok((client_time, plain_time))
}

/// The first request of the walk: an empty cursor (added by the stream) and
/// pages of [`PER_PAGE`].
fn first_request() -> OperationRequest {
    OperationRequest {
        query: QueryInput {
            per_page: Some(PER_PAGE),
            ..QueryInput::default()
        },
        ..OperationRequest::default()
    }
}

struct PlainPage {
    records: u64,
    next: Option<String>,
}

async fn plain_page(http: &reqwest::Client, url: &str, token: &str) -> anyhow::Result<PlainPage> {
    let response = http
        .get(url)
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
    let records = body["data"].as_array().map_or(0, Vec::len) as u64;
    // An empty page ends the walk, as it does for the client.
    let next = body["links"]["next"]
        .as_str()
        .filter(|_| records > 0)
        .map(str::to_owned);
    Ok(PlainPage { records, next })
}
