//! Known defects of the vendor's OpenAPI document, patched before parsing.
//!
//! Each fix-up names the node it touches (a JSON pointer), says what is wrong
//! and how it is fixed. It first checks that the defect is still there: when the
//! vendor fixes the document, the generator stops with "never applied" so the
//! stale patch is removed instead of silently lingering.

use serde_json::Value;

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
