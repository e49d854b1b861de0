// How the detail screens of the resources operators open most are laid out, designed by hand:
// the status badges and key facts of the summary header, the fields grouped by meaning in order
// of importance, and the related listings opened first. Fields a design does not place go under
// "More details". Other resources get the computed default of catalog/detailLayout.ts. Keys are
// the generated `ResourceKey` union; field and filter names are checked against the generated
// catalog by catalog/detailLayout.test.ts, so a misspelt one fails the tests.
import type { ActionOperation, ResourceKey } from "../generated/unions";

/** The groups of a detail screen, in the order they are shown. */
export type DetailGroup = "identity" | "status" | "place" | "billing" | "timestamps" | "technical";

/** A fact of the summary header: a field, or the time between two of them. */
export type KeyFact = string | { duration: readonly [from: string, to: string] };

/** A related listing: a child resource, or another listing filtered by this record's id. */
export type RelatedLink =
  { child: ResourceKey } | { resource: ResourceKey; filter: string; label: string };

export interface DetailDesign {
  /** Status-like fields shown as badges in the header, in order. */
  badges: readonly string[];
  /** The two to four facts an operator reads first. */
  facts: readonly KeyFact[];
  /** The fields of each group, in order of importance. Unplaced fields go to "More details". */
  groups: Readonly<Partial<Record<DetailGroup, readonly string[]>>>;
  /** Related listings shown as buttons; the record's other children go in the "More" menu. */
  related?: readonly RelatedLink[];
}

const CHARGE_POINT: DetailDesign = {
  badges: ["status", "hardwareStatus", "networkStatus"],
  facts: ["modelId", "type", "lastUpdatedAt"],
  groups: {
    identity: ["name", "id", "type", "modelId", "externalId", "tags"],
    status: ["status", "hardwareStatus", "networkStatus", "vendorErrorCode", "managedByOperator"],
    place: ["locationId", "chargingZoneId", "evses", "partner", "user"],
    billing: [
      "displayTariffAndCosts",
      "electricityRateId",
      "utilityId",
      "usesRenewableEnergy",
      "subscription",
    ],
    timestamps: ["lastUpdatedAt", "firstContactAt", "createdAt", "integratedAt", "manufacturedAt"],
    technical: [
      "communicationMode",
      "networkType",
      "network",
      "lastBootNotification",
      "ocppConnectedChargePointId",
      "capabilities",
      "security",
      "chargingProfile",
      "autoStartWithoutAuthorization",
      "disableAutoStartEmulation",
      "enableAutoFaultRecovery",
      "enabledRandomisedDelay",
      "roamingOperatorId",
      "installationAndMaintenanceCompanyId",
      "electricityCostReimbursementIntegrationId",
      "noticeId",
      "sharingCode",
      "pin",
    ],
  },
  related: [
    { child: "charge-points.evses" },
    { resource: "sessions", filter: "chargePointId", label: "Sessions" },
  ],
};

const EVSE: DetailDesign = {
  badges: ["status", "hardwareStatus"],
  facts: ["physicalReference", "currentType", "maxPower"],
  groups: {
    identity: ["physicalReference", "label", "id", "networkId", "externalId"],
    status: ["status", "hardwareStatus", "allowsReservation", "bookingEnabled"],
    place: ["chargePointId", "currentType", "maxPower", "connectors", "powerOptions"],
    billing: ["tariffGroupId", "midMeterCertificationEndYear"],
    timestamps: ["lastUpdatedAt", "createdAt"],
    technical: ["chargingProfile", "roaming", "roamingOperatorId", "externalAppData"],
  },
};

export const DETAIL_DESIGNS: Readonly<Partial<Record<ResourceKey, DetailDesign>>> = {
  "charge-points": CHARGE_POINT,
  evses: {
    ...EVSE,
    related: [{ resource: "sessions", filter: "evseId", label: "Sessions" }],
  },
  "charge-points.evses": {
    ...EVSE,
    related: [{ child: "charge-points.evses.connectors" }],
  },
  "charge-points.evses.connectors": {
    badges: ["status"],
    facts: ["type", "format"],
    groups: {
      identity: ["id", "type", "format"],
      status: ["status"],
    },
  },
  locations: {
    badges: ["status"],
    facts: ["city", "country", "timezone"],
    groups: {
      identity: ["name", "id", "description", "shortDescription", "externalId", "tags"],
      status: ["status", "workingHours"],
      place: [
        "address",
        "streetAddress",
        "city",
        "postCode",
        "region",
        "state",
        "country",
        "timezone",
        "geoposition",
        "chargingZones",
        "parkingType",
        "accessMethods",
        "facilities",
      ],
      timestamps: ["lastUpdatedAt"],
      technical: [
        "additionalDescription",
        "images",
        "locationImage",
        "roaming",
        "roamingOperatorId",
        "externalAppData",
      ],
    },
    related: [{ resource: "charge-points", filter: "locationId", label: "Charge points" }],
  },
  sessions: {
    badges: ["status", "paymentStatus"],
    facts: ["userId", "startedAt", { duration: ["startedAt", "stoppedAt"] }, "energy", "amount"],
    groups: {
      identity: ["id", "userId", "idTag", "idTagLabel", "reason"],
      status: ["status", "paymentStatus", "billingStatus", "socPercent", "powerKw"],
      place: ["chargePointId", "evseId", "connectorId", "evsePhysicalReference"],
      billing: [
        "amount",
        "totalAmount",
        "currency",
        "energy",
        "nonBillableEnergy",
        "paymentType",
        "paymentMethodId",
        "receiptId",
        "tax",
        "priceBreakdown",
        "electricityCost",
        "estimatedSavings",
      ],
      timestamps: ["startedAt", "stoppedAt", "paymentStatusUpdatedAt", "lastUpdatedAt"],
      technical: [
        "authorization",
        "authorizationId",
        "chargingPeriods",
        "energyConsumption",
        "clockAlignedEnergyConsumption",
        "power",
        "tariffSnapshotId",
        "bookingId",
        "terminalId",
        "externalSessionId",
        "chargePointOperatorRoamingId",
        "originalSessionId",
        "extendedBySessionId",
        "extendingSessionId",
        "randomisedDelay",
        "reimbursementEligibility",
        "roaming",
        "externalAppData",
      ],
    },
    related: [{ resource: "transactions", filter: "sessionId", label: "Payments" }],
  },
  users: {
    badges: ["status"],
    facts: ["email", "phone", "balance"],
    groups: {
      identity: ["firstName", "middleName", "lastName", "id", "email", "phone", "locale"],
      status: ["status", "emailVerified", "requirePasswordReset", "subscriptionId"],
      place: ["address", "city", "postCode", "state", "country", "vehicleNo"],
      billing: ["balance", "bankDetails", "personalId"],
      timestamps: ["createdAt", "lastUpdatedAt"],
      technical: [
        "externalId",
        "createdBy",
        "userGroupIds",
        "options",
        "partnerInvites",
        "receiveNewsAndPromotions",
        "externalAppData",
        "password",
      ],
    },
    related: [
      { resource: "sessions", filter: "userId", label: "Sessions" },
      { resource: "id-tags", filter: "userId", label: "ID tags" },
      { resource: "transactions", filter: "userId", label: "Payments" },
      { child: "users.payment-methods" },
    ],
  },
  "id-tags": {
    badges: ["status"],
    facts: ["idTagUid", "userId", "expireAt"],
    groups: {
      identity: ["idLabel", "idTagUid", "id", "type", "vehicleType"],
      status: ["status", "expireAt"],
      place: ["userId", "partnerId"],
      billing: ["paymentMethodId"],
      timestamps: ["lastUpdatedAt", "createdAt"],
      technical: ["externalId"],
    },
    related: [{ resource: "sessions", filter: "idTag", label: "Sessions" }],
  },
  invoices: {
    badges: ["type"],
    facts: ["number", "userId", "totalAmount", "date"],
    groups: {
      identity: ["number", "id", "type", "userId", "client"],
      billing: [
        "totalAmount",
        "subtotal",
        "taxAmount",
        "taxRate",
        "totalEnergy",
        "service",
        "quantity",
        "unitPrice",
      ],
      timestamps: ["date", "periodFrom", "periodTo", "lastUpdatedAt"],
      technical: ["downloadUrl"],
    },
  },
  transactions: {
    badges: ["status"],
    facts: ["userId", "totalAmount", "paymentMethod", "date"],
    groups: {
      identity: ["number", "id", "ref", "userId", "userEmail"],
      status: ["status", "failureReason", "bankMessage"],
      place: ["sessionId", "purchaseResourceType", "purchaseResourceId"],
      billing: [
        "totalAmount",
        "currency",
        "billingType",
        "paymentMethod",
        "paymentMethodId",
        "cardDetails",
        "invoiceNo",
        "invoiceId",
        "receiptId",
        "voucherId",
      ],
      timestamps: ["date", "finalizedAt", "lastUpdatedAt"],
      technical: ["terminalId"],
    },
  },
  tariffs: {
    badges: [],
    facts: ["type", "currency"],
    groups: {
      identity: ["name", "id", "type", "description", "partner"],
      billing: ["pricing", "currency", "dayTariffStart", "nightTariffStart", "restrictions"],
      timestamps: ["lastUpdatedAt"],
      technical: [
        "display",
        "additionalInformation",
        "learnMoreUrl",
        "stopSession",
        "externalId",
        "integrationId",
      ],
    },
  },
  reservations: {
    badges: ["status"],
    facts: ["userId", "reservedAt", "duration"],
    groups: {
      identity: ["id", "userId"],
      status: ["status"],
      place: ["chargePointId", "evseId"],
      timestamps: ["reservedAt", "duration", "canceledAt", "lastUpdatedAt"],
    },
  },
  subscriptions: {
    badges: ["status"],
    facts: ["userId", "planId", "endDate"],
    groups: {
      identity: ["id", "userId", "planId"],
      status: ["status", "statusDate", "remainingAllowance", "remainingFreeRenewalPeriods"],
      billing: ["shouldUseExternalBilling"],
      timestamps: ["startDate", "endDate", "lastUpdatedAt"],
    },
  },
  partners: {
    badges: [],
    facts: ["businessName", "country", "vatNo"],
    groups: {
      identity: ["name", "businessName", "id", "regNo", "vatNo", "contactDetails"],
      place: ["address", "city", "postcode", "region", "state", "country"],
      billing: ["monthlyPlatformFee", "bankDetails", "corporateBilling"],
      timestamps: ["lastUpdatedAt"],
      technical: ["externalId", "notifications", "options"],
    },
    related: [
      { resource: "charge-points", filter: "partnerId", label: "Charge points" },
      { resource: "users", filter: "partnerId", label: "Users" },
    ],
  },
};

/** An action of a parent that a nested record offers on its own screen, as a button. */
export interface NestedAction {
  action: ActionOperation;
  /** The button's words: what it does to this record. */
  label: string;
}

/**
 * Actions a nested record offers on its own screen, sent to its parent's action: a connector
 * (and its EVSE) is unlocked through the charge point's "unlock EVSE" action.
 */
export const NESTED_ACTIONS: Readonly<Partial<Record<ResourceKey, readonly NestedAction[]>>> = {
  "charge-points.evses": [
    { action: "chargePointEvseUnlock", label: "Unlock" },
    { action: "chargePointReserve", label: "Reserve" },
  ],
  "charge-points.evses.connectors": [{ action: "chargePointEvseUnlock", label: "Unlock" }],
};
