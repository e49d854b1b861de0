//! Proxies: this computer (the demo tenant) is never reached through one; a
//! real tenant is reached through the proxy the system is set up with. Its own
//! test binary, because it sets the proxy environment variables.

mod common;

use std::sync::{Arc, Mutex};

use ampeco::{Client, OperationRequest, SecretString, Url};
use axum::routing::get;
use axum::Router;
use common::{config, serve, GET, TOKEN};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// The first line of every request the proxy received.
type Seen = Arc<Mutex<Vec<String>>>;

async fn proxy() -> (String, Seen) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let seen: Seen = Arc::default();
    let record = seen.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let mut buffer = vec![0; 4096];
            let read = stream.read(&mut buffer).await.unwrap_or(0);
            let text = String::from_utf8_lossy(&buffer[..read]).to_string();
            record
                .lock()
                .unwrap()
                .push(text.lines().next().unwrap_or_default().to_owned());
            let _ = stream
                .write_all(b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n")
                .await;
        }
    });
    (address, seen)
}

/// Points every proxy variable at `address`. The test binary runs only the
/// one test below, so nothing else sees them.
fn use_proxy(address: &str) {
    for name in [
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
    ] {
        std::env::set_var(name, address);
    }
    std::env::remove_var("NO_PROXY");
    std::env::remove_var("no_proxy");
}

#[tokio::test]
async fn loopback_bypasses_the_proxy_and_a_real_tenant_goes_through_it() {
    let (address, seen) = proxy().await;
    use_proxy(&address);

    // This computer (the demo tenant): answered directly, the proxy sees nothing.
    let router = Router::new().route("/things", get(|| async { r#"{"data":[]}"# }));
    let client = Client::new(config(serve(router).await)).unwrap();
    let response = client
        .execute(&GET, OperationRequest::default())
        .await
        .expect("the loopback tenant answers directly");
    assert_eq!(response.status, 200);
    assert!(
        seen.lock().unwrap().is_empty(),
        "{:?}",
        seen.lock().unwrap()
    );

    // A real tenant: the request goes to the system's proxy.
    let tenant = Url::parse("https://tenant.example.invalid").unwrap();
    let mut config = ampeco::ClientConfig::new(tenant, SecretString::from(TOKEN));
    config.retry = ampeco::RetryPolicy::never();
    let error = Client::new(config)
        .unwrap()
        .execute(&GET, OperationRequest::default())
        .await
        .unwrap_err();
    let seen = seen.lock().unwrap().clone();
    assert_eq!(
        seen,
        vec!["CONNECT tenant.example.invalid:443 HTTP/1.1".to_owned()],
        "the request went to the proxy ({error})"
    );
}
