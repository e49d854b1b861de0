//! The address of an AMPECO.CHARGE tenant, normalised from whatever an operator pastes.
//!
//! Operators paste a bare host, a browser address with a page path, or the API base with
//! `/public-api`; all of these mean the same tenant, so only the origin (scheme, host, port)
//! is kept. Tokens travel to this address, so HTTPS is required except on loopback, where
//! the demo tenant and tests run.

use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use url::{Host, Url};

/// A tenant's origin, e.g. `https://acme.ampeco.tech` or `http://127.0.0.1:8080`.
///
/// Always `https`, or `http` on a loopback host; no user name, password, path, query or
/// fragment. Displays and serialises without a trailing slash.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct TenantUrl(Url);

/// Why a pasted address is not a usable tenant URL.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TenantUrlError {
    #[error("Enter your tenant's address, for example acme.ampeco.tech.")]
    Empty,
    /// The input is not repeated in the message: operators sometimes paste the token into the
    /// wrong field.
    #[error(
        "This is not a web address. Enter your tenant's address, for example acme.ampeco.tech."
    )]
    NotAUrl,
    #[error("Only https:// addresses are supported, not {scheme}://.")]
    UnsupportedScheme { scheme: String },
    #[error(
        "Plain http:// is only allowed for this computer (localhost). Use https://{host} instead."
    )]
    PlainHttpToRemoteHost { host: String },
    #[error(
        "Leave the user name and password out of the address; the API token is entered separately."
    )]
    HasCredentials,
    #[error(
        "The address has no host name. Enter your tenant's address, for example acme.ampeco.tech."
    )]
    NoHost,
}

impl TenantUrl {
    /// Normalises what an operator typed or pasted.
    pub fn parse(input: &str) -> Result<Self, TenantUrlError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(TenantUrlError::Empty);
        }

        let has_scheme = trimmed.contains("://");
        // A bare host gets https:// for the parser; loopback hosts are switched to http below.
        let candidate = if has_scheme {
            trimmed.to_string()
        } else {
            format!("https://{trimmed}")
        };
        let mut url = Url::parse(&candidate).map_err(|_| TenantUrlError::NotAUrl)?;

        match url.scheme() {
            "https" | "http" => {}
            other => {
                return Err(TenantUrlError::UnsupportedScheme {
                    scheme: other.to_string(),
                })
            }
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(TenantUrlError::HasCredentials);
        }
        let host = url.host().ok_or(TenantUrlError::NoHost)?;
        if let Host::Domain(name) = &host {
            if name.is_empty() {
                return Err(TenantUrlError::NoHost);
            }
        }
        let loopback = is_loopback(&host);

        if !has_scheme && loopback {
            url.set_scheme("http")
                .map_err(|_| TenantUrlError::NotAUrl)?;
        }
        if url.scheme() == "http" && !loopback {
            return Err(TenantUrlError::PlainHttpToRemoteHost {
                host: url.host_str().unwrap_or_default().to_string(),
            });
        }

        url.set_path("");
        url.set_query(None);
        url.set_fragment(None);
        Ok(Self(url))
    }

    /// The origin as an absolute URL (with the root path `/`), for joining API paths.
    pub fn as_url(&self) -> &Url {
        &self.0
    }

    /// The host name or address, e.g. `acme.ampeco.tech`.
    pub fn host(&self) -> &str {
        self.0.host_str().unwrap_or_default()
    }

    /// True for `http://` on a loopback host.
    pub fn is_loopback(&self) -> bool {
        self.0.host().as_ref().is_some_and(is_loopback)
    }

    /// The origin without a trailing slash, e.g. `https://acme.ampeco.tech`.
    pub fn as_str(&self) -> &str {
        self.0.as_str().trim_end_matches('/')
    }
}

fn is_loopback(host: &Host<&str>) -> bool {
    match host {
        Host::Domain(name) => name.eq_ignore_ascii_case("localhost"),
        Host::Ipv4(ip) => IpAddr::V4(*ip).is_loopback(),
        Host::Ipv6(ip) => IpAddr::V6(*ip).is_loopback(),
    }
}

impl fmt::Display for TenantUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for TenantUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TenantUrl({})", self.as_str())
    }
}

impl FromStr for TenantUrl {
    type Err = TenantUrlError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl Serialize for TenantUrl {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for TenantUrl {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl From<TenantUrlError> for crate::CredentialsError {
    fn from(err: TenantUrlError) -> Self {
        Self::InvalidTenantUrl {
            message: err.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_what_operators_paste() {
        let cases = [
            ("acme.ampeco.tech", "https://acme.ampeco.tech"),
            ("  acme.ampeco.tech \n", "https://acme.ampeco.tech"),
            ("ACME.Ampeco.TECH", "https://acme.ampeco.tech"),
            ("https://acme.ampeco.tech", "https://acme.ampeco.tech"),
            ("https://acme.ampeco.tech/", "https://acme.ampeco.tech"),
            ("https://acme.ampeco.tech///", "https://acme.ampeco.tech"),
            ("HTTPS://ACME.AMPECO.TECH/", "https://acme.ampeco.tech"),
            (
                "https://acme.ampeco.tech/public-api",
                "https://acme.ampeco.tech",
            ),
            (
                "https://acme.ampeco.tech/public-api/",
                "https://acme.ampeco.tech",
            ),
            (
                "https://acme.ampeco.tech/public-api/resources/locations/v2.0",
                "https://acme.ampeco.tech",
            ),
            ("acme.ampeco.tech/public-api", "https://acme.ampeco.tech"),
            (
                "https://acme.ampeco.tech/admin/charge-points?page=2#top",
                "https://acme.ampeco.tech",
            ),
            ("https://acme.ampeco.tech:443/", "https://acme.ampeco.tech"),
            (
                "https://acme.ampeco.tech:8443/x",
                "https://acme.ampeco.tech:8443",
            ),
            ("acme.ampeco.tech:8443", "https://acme.ampeco.tech:8443"),
            (
                "https://xn--bcher-kva.example",
                "https://xn--bcher-kva.example",
            ),
            ("https://bücher.example", "https://xn--bcher-kva.example"),
            ("https://203.0.113.7", "https://203.0.113.7"),
            ("localhost:8080", "http://localhost:8080"),
            ("LOCALHOST:8080/public-api", "http://localhost:8080"),
            ("127.0.0.1:4010", "http://127.0.0.1:4010"),
            ("127.1.2.3:4010", "http://127.1.2.3:4010"),
            ("[::1]:4010", "http://[::1]:4010"),
            ("http://localhost:8080/", "http://localhost:8080"),
            ("http://127.0.0.1:4010/public-api", "http://127.0.0.1:4010"),
            ("http://[::1]:4010", "http://[::1]:4010"),
            ("https://localhost:8443", "https://localhost:8443"),
            ("https://127.0.0.1", "https://127.0.0.1"),
        ];
        for (input, expected) in cases {
            let parsed = TenantUrl::parse(input)
                .unwrap_or_else(|e| panic!("{input:?} should parse, got: {e}"));
            assert_eq!(parsed.as_str(), expected, "input {input:?}");
            assert_eq!(parsed.to_string(), expected, "input {input:?}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_safe_tenant_address() {
        use TenantUrlError as E;
        let host = |h: &str| E::PlainHttpToRemoteHost { host: h.into() };
        let cases = [
            ("", E::Empty),
            ("   \t\n", E::Empty),
            ("http://acme.ampeco.tech", host("acme.ampeco.tech")),
            (
                "http://ACME.ampeco.tech/public-api",
                host("acme.ampeco.tech"),
            ),
            ("http://10.0.0.5:8080", host("10.0.0.5")),
            ("http://[2001:db8::1]", host("[2001:db8::1]")),
            (
                "http://localhost.evil.example",
                host("localhost.evil.example"),
            ),
            (
                "ftp://acme.ampeco.tech",
                E::UnsupportedScheme {
                    scheme: "ftp".into(),
                },
            ),
            (
                "file:///etc/passwd",
                E::UnsupportedScheme {
                    scheme: "file".into(),
                },
            ),
            ("https://user:pass@acme.ampeco.tech", E::HasCredentials),
            ("https://user@acme.ampeco.tech", E::HasCredentials),
            ("user:pass@acme.ampeco.tech", E::HasCredentials),
        ];
        for (input, expected) in cases {
            assert_eq!(TenantUrl::parse(input), Err(expected), "input {input:?}");
        }

        for garbage in [
            "acme ampeco tech",
            "https://",
            "https:// acme.ampeco.tech",
            "https://acme.ampeco.tech:99999",
            "acme.ampeco.tech:port",
            "://acme.ampeco.tech",
            "[::1",
        ] {
            let err = TenantUrl::parse(garbage).expect_err(garbage);
            assert!(
                matches!(err, E::NotAUrl | E::NoHost),
                "{garbage:?} gave {err:?}"
            );
        }
    }

    #[test]
    fn error_messages_are_plain_words() {
        let err = TenantUrl::parse("http://acme.ampeco.tech").unwrap_err();
        assert_eq!(
            err.to_string(),
            "Plain http:// is only allowed for this computer (localhost). Use https://acme.ampeco.tech instead."
        );
        let converted: crate::CredentialsError = err.into();
        assert!(matches!(
            converted,
            crate::CredentialsError::InvalidTenantUrl { .. }
        ));
    }

    #[test]
    fn serialises_as_the_normalised_string_and_renormalises_on_read() {
        let url = TenantUrl::parse("acme.ampeco.tech/public-api").unwrap();
        assert_eq!(
            serde_json::to_string(&url).unwrap(),
            "\"https://acme.ampeco.tech\""
        );
        let read: TenantUrl = serde_json::from_str("\"ACME.ampeco.tech/\"").unwrap();
        assert_eq!(read, url);
        assert!(serde_json::from_str::<TenantUrl>("\"http://acme.ampeco.tech\"").is_err());
    }

    #[test]
    fn keeps_the_root_path_for_joining_api_paths() {
        let url = TenantUrl::parse("127.0.0.1:4010").unwrap();
        assert!(url.is_loopback());
        assert_eq!(url.host(), "127.0.0.1");
        assert_eq!(
            url.as_url()
                .join("public-api/resources/locations/v2.0")
                .unwrap()
                .as_str(),
            "http://127.0.0.1:4010/public-api/resources/locations/v2.0"
        );
    }
}
