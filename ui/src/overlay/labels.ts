// Human labels where the catalog's mechanical ones ("Evses", "Cdrs") would read badly.
// Everything else is derived: resource labels from the catalog, field labels from camelCase,
// enum labels from snake_case.

/** Plural labels by the last segment of a resource key. */
export const RESOURCE_LABELS: Readonly<Record<string, string>> = {
  evses: "EVSEs",
  cdrs: "CDRs",
  faqs: "FAQs",
  "id-tags": "ID tags",
  "rfid-tags": "RFID tags",
  "soc-priorities": "SoC priorities",
  "cp-models": "Charge point models",
  "cp-vendors": "Charge point vendors",
  "sub-operators": "Sub-operators",
  "top-up-packages": "Top-up packages",
  "security-events-log": "Security event log",
  "provisioning-certificates": "Provisioning certificates (PCIDs)",
  "terms-and-policies": "Terms and policies",
  "vendor-error-codes": "Vendor error codes",
  "week-day": "Week-day price periods",
  date: "Date price periods",
  status: "Status",
  // The API's settings of the tenant, not Plugdesk's own Settings page.
  settings: "Tenant settings",
};

/**
 * Singular nouns, for "charge point 12" and "3 EVSEs": every resource relabelled above, and
 * irregular plurals. The rest use the catalog's `singularLabel`, made by the generator's rule.
 */
export const SINGULAR_LABELS: Readonly<Record<string, string>> = {
  evses: "EVSE",
  cdrs: "CDR",
  faqs: "FAQ",
  "id-tags": "ID tag",
  "rfid-tags": "RFID tag",
  currencies: "currency",
  "currency-rates": "currency rate",
  utilities: "utility",
  taxes: "tax",
  "tax-identification-numbers": "tax identification number",
  "terms-and-policies": "terms and policies version",
  "soc-priorities": "SoC priority",
  "charge-point-priorities": "charge point priority",
  "user-priorities": "user priority",
  "booking-requests": "booking request",
  "security-events-log": "security event",
  "time-series-forecast": "forecast",
  "historical-time-series": "time series entry",
  "cp-models": "charge point model",
  "cp-vendors": "charge point vendor",
  "sub-operators": "sub-operator",
  "top-up-packages": "top-up package",
  "provisioning-certificates": "provisioning certificate (PCID)",
  "vendor-error-codes": "vendor error code",
  "week-day": "week-day price period",
  date: "date price period",
  status: "status",
  settings: "tenant settings",
};

/** Words kept in their usual capitals when a field name is turned into a label. */
export const ACRONYMS: Readonly<Record<string, string>> = {
  id: "ID",
  ids: "IDs",
  ev: "EV",
  evse: "EVSE",
  evses: "EVSEs",
  rfid: "RFID",
  ocpp: "OCPP",
  ocpi: "OCPI",
  url: "URL",
  uid: "UID",
  vat: "VAT",
  soc: "SoC",
  kwh: "kWh",
  wh: "Wh",
  iso: "ISO",
  cdr: "CDR",
  dlm: "DLM",
  pcid: "PCID",
  emaid: "EMAID",
  mac: "MAC",
  ip: "IP",
  ac: "AC",
  dc: "DC",
  faq: "FAQ",
  // Time of use, as in the "energy tou" tariff type.
  tou: "TOU",
};
