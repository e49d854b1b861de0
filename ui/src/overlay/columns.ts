// Default table columns for the resources operators open most. Other resources get columns
// picked by the heuristics in browse/columns.ts (identifier, name, status, numbers, updated).
import type { ResourceKey } from "../generated/unions";

export const DEFAULT_COLUMNS: Readonly<Partial<Record<ResourceKey, readonly string[]>>> = {
  // What it is, whether it works (hardware, network, operator status), where it is.
  "charge-points": [
    "name",
    "hardwareStatus",
    "networkStatus",
    "status",
    "locationId",
    "type",
    "lastUpdatedAt",
    "id",
  ],
  evses: [
    "label",
    "chargePointId",
    "hardwareStatus",
    "status",
    "currentType",
    "physicalReference",
    "id",
  ],
  "charge-points.evses": [
    "label",
    "hardwareStatus",
    "status",
    "currentType",
    "physicalReference",
    "networkId",
    "id",
  ],
  "charge-points.evses.connectors": ["type", "format", "status", "id"],
  locations: ["name", "city", "country", "status", "timezone", "id"],
  // When, where, who, how much, and how it ended.
  sessions: [
    "startedAt",
    "chargePointId",
    "userId",
    "energy",
    "amount",
    "status",
    "paymentStatus",
    "stoppedAt",
  ],
  users: ["firstName", "lastName", "email", "status", "balance", "createdAt", "id"],
  "id-tags": ["idTagUid", "idLabel", "userId", "status", "type", "expireAt", "id"],
  invoices: ["number", "date", "userId", "totalAmount", "totalEnergy", "type"],
  transactions: [
    "date",
    "userId",
    "totalAmount",
    "status",
    "purchaseResourceType",
    "paymentMethod",
    "number",
  ],
  tariffs: ["name", "type", "currency", "lastUpdatedAt", "id"],
  reservations: ["reservedAt", "chargePointId", "evseId", "userId", "status", "duration"],
  subscriptions: ["userId", "planId", "status", "startDate", "endDate", "id"],
  partners: ["name", "businessName", "city", "country", "vatNo", "id"],
};

/** Column names preferred as the record's human name, in order. */
export const NAME_FIELDS: readonly string[] = [
  "name",
  "label",
  "title",
  "displayName",
  "fullName",
  "number",
  "code",
  "email",
  "uid",
  "idTagUid",
  "networkId",
  "key",
];

/** How many columns a resource starts with when nothing else says. */
export const DEFAULT_COLUMN_COUNT = 7;
