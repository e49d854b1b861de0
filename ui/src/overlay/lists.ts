// How the core listings open: the filters an operator reaches for first (the rest wait behind
// "More filters"), and for time-based listings the recent window they open on and the field
// their loaded records are sorted by, newest first.
import type { ResourceKey } from "../generated/unions";

/**
 * The filters shown first, in this order. A date range counts by either of its ends
 * (`startedAfter` stands for the whole "Started" range).
 */
export const TOP_FILTERS: Readonly<Partial<Record<ResourceKey, readonly string[]>>> = {
  "charge-points": ["name", "locationId", "networkId", "type"],
  evses: ["chargePointId", "physicalReference", "hasTariffGroup"],
  locations: ["city", "country", "region", "tag"],
  sessions: ["startedAfter", "status", "chargePointId", "userId"],
  users: ["email", "userGroupId", "partnerId"],
  "id-tags": ["idTagUid", "userId", "status", "type"],
  invoices: ["issuedFrom", "issuedTo"],
  transactions: ["createdAfter", "status", "userId", "paymentMethod"],
  tariffs: ["type", "tariffGroupId", "partnerId"],
  reservations: ["status", "userId", "evseId", "reservedFrom"],
  subscriptions: ["status", "planId", "endDateFrom"],
  partners: ["country", "regNo", "externalId"],
};

/** How many filters show first on listings the overlay does not list. */
export const TOP_FILTER_COUNT = 4;

export interface RecentFirst {
  /** The record field loaded records are sorted by, newest first. */
  sortField: string;
  /** The listing's "from" date filter the recent window sets, where the API has one. */
  windowFilter?: string;
}

/** Time-based listings: they open on the last `RECENT_WINDOW_DAYS` days, newest first. */
export const RECENT_FIRST: Readonly<Partial<Record<ResourceKey, RecentFirst>>> = {
  sessions: { sortField: "startedAt", windowFilter: "startedAfter" },
  transactions: { sortField: "date", windowFilter: "createdAfter" },
  reservations: { sortField: "reservedAt" },
  invoices: { sortField: "date" },
};

export const RECENT_WINDOW_DAYS = 7;
