// Hand-written facts about actions that the spec does not carry: which ones disrupt charging
// or customers and must be confirmed, what their path parameters beyond the target refer to,
// what they change (so the screens showing it refresh), and what start-session error codes
// mean in words.
import type { Value } from "../bindings";
import type { ActionOperation, ResourceKey } from "../generated/unions";

export interface Disruption {
  /** The verb of the question: "Reset" → "Reset charge point CP-0012 (#12)?". */
  verb: string;
  /** What happens, in one sentence, under the question. */
  consequence: string;
  /** Only some bodies disrupt (availability → Inoperative); absent means every call does. */
  when?: (body: Value) => boolean;
}

function bodyField(body: Value, field: string): Value | undefined {
  return body !== null && typeof body === "object" && !Array.isArray(body)
    ? body[field]
    : undefined;
}

export const DISRUPTIVE_ACTIONS: Readonly<Partial<Record<ActionOperation, Disruption>>> = {
  chargePointReset: {
    verb: "Reset",
    consequence: "The charge point restarts; sessions running on it may stop.",
  },
  chargePointEvseUnlock: {
    verb: "Unlock the connector of",
    consequence: "The cable is released, which ends any session using it.",
  },
  chargePointStopChargingSession: {
    verb: "Stop the session on",
    consequence: "Charging stops for the driver now.",
  },
  chargePointChangeAvailability: {
    verb: "Make inoperative:",
    consequence: "Drivers cannot start charging until it is made operative again.",
    when: (body) => bodyField(body, "type") === "Inoperative",
  },
  chargePointUpdateFirmware: {
    verb: "Update the firmware of",
    consequence: "The charge point installs new firmware and restarts, interrupting charging.",
  },
  chargePointDeleteCertificate: {
    verb: "Delete a certificate from",
    consequence: "Secure connections or Plug & Charge relying on it stop working.",
  },
  chargePointChangeOwner: {
    verb: "Change the owner of",
    consequence: "Billing and access follow the new owner.",
  },
  chargePointDisconnect: {
    verb: "Disconnect",
    consequence: "The charge point drops its connection to the platform.",
  },
  chargePointClearChargingProfile: {
    verb: "Clear the charging profile of",
    consequence: "Power limits set by the profile stop applying.",
  },
  chargePointResetSecurityProfile: {
    verb: "Reset the security profile of",
    consequence: "The charge point reconnects with its default security settings.",
  },
  chargePointSetSecurityProfile: {
    verb: "Change the security profile of",
    consequence: "The charge point reconnects with the new security settings.",
  },
  chargePointMoveEvsesToSatellite: {
    verb: "Move EVSEs away from",
    consequence: "The EVSEs leave this charge point for the satellite.",
  },
  chargePointSetConfiguration: {
    verb: "Change the configuration of",
    consequence: "The charge point applies the new value, possibly after a restart.",
  },
  circuitDetachChargePoint: {
    verb: "Detach a charge point from",
    consequence: "Load management of this circuit stops covering that charge point.",
  },
  configurationTemplateApplyToChargePoints: {
    verb: "Apply to charge points",
    consequence: "The chosen charge points receive this configuration.",
  },
  userAddBalance: {
    verb: "Change the balance of",
    consequence: "The customer's balance changes by the amount entered.",
  },
  userApplyCustomFee: {
    verb: "Charge a fee to",
    consequence: "The customer is billed the fee.",
  },
  userChangeStatus: {
    verb: "Disable the account of",
    consequence: "The customer can no longer sign in or charge.",
    when: (body) => bodyField(body, "status") === "disabled",
  },
  userCancelSubscription: {
    verb: "Cancel the subscription of",
    consequence: "The customer loses the plan's benefits.",
  },
  userClearSubscriptionAmountDue: {
    verb: "Clear the amount due of",
    consequence: "The outstanding subscription amount is written off.",
  },
  reservationCancel: {
    verb: "Cancel",
    consequence: "The EVSE is released for other drivers.",
  },
  sessionRetryPayment: {
    verb: "Retry the payment of",
    consequence: "The customer's payment method is charged again.",
  },
  transactionIssueInvoice: {
    verb: "Issue an invoice for",
    consequence: "An invoice is issued to the customer.",
  },
  subscriptionPlanReplace: {
    verb: "Replace",
    consequence: "Subscribers move to the replacement plan.",
  },
  changeFlexibilityAssetStatus: {
    verb: "Change the status of",
    consequence: "The asset's participation in flexibility programmes changes.",
  },
};

export interface PathParamReference {
  resource: ResourceKey;
  /** A nested resource is listed under this path parameter's value (its parent's id). */
  within?: string;
  /** The listing to fall back on while the parent is not known. */
  fallback?: ResourceKey;
}

/** Path parameters besides the target that name another resource's record. */
export const PATH_PARAM_RESOURCES: Readonly<Record<string, PathParamReference>> = {
  evse: { resource: "charge-points.evses", within: "chargePoint", fallback: "evses" },
  session: { resource: "sessions" },
  chargePoint: { resource: "charge-points" },
  customTariffFilter: {
    resource: "roaming-operators.custom-tariff-filters",
    within: "roamingOperator",
  },
};

export interface ActionEffect {
  /** Resources whose screens show what the action changed. */
  refresh: readonly ResourceKey[];
  /** The result's field holding the id of a record worth opening, and its resource. */
  open?: { field: string; resource: ResourceKey; label: string };
}

const SESSION_STARTED: ActionEffect = {
  refresh: ["sessions", "evses", "charge-points", "charge-points.evses"],
  open: { field: "sessionId", resource: "sessions", label: "Open session" },
};
const CHARGING_CHANGED: ActionEffect = {
  refresh: ["sessions", "evses", "charge-points", "charge-points.evses", "charge-points.status"],
};

export const ACTION_EFFECTS: Readonly<Partial<Record<ActionOperation, ActionEffect>>> = {
  chargePointStartChargingSession: SESSION_STARTED,
  chargePointStartChargingSessionWithoutEvse: SESSION_STARTED,
  evseStartChargingWithEvseId: SESSION_STARTED,
  chargePointStopChargingSession: CHARGING_CHANGED,
  chargePointChangeAvailability: CHARGING_CHANGED,
  chargePointReset: CHARGING_CHANGED,
  chargePointEvseUnlock: CHARGING_CHANGED,
  chargePointReserve: { refresh: ["reservations", "evses", "charge-points.evses"] },
  reservationCancel: { refresh: ["reservations", "evses", "charge-points.evses"] },
  userAddBalance: { refresh: ["users", "transactions"] },
  userApplyCustomFee: { refresh: ["users", "transactions", "custom-fees"] },
  userChangeStatus: { refresh: ["users"] },
  userActivateSubscription: { refresh: ["users", "subscriptions"] },
  userCancelSubscription: { refresh: ["users", "subscriptions"] },
  sessionAssignToUser: { refresh: ["sessions"] },
  transactionIssueInvoice: { refresh: ["transactions", "invoices"] },
};

/** Start-session error codes in words an operator can pass on to a driver. */
export const START_SESSION_ERRORS: Readonly<Record<string, string>> = {
  BILLING_NOT_ASSOCIATED: "No billing account is linked to the driver.",
  BILLING_NOT_PARTNER_ASSOCIATED: "The partner behind this charge point has no billing set up.",
  INTERNAL_ISSUE: "The charging platform ran into an internal problem.",
  SESSION_EXISTS: "A session is already open for this driver or EVSE.",
  AGILE_STREETS_CALCULATE: "The street-charging provider could not calculate the price.",
  AGILE_STREETS_COMMUNICATION: "The street-charging provider could not be reached.",
  CHARGING_NOT_ALLOWED: "Charging is not allowed on this EVSE for this driver.",
  LOCATION_IS_CLOSED: "The location is closed at this time.",
  USER_VALIDATION_NOT_COMPLETE: "The driver has not finished verifying their account.",
  TERMS_NOT_ACCEPTED: "The driver has not accepted the current terms.",
  USER_IS_DISABLED: "The driver's account is disabled.",
  SUBSCRIPTION_REQUIRED: "This EVSE needs a subscription the driver does not have.",
  SESSION_ALREADY_RUNNING: "A session is already running on this EVSE.",
  PREVIOUS_SESSION_NOT_PAID: "The driver's previous session is still unpaid.",
  ACCESS_RESTRICTED: "Access to this EVSE is restricted for this driver.",
  PAYMENT_METHOD_REQUIRED: "The driver has no payment method on file.",
  CANNOT_BILL_PAYMENT_METHOD: "The driver's payment method could not be charged.",
  CORPORATE_ACCOUNT_LIMIT_REACHED: "The driver's corporate account has reached its limit.",
  CANNOT_USE_EXPIRED_PAYMENT_METHOD: "The driver's payment method has expired.",
  CANNOT_USE_PAYMENT_METHOD: "The driver's payment method cannot be used here.",
  PAYMENT_NO_FUNDS: "The driver's payment method has insufficient funds.",
};

/**
 * Labels of actions whose operation id reads badly once the resource is dropped
 * ("chargePointEvseUnlock" → "EVSE unlock"): what an operator would call them.
 */
export const ACTION_LABELS: Readonly<Partial<Record<ActionOperation, string>>> = {
  chargePointStartChargingSession: "Start charging",
  chargePointStartChargingSessionWithoutEvse: "Start charging (any EVSE)",
  chargePointStopChargingSession: "Stop charging",
  chargePointEvseUnlock: "Unlock connector",
  evseStartChargingWithEvseId: "Start charging",
  chargePointTriggerMessageChargePoint: "Ask for a status message",
  evseTriggerMessage: "Ask for a status message",
  chargePointReserve: "Reserve an EVSE",
};

/** Actions that start or stop charging: on a charger that is down they ask first. */
export const CHARGING_ACTIONS: ReadonlySet<ActionOperation> = new Set<ActionOperation>([
  "chargePointStartChargingSession",
  "chargePointStartChargingSessionWithoutEvse",
  "evseStartChargingWithEvseId",
  "chargePointStopChargingSession",
]);

/**
 * Record states in which a charger cannot be relied on to carry out a command, by field: a
 * fault, no connection to the platform, or taken out of service.
 */
export const CHARGER_DOWN_STATES: Readonly<Record<string, readonly string[]>> = {
  hardwareStatus: ["faulted", "unavailable"],
  networkStatus: ["temporarily_unavailable", "long-term_unavailable", "never_connected"],
  status: ["out of order", "disabled"],
};

/**
 * Actions on charge points and EVSEs that the platform carries out itself, without a command
 * to the charger: their "accepted" does not mean "waiting for the charger".
 */
export const PLATFORM_ONLY_ACTIONS: ReadonlySet<ActionOperation> = new Set<ActionOperation>([
  "chargePointChangeOwner",
  "chargePointChangeSharingCode",
  "chargePointMoveEvsesToSatellite",
  "evseBulkAssignTariffGroups",
]);
