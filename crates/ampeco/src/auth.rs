//! Bearer authentication.
//!
//! The token stays a [`SecretString`] everywhere; it is exposed in exactly one
//! place, here, to build the `Authorization` header, and that header is marked
//! sensitive so the HTTP stack redacts it from its own `Debug` output.

use reqwest::header::HeaderValue;
use secrecy::{ExposeSecret, SecretString};

use crate::Error;

/// The `Authorization: Bearer <token>` header value for `token`.
pub fn bearer_header(token: &SecretString) -> Result<HeaderValue, Error> {
    let token = token.expose_secret().trim();
    if token.is_empty() {
        return Err(Error::Unauthorized {
            message: "no API token was given".to_owned(),
        });
    }
    // The error from `from_str` never contains the value, but we still replace it
    // with our own words: it would name header internals, not the problem.
    let mut value = HeaderValue::from_str(&format!("Bearer {token}")).map_err(|_| {
        Error::Unauthorized {
            message: "the API token contains characters that cannot be sent; copy it again from the tenant's admin panel".to_owned(),
        }
    })?;
    value.set_sensitive(true);
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_carries_the_token_but_never_prints_it() {
        let value = bearer_header(&SecretString::from("s3cr3t-token")).unwrap();
        assert_eq!(value.to_str().unwrap(), "Bearer s3cr3t-token");
        assert!(value.is_sensitive());
        assert!(!format!("{value:?}").contains("s3cr3t"));
    }

    #[test]
    fn empty_or_unsendable_tokens_are_refused_without_echoing_them() {
        assert!(matches!(
            bearer_header(&SecretString::from("  ")),
            Err(Error::Unauthorized { .. })
        ));
        let error = bearer_header(&SecretString::from("abc\ndef-secret")).unwrap_err();
        assert!(!error.to_string().contains("def-secret"));
        assert!(!format!("{error:?}").contains("def-secret"));
    }
}
