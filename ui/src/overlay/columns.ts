// Default table columns for the resources operators open most. Other resources get columns
// picked by the heuristics in browse/columns.ts (identifier, name, status, numbers, updated).
import type { ResourceKey } from "../generated/unions";

export const DEFAULT_COLUMNS: Readonly<Partial<Record<ResourceKey, readonly string[]>>> = {
  "charge-points": ["id", "name", "networkId", "status", "locationId", "lastUpdatedAt"],
  evses: [
    "id",
    "chargePointId",
    "networkId",
    "status",
    "hardwareStatus",
    "currentType",
    "maxPower",
  ],
  "charge-points.evses": ["id", "networkId", "status", "hardwareStatus", "currentType", "maxPower"],
  "charge-points.evses.connectors": ["id", "name", "format", "status", "type"],
  locations: ["id", "name", "status", "timezone", "lastUpdatedAt"],
  sessions: [
    "id",
    "status",
    "chargePointId",
    "evseId",
    "userId",
    "startedAt",
    "stoppedAt",
    "energy",
    "amount",
  ],
  users: ["id", "firstName", "lastName", "email", "status", "balance", "lastUpdatedAt"],
  "id-tags": ["id", "idTagUid", "userId", "status", "expireAt", "lastUpdatedAt"],
  invoices: ["id", "number", "userId", "totalAmount", "currency", "issuedAt"],
  transactions: ["id", "userId", "amount", "currency", "paymentStatus", "createdAt"],
  tariffs: ["id", "name", "type", "status", "lastUpdatedAt"],
  partners: ["id", "name", "status", "lastUpdatedAt"],
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
