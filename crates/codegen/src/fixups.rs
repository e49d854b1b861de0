//! Known defects of the vendor's OpenAPI document, patched before parsing.
//!
//! Each fix-up names the node it touches (a JSON pointer), says what is wrong
//! and how it is fixed. It first checks that the defect is still there: when the
//! vendor fixes the document, the generator stops with "never applied" so the
//! stale patch is removed instead of silently lingering.

use serde_json::Value;

use crate::fill::Fill;

/// One patch of the raw document.
pub struct Fixup {
    pub name: &'static str,
    /// JSON pointer (RFC 6901) of the node the patch rewrites.
    pub pointer: &'static str,
    /// What is wrong with the node, in one line.
    pub defect: &'static str,
    /// True while the node still has the defect.
    pub is_defective: fn(&Value) -> bool,
    /// Rewrites the node in place.
    pub patch: fn(&mut Value),
}

/// Every fix-up the current document needs.
pub const FIXUPS: &[Fixup] = &[];

/// An operation whose example request a strict mock of the document rejects
/// because the document contradicts itself, so it cannot pass the conformance
/// test (`crates/ampeco/tests/conformance.rs`). The test asserts that each
/// listed case still fails: when the vendor fixes the defect, it fails with
/// "now passes" until the entry is removed.
pub struct ConformanceException {
    pub operation: &'static str,
    /// Which example request fails; the other one must pass.
    pub fills: &'static [Fill],
    /// What in the document is wrong, in one line.
    pub defect: &'static str,
}

/// Every operation that cannot pass the conformance test, with its defect.
pub const CONFORMANCE_EXCEPTIONS: &[ConformanceException] = &[
    time_of_day("chargePointSmartChargingUpdate", &[Fill::Full]),
    time_of_day("locationCreate", &[Fill::Full]),
    time_of_day("locationCreateDeprecated", &[Fill::Full]),
    time_of_day("locationUpdate", &[Fill::Full]),
    time_of_day("locationUpdateDeprecated", &[Fill::Full]),
    time_of_day("personalSmartChargingPreferencesUpdate", &[Fill::Minimal]),
    time_of_day("tariffCreate", &[Fill::Full]),
    time_of_day("tariffUpdate", &[Fill::Full]),
    ConformanceException {
        operation: "chargePointSyncConfiguration",
        fills: &[Fill::Full],
        defect: "`keys` items are oneOf [string with enum, any string]: a listed key matches both branches, so it is never exactly one",
    },
    ConformanceException {
        operation: "configurationTemplateVariableUpdate",
        fills: &[Fill::Minimal, Fill::Full],
        defect: "body is oneOf [OCPP 1.6, OCPP 2.0.1] and the 2.0.1 branch has no required fields or closed properties, so every 1.6 body matches both branches",
    },
    ConformanceException {
        operation: "createPaymentTerminal",
        fills: &[Fill::Minimal, Fill::Full],
        defect: "body is oneOf per terminal kind, but `terminalType` is the same open enum in every branch, so a body matches several branches or, nested, none",
    },
    ConformanceException {
        operation: "roamingProviderCreate",
        fills: &[Fill::Minimal, Fill::Full],
        defect: "body is oneOf [Hubject, OCPI] and both branches only require `platformId`, so every body matches both",
    },
    ConformanceException {
        operation: "updatePaymentTerminal",
        fills: &[Fill::Minimal, Fill::Full],
        defect: "body is oneOf per terminal kind with no required or distinguishing field, so every body matches several branches",
    },
];

/// Fields typed `format: time`, which a strict validator reads as RFC 3339
/// `HH:MM:SS+offset`, while the API and the document's own examples use `HH:MM`
/// (the example requests send `HH:MM`, as the API expects).
const fn time_of_day(operation: &'static str, fills: &'static [Fill]) -> ConformanceException {
    ConformanceException {
        operation,
        fills,
        defect: "time-of-day fields are `format: time` (RFC 3339 full-time) but the API and the document's examples use `HH:MM`",
    }
}

/// The listed exception for `operation` with `fill`, if any.
pub fn conformance_exception(operation: &str, fill: Fill) -> Option<&'static ConformanceException> {
    CONFORMANCE_EXCEPTIONS
        .iter()
        .find(|e| e.operation == operation && e.fills.contains(&fill))
}

/// Applies every fix-up in [`FIXUPS`], failing on the first one that is no longer needed.
pub fn apply_all(document: &mut Value) -> Result<(), String> {
    apply(FIXUPS, document)
}

fn apply(fixups: &[Fixup], document: &mut Value) -> Result<(), String> {
    for fixup in fixups {
        let node = document
            .pointer_mut(fixup.pointer)
            .filter(|n| (fixup.is_defective)(n));
        match node {
            Some(node) => (fixup.patch)(node),
            None => {
                return Err(format!(
                    "fix-up {} never applied: the spec no longer needs it ({} at {}); remove it from crates/codegen/src/fixups.rs",
                    fixup.name, fixup.defect, fixup.pointer
                ))
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const MAKE_STRING: Fixup = Fixup {
        name: "make-string",
        pointer: "/a/type",
        defect: "type is `strin`",
        is_defective: |v| v == "strin",
        patch: |v| *v = json!("string"),
    };

    #[test]
    fn patches_a_present_defect() {
        let mut doc = json!({"a": {"type": "strin"}});
        apply(&[MAKE_STRING], &mut doc).unwrap();
        assert_eq!(doc, json!({"a": {"type": "string"}}));
    }

    #[test]
    fn fails_loudly_when_the_defect_is_gone() {
        let mut doc = json!({"a": {"type": "string"}});
        let err = apply(&[MAKE_STRING], &mut doc).unwrap_err();
        assert!(err.contains("fix-up make-string never applied"), "{err}");
    }
}
