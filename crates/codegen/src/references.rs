//! Which record and body fields hold the id of another resource's record.
//!
//! Rules, tried in order for a field named `<stem>Id` (one record) or
//! `<stem>Ids` (several):
//! 1. **Alias**: an entry of [`ALIASES`] for the field (on the given resources)
//!    names the target: for ids whose name does not say what they point at.
//! 2. **Not a reference**: an entry of [`NOT_REFERENCES`] keeps a field the
//!    rules below would link plain (an id in a foreign system, a tax number).
//! 3. **Name**: the stem, or failing that its trailing words (`chargingSession`
//!    → `session`, `parentCircuit` → `circuit`), longest first, names a
//!    resource in the singular/plural forms of [`matching_resource`]:
//!    a top-level resource first, else a nested resource by its last segment
//!    (`connector` → `charge-points.evses.connectors`).
//!
//! A nested target's records are addressed through their parents' ids, so a
//! reference to it carries, per parent path parameter, the field of the same
//! record holding that id: `chargePoint` ← `chargePointId`, `evse` ← `evseId`.
//! A record without those fields cannot open the target, so its field stays
//! plain.
//!
//! Like the fix-ups of the document, every entry of both tables must still be
//! needed: an alias the rules already derive, one naming a field no resource
//! has, one pointing at a resource that does not exist, or a "not a reference"
//! the rules would not link anyway stops the generator.

use std::collections::BTreeSet;

use heck::ToKebabCase;
pub use naming::matching_resource;

/// Where one resource sits, as far as references need: its key and, for a
/// nested resource, the path parameters of its parents, outermost first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub key: String,
    pub parent_params: Vec<String>,
}

/// A field holding the id of a record of `resource`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub field: String,
    pub resource: String,
    pub many: bool,
    /// For a nested target: (path parameter, field of the same record holding its value).
    pub path: Vec<(String, String)>,
}

/// A field whose name does not say which resource it points at.
pub struct Alias {
    pub field: &'static str,
    /// Resources whose records hold the field with this meaning; empty for all.
    pub on: &'static [&'static str],
    pub target: &'static str,
    /// Why the field points there, in one line (what the document says).
    pub why: &'static str,
}

/// A field the name rule would link, but which holds something else.
pub struct NotReference {
    pub field: &'static str,
    /// Resources whose records or bodies hold the field with this meaning; empty for all.
    pub on: &'static [&'static str],
    /// What the field holds instead, in one line.
    pub why: &'static str,
}

/// Every field the name rule cannot resolve but the document explains.
pub const ALIASES: &[Alias] = &[
    Alias {
        field: "assetId",
        on: &[],
        target: "flexibility-assets",
        why: "described as the id of the flexibility asset",
    },
    Alias {
        field: "modelId",
        on: &["charge-points"],
        target: "charge-point-models",
        why: "described as the id of the charge point's model",
    },
    Alias {
        field: "vendorId",
        on: &["charge-point-models"],
        target: "charge-point-vendors",
        why:
            "an integer naming the model's vendor (elsewhere `vendorId` is the OCPP vendor string)",
    },
    Alias {
        field: "vendorId",
        on: &["cp-models"],
        target: "cp-vendors",
        why: "the older version of the models resource names vendors of its own version",
    },
    Alias {
        field: "noticeId",
        on: &[],
        target: "downtime-period-notices",
        why: "described as the id of a predefined downtime period notice",
    },
    Alias {
        field: "planId",
        on: &[],
        target: "subscription-plans",
        why: "a subscription's plan",
    },
    Alias {
        field: "replacementPlanId",
        on: &[],
        target: "subscription-plans",
        why: "described as the subscription plan that replaced this one",
    },
    Alias {
        field: "platformId",
        on: &["cdrs", "roaming-operators", "roaming-providers"],
        target: "roaming-platforms",
        why: "described as the roaming platform (the CDR listing filters by it too)",
    },
    Alias {
        field: "settlementReportId",
        on: &[],
        target: "partner-settlement-reports",
        why: "partner expenses and revenues name the partner settlement report they belong to",
    },
    Alias {
        field: "termVersionId",
        on: &[],
        target: "terms-and-policies",
        why: "terms and policies records are term versions (`/terms-and-policies/{termVersion}`)",
    },
    Alias {
        field: "terminalId",
        on: &["sessions", "transactions"],
        target: "payment-terminals",
        why: "described as the payment terminal used",
    },
];

/// Every field the name rule would wrongly link.
pub const NOT_REFERENCES: &[NotReference] = &[
    NotReference {
        field: "externalSessionId",
        on: &[],
        why: "the session's id in another system",
    },
    NotReference {
        field: "companyTaxId",
        on: &[],
        why: "a company's tax number, not a tax record",
    },
    NotReference {
        field: "individualTaxId",
        on: &[],
        why: "a person's tax number, not a tax record",
    },
    NotReference {
        field: "taxId",
        on: &["users.invoice-details"],
        why: "a string: the customer's VAT number, not a tax record",
    },
];

/// `<stem>Id` / `<stem>Ids` → (stem, many).
fn id_stem(field: &str) -> Option<(&str, bool)> {
    let (stem, many) = match field.strip_suffix("Ids") {
        Some(stem) => (stem, true),
        None => (field.strip_suffix("Id")?, false),
    };
    (!stem.is_empty()).then_some((stem, many))
}

/// Whether a field is named like an id of one or several records.
pub fn is_id_field(field: &str) -> bool {
    id_stem(field).is_some()
}

/// Resolves the fields of one resource's records against every resource.
pub struct Resolver<'a> {
    targets: &'a [Target],
    aliases: &'a [Alias],
    not_references: &'a [NotReference],
}

impl<'a> Resolver<'a> {
    /// A resolver with the tables of this module.
    pub fn new(targets: &'a [Target]) -> Self {
        Self::with_tables(targets, ALIASES, NOT_REFERENCES)
    }

    pub fn with_tables(
        targets: &'a [Target],
        aliases: &'a [Alias],
        not_references: &'a [NotReference],
    ) -> Self {
        Self {
            targets,
            aliases,
            not_references,
        }
    }

    fn alias_for(&self, resource: &str, field: &str) -> Option<&'a Alias> {
        self.aliases
            .iter()
            .find(|a| a.field == field && applies(a.on, resource))
    }

    fn target(&self, key: &str) -> Option<&'a Target> {
        self.targets.iter().find(|t| t.key == key)
    }

    /// The resource a `<stem>` names by the name rule, with the sibling fields
    /// its path needs; None when no resource matches or the record lacks them.
    fn by_name(
        &self,
        stem: &str,
        fields: &BTreeSet<&str>,
    ) -> Option<(&'a Target, Vec<(String, String)>)> {
        let words: Vec<String> = stem
            .to_kebab_case()
            .split('-')
            .map(str::to_string)
            .collect();
        let top_level = self.targets.iter().filter(|t| t.parent_params.is_empty());
        let top_keys: Vec<&str> = top_level.map(|t| t.key.as_str()).collect();
        for start in 0..words.len() {
            let name = words[start..].join("-");
            if let Some(key) = matching_resource(&name, top_keys.iter().copied()) {
                return self.target(&key).map(|t| (t, Vec::new()));
            }
            let nested: Vec<&Target> = self
                .targets
                .iter()
                .filter(|t| !t.parent_params.is_empty())
                .filter(|t| {
                    let last = t.key.rsplit('.').next().unwrap_or(&t.key);
                    matching_resource(&name, [last]).is_some()
                })
                .collect();
            if let [only] = nested.as_slice() {
                return sibling_path(only, fields).map(|path| (*only, path));
            }
        }
        None
    }

    /// The reference `field` of a record of `resource` (whose fields are
    /// `fields`) makes, if any.
    pub fn resolve(
        &self,
        resource: &str,
        field: &str,
        fields: &BTreeSet<&str>,
    ) -> Option<Reference> {
        let (stem, many) = id_stem(field)?;
        let reference = |target: &Target, path| Reference {
            field: field.to_string(),
            resource: target.key.clone(),
            many,
            path,
        };
        if let Some(alias) = self.alias_for(resource, field) {
            let target = self.target(alias.target)?;
            return sibling_path(target, fields).map(|path| reference(target, path));
        }
        if self
            .not_references
            .iter()
            .any(|n| n.field == field && applies(n.on, resource))
        {
            return None;
        }
        self.by_name(stem, fields)
            .map(|(target, path)| reference(target, path))
    }

    /// Checks that every alias and "not a reference" is still needed, given
    /// each resource's fields: `(resource key, its fields)`.
    pub fn check_tables(&self, records: &[(String, BTreeSet<&str>)]) -> Result<(), String> {
        for alias in self.aliases {
            let Some(target) = self.target(alias.target) else {
                return Err(stale(
                    "alias",
                    alias.field,
                    &format!("its target `{}` is no resource", alias.target),
                ));
            };
            let holders: Vec<&(String, BTreeSet<&str>)> = records
                .iter()
                .filter(|(key, fields)| applies(alias.on, key) && fields.contains(alias.field))
                .collect();
            if holders.is_empty() {
                return Err(stale("alias", alias.field, "no resource has the field"));
            }
            if let Some(key) = alias
                .on
                .iter()
                .find(|key| !holders.iter().any(|(holder, _)| holder == *key))
            {
                return Err(stale(
                    "alias",
                    alias.field,
                    &format!("`{key}` has no such field"),
                ));
            }
            for (key, fields) in holders {
                let stem = id_stem(alias.field)
                    .map(|(stem, _)| stem)
                    .unwrap_or_default();
                if self
                    .by_name(stem, fields)
                    .is_some_and(|(t, _)| t.key == alias.target)
                {
                    return Err(stale(
                        "alias",
                        alias.field,
                        &format!("the name rule already links it on `{key}`"),
                    ));
                }
                if sibling_path(target, fields).is_none() {
                    return Err(stale(
                        "alias",
                        alias.field,
                        &format!(
                            "`{key}` lacks the fields naming the parents of `{}`",
                            target.key
                        ),
                    ));
                }
            }
        }
        for entry in self.not_references {
            let holders: Vec<&(String, BTreeSet<&str>)> = records
                .iter()
                .filter(|(key, fields)| applies(entry.on, key) && fields.contains(entry.field))
                .collect();
            if let Some(key) = entry
                .on
                .iter()
                .find(|key| !holders.iter().any(|(holder, _)| holder == *key))
            {
                return Err(stale(
                    "not-a-reference entry",
                    entry.field,
                    &format!("`{key}` has no such field"),
                ));
            }
            let linked = holders.iter().any(|(_, fields)| {
                id_stem(entry.field).is_some_and(|(stem, _)| self.by_name(stem, fields).is_some())
            });
            if !linked {
                return Err(stale(
                    "not-a-reference entry",
                    entry.field,
                    "the name rule does not link it",
                ));
            }
        }
        Ok(())
    }
}

fn applies(on: &[&str], resource: &str) -> bool {
    on.is_empty() || on.contains(&resource)
}

/// Per parent path parameter of `target`, the field of the record holding its
/// value (`chargePoint` ← `chargePointId`); None when a field is missing.
fn sibling_path(target: &Target, fields: &BTreeSet<&str>) -> Option<Vec<(String, String)>> {
    target
        .parent_params
        .iter()
        .map(|param| {
            let field = format!("{param}Id");
            fields
                .contains(field.as_str())
                .then(|| (param.clone(), field))
        })
        .collect()
}

fn stale(table: &str, field: &str, reason: &str) -> String {
    format!("reference {table} `{field}` is no longer right: {reason}; update crates/codegen/src/references.rs")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn targets() -> Vec<Target> {
        let top = |key: &str| Target {
            key: key.into(),
            parent_params: Vec::new(),
        };
        let nested = |key: &str, params: &[&str]| Target {
            key: key.into(),
            parent_params: params.iter().map(|p| p.to_string()).collect(),
        };
        vec![
            top("charge-points"),
            top("evses"),
            top("sessions"),
            top("users"),
            top("taxes"),
            top("utilities"),
            top("subscription-plans"),
            top("circuits"),
            top("configuration-templates"),
            top("templates"),
            nested("charge-points.evses", &["chargePoint"]),
            nested("charge-points.evses.connectors", &["chargePoint", "evse"]),
            nested("users.payment-methods", &["user"]),
        ]
    }

    fn fields<'a>(names: &[&'a str]) -> BTreeSet<&'a str> {
        names.iter().copied().collect()
    }

    /// (target, many, path) of a resolved field.
    type Resolved = Option<(String, bool, Vec<(String, String)>)>;

    fn resolve(field: &str, record: &[&str]) -> Resolved {
        let targets = targets();
        Resolver::new(&targets)
            .resolve("sessions", field, &fields(record))
            .map(|r| (r.resource, r.many, r.path))
    }

    fn top(key: &str, many: bool) -> Resolved {
        Some((key.into(), many, Vec::new()))
    }

    #[test]
    fn id_fields_name_top_level_resources_in_any_number() {
        assert_eq!(resolve("chargePointId", &[]), top("charge-points", false));
        assert_eq!(resolve("evseIds", &[]), top("evses", true));
        assert_eq!(resolve("taxId", &[]), top("taxes", false));
        assert_eq!(resolve("utilityId", &[]), top("utilities", false));
        assert_eq!(resolve("id", &[]), None);
        assert_eq!(resolve("Ids", &[]), None);
        assert_eq!(resolve("userName", &[]), None);
        assert_eq!(resolve("installerAdminId", &[]), None);
    }

    #[test]
    fn trailing_words_name_the_resource_longest_first() {
        assert_eq!(resolve("originalSessionId", &[]), top("sessions", false));
        assert_eq!(resolve("extendedBySessionId", &[]), top("sessions", false));
        assert_eq!(resolve("parentCircuitId", &[]), top("circuits", false));
        assert_eq!(resolve("redeemedByUserId", &[]), top("users", false));
        // "configuration-template" wins over its last word "template".
        assert_eq!(
            resolve("persistentConfigurationTemplateId", &[]),
            top("configuration-templates", false)
        );
    }

    #[test]
    fn nested_targets_take_their_parents_from_sibling_fields() {
        let path = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(p, f)| (p.to_string(), f.to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            resolve("connectorId", &["chargePointId", "evseId", "connectorId"]),
            Some((
                "charge-points.evses.connectors".into(),
                false,
                path(&[("chargePoint", "chargePointId"), ("evse", "evseId")])
            ))
        );
        assert_eq!(
            resolve("paymentMethodId", &["userId"]),
            Some((
                "users.payment-methods".into(),
                false,
                path(&[("user", "userId")])
            ))
        );
        // Without the EVSE's id the connector cannot be opened.
        assert_eq!(resolve("connectorId", &["chargePointId"]), None);
    }

    #[test]
    fn aliases_and_exclusions_win_over_the_name_rule() {
        assert_eq!(resolve("planId", &[]), top("subscription-plans", false));
        assert_eq!(resolve("externalSessionId", &[]), None);
        assert_eq!(resolve("companyTaxId", &[]), None);
        // An exclusion on one resource leaves the field linked elsewhere.
        let targets = targets();
        let resolver = Resolver::new(&targets);
        let none = BTreeSet::new();
        assert_eq!(
            resolver.resolve("users.invoice-details", "taxId", &none),
            None
        );
        assert!(resolver.resolve("sessions", "taxId", &none).is_some());
    }

    fn check(aliases: &[Alias], not_references: &[NotReference]) -> Result<(), String> {
        let targets = targets();
        let records = [
            (
                "sessions".to_string(),
                fields(&["planId", "originalSessionId", "userId"]),
            ),
            (
                "subscriptions".to_string(),
                fields(&["planId", "connectorId"]),
            ),
            (
                "users".to_string(),
                fields(&["externalSessionId", "citizenId"]),
            ),
        ];
        Resolver::with_tables(&targets, aliases, not_references).check_tables(&records)
    }

    const PLAN: Alias = Alias {
        field: "planId",
        on: &[],
        target: "subscription-plans",
        why: "test",
    };

    #[test]
    fn needed_table_entries_pass() {
        let external = NotReference {
            field: "externalSessionId",
            on: &["users"],
            why: "test",
        };
        assert_eq!(check(&[PLAN], &[external]), Ok(()));
    }

    #[test]
    fn an_alias_to_a_missing_resource_fails() {
        let alias = Alias {
            target: "plans",
            ..PLAN
        };
        let err = check(&[alias], &[]).unwrap_err();
        assert!(err.contains("`plans` is no resource"), "{err}");
    }

    #[test]
    fn an_alias_no_record_uses_or_the_rule_derives_fails() {
        let unused = Alias {
            field: "formerPlanId",
            ..PLAN
        };
        let err = check(&[unused], &[]).unwrap_err();
        assert!(err.contains("no resource has the field"), "{err}");

        let derived = Alias {
            field: "originalSessionId",
            target: "sessions",
            ..PLAN
        };
        let err = check(&[derived], &[]).unwrap_err();
        assert!(err.contains("already links it on `sessions`"), "{err}");
    }

    #[test]
    fn an_alias_on_a_resource_without_the_field_fails() {
        let alias = Alias {
            on: &["sessions", "users"],
            ..PLAN
        };
        let err = check(&[alias], &[]).unwrap_err();
        assert!(err.contains("`users` has no such field"), "{err}");
    }

    #[test]
    fn an_alias_to_a_nested_resource_needs_the_parent_fields() {
        let connector = Alias {
            field: "connectorId",
            on: &["subscriptions"],
            target: "users.payment-methods",
            why: "test",
        };
        let err = check(&[connector], &[]).unwrap_err();
        assert!(err.contains("lacks the fields naming the parents"), "{err}");
    }

    #[test]
    fn a_needless_exclusion_fails() {
        let citizen = NotReference {
            field: "citizenId",
            on: &[],
            why: "test",
        };
        let err = check(&[], &[citizen]).unwrap_err();
        assert!(err.contains("the name rule does not link it"), "{err}");

        let elsewhere = NotReference {
            field: "externalSessionId",
            on: &["sessions"],
            why: "test",
        };
        let err = check(&[], &[elsewhere]).unwrap_err();
        assert!(err.contains("`sessions` has no such field"), "{err}");
    }

    #[test]
    fn the_real_tables_point_at_distinct_fields() {
        for entry in NOT_REFERENCES {
            assert!(
                !ALIASES.iter().any(|a| a.field == entry.field),
                "`{}` is both an alias and not a reference",
                entry.field
            );
        }
    }
}
