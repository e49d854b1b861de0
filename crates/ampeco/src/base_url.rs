//! The tenant's base address, checked so the token never travels in the clear.

use std::net::IpAddr;

use url::{Host, Url};

use crate::Error;

/// Checks `url` as a tenant base address: HTTPS, or plain HTTP to this computer
/// only (127.0.0.0/8, `::1`, `localhost`) — the demo tenant and tests run there.
/// Returns the address without query or fragment, ready to have paths appended.
pub fn check_base_url(url: &Url) -> Result<Url, Error> {
    let host = url.host().ok_or_else(|| {
        Error::invalid_request(format!(
            "the tenant address {url} has no host name; use e.g. https://yourcompany.charge.ampeco.tech"
        ))
    })?;
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&host) => {}
        "http" => {
            return Err(Error::InsecureUrl {
                url: url.to_string(),
            })
        }
        other => {
            return Err(Error::invalid_request(format!(
                "the tenant address must start with https://, not {other}://"
            )))
        }
    }
    let mut base = url.clone();
    base.set_query(None);
    base.set_fragment(None);
    Ok(base)
}

/// Whether `url` names this computer.
pub(crate) fn is_loopback_url(url: &Url) -> bool {
    url.host().is_some_and(|host| is_loopback(&host))
}

fn is_loopback(host: &Host<&str>) -> bool {
    match host {
        Host::Domain(name) => name.eq_ignore_ascii_case("localhost"),
        Host::Ipv4(ip) => IpAddr::V4(*ip).is_loopback(),
        Host::Ipv6(ip) => IpAddr::V6(*ip).is_loopback(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Result<Url, Error> {
        check_base_url(&Url::parse(text).unwrap())
    }

    #[test]
    fn https_is_accepted_anywhere() {
        assert_eq!(
            check("https://acme.charge.ampeco.tech/?x=1#top")
                .unwrap()
                .as_str(),
            "https://acme.charge.ampeco.tech/"
        );
    }

    #[test]
    fn plain_http_only_for_loopback() {
        for ok in [
            "http://127.0.0.1:8080",
            "http://127.1.2.3",
            "http://[::1]:9000",
            "http://localhost:3000",
            "http://LOCALHOST",
        ] {
            assert!(check(ok).is_ok(), "{ok}");
        }
        for insecure in [
            "http://acme.charge.ampeco.tech",
            "http://10.0.0.1",
            "http://localhost.evil.example",
            "http://[::2]",
        ] {
            assert!(
                matches!(check(insecure), Err(Error::InsecureUrl { .. })),
                "{insecure}"
            );
        }
    }

    #[test]
    fn other_schemes_are_refused() {
        assert!(matches!(
            check("ftp://acme.example"),
            Err(Error::InvalidRequest { .. })
        ));
        assert!(matches!(
            check("file:///tmp/x"),
            Err(Error::InvalidRequest { .. })
        ));
    }
}
