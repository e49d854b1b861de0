//! How much of a schema an example request fills. The fix-ups name it for the
//! conformance exceptions they list, and the examples build both kinds, so it
//! lives apart from either.

/// How much of a schema to fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Fill {
    /// Required properties only, empty arrays where allowed.
    Minimal,
    /// Every property, one item in every array.
    Full,
}
