//! Why the program stopped, and the exit code scripts can test for.

use std::fmt;
use std::process::ExitCode;

/// Exit codes, stable for scripts.
pub mod code {
    pub const OTHER: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const AUTH: u8 = 3;
    pub const NOT_FOUND: u8 = 4;
    pub const VALIDATION: u8 = 5;
    pub const NETWORK: u8 = 6;
}

#[derive(Debug)]
pub enum Failure {
    /// The command line asked for something impossible.
    Usage(String),
    /// A saved profile's token could not be read (keychain locked, missing, ...).
    Credentials(String),
    /// The API call failed.
    Api(ampeco::Error),
    /// Writing the output or reading a body file failed.
    Io(std::io::Error),
}

impl Failure {
    pub fn exit_code(&self) -> ExitCode {
        use ampeco::Error as E;
        let code = match self {
            Failure::Usage(_) => code::USAGE,
            Failure::Credentials(_) => code::AUTH,
            Failure::Api(error) => match error {
                E::Unauthorized { .. } | E::Forbidden { .. } => code::AUTH,
                E::NotFound { .. } => code::NOT_FOUND,
                E::Validation { .. } => code::VALIDATION,
                E::Network { .. } | E::Timeout | E::Busy { .. } => code::NETWORK,
                // Our own checks of the command's inputs: the command was wrong.
                E::InvalidRequest { .. } | E::InsecureUrl { .. } => code::USAGE,
                _ => code::OTHER,
            },
            Failure::Io(_) => code::OTHER,
        };
        ExitCode::from(code)
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Usage(message) | Failure::Credentials(message) => f.write_str(message),
            Failure::Api(error) => error.fmt(f),
            Failure::Io(error) => write!(f, "could not write the output: {error}"),
        }
    }
}

impl From<ampeco::Error> for Failure {
    fn from(error: ampeco::Error) -> Self {
        Failure::Api(error)
    }
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        Failure::Io(error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_errors_map_to_their_exit_codes() {
        use ampeco::Error as E;
        let cases = [
            (
                E::Unauthorized {
                    message: String::new(),
                },
                code::AUTH,
            ),
            (
                E::Forbidden {
                    message: String::new(),
                },
                code::AUTH,
            ),
            (
                E::NotFound {
                    message: String::new(),
                },
                code::NOT_FOUND,
            ),
            (
                E::Validation {
                    message: String::new(),
                    errors: Default::default(),
                },
                code::VALIDATION,
            ),
            (
                E::Network {
                    message: String::new(),
                },
                code::NETWORK,
            ),
            (E::Timeout, code::NETWORK),
            (
                E::InvalidRequest {
                    message: String::new(),
                },
                code::USAGE,
            ),
            (
                E::Server {
                    status: 500,
                    message: String::new(),
                },
                code::OTHER,
            ),
            (E::ReadOnlyProfile, code::OTHER),
        ];
        for (error, expected) in cases {
            assert_eq!(Failure::Api(error).exit_code(), ExitCode::from(expected));
        }
    }
}
