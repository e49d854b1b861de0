// Facts about record addresses that the catalog does not carry.

/**
 * The path parameter naming one record, where it is not the camelCase singular of the
 * resource's last key segment (`charge-points` → `chargePoint`). Checked against every read
 * operation's path in browse/catalogIndex.test.ts.
 */
export const RECORD_ID_PARAMS: Readonly<Record<string, string>> = {
  "charge-point-models": "modelId",
  "charge-point-vendors": "vendorId",
  "cp-models": "modelId",
  "cp-vendors": "vendorId",
  "charge-points.configurations": "key",
  "charge-points.evses": "evse",
  "circuits-v1-0": "dlmCircuit",
  "circuits-v1-0.consumption": "phase",
  evses: "evse",
  "configuration-templates": "template",
  "downtime-period-notices": "notice",
  "partner-settlement-reports.records": "PartnerSettlementRecord",
  "security-events-log": "securityEventLog",
  "terms-and-policies": "termVersion",
  "users.payment-methods": "paymentMethodId",
};

/**
 * Resources read without an id of their own: one record per parent (a charge point's status)
 * or per tenant (settings). Checked against the read paths in the same test.
 */
export const SINGLE_RECORD_RESOURCES: ReadonlySet<string> = new Set([
  "charge-points.latest-hardware-status-log",
  "charge-points.latest-network-status-log",
  "charge-points.personal-smart-charging-preferences",
  "charge-points.status",
  "circuits.soc-priorities",
  "contact-details",
  "electricity-rates.energy-mix",
  "evses.latest-hardware-status-log",
  "settings",
  "users.invoice-details",
]);

/** Resources whose read operation does not fit their listing's records (an older path). */
export const NO_DETAIL_RESOURCES: ReadonlySet<string> = new Set([
  "circuits.consumption",
  "circuits-v1-0.consumption",
]);

/** Resources that change by the minute: their screens offer auto-refresh. */
export const LIVE_RESOURCES: ReadonlySet<string> = new Set([
  "evses",
  "charge-points",
  "charge-points.evses",
  "charge-points.evses.connectors",
  "charge-points.status",
  "sessions",
]);

/** Slowest auto-refresh interval offered, and the default: well under any tenant's rate limit. */
export const AUTO_REFRESH_SECONDS = 30;

/**
 * Auto-refresh reloads every loaded page; past this many pages ("Load all" on a big listing)
 * it pauses rather than send hundreds of requests every 30 seconds.
 */
export const AUTO_REFRESH_MAX_PAGES = 5;

/**
 * "Load all" stops once this many records are in the window: past it the table is no way to
 * read a listing, and every record costs the window memory. Export writes any number to a file.
 */
export const LOAD_ALL_MAX_RECORDS = 20_000;
