// Home's door to Rust: one query per widget, keyed by the tenant it counts, so a switch of
// tenant never shows one tenant's numbers under another's name. Like every call to the
// tenant, a widget's request names the connection the window believes is active (its
// generation); the Rust side refuses one meant for another connection, and every answer
// names its tenant.
import {
  commands,
  type AttentionGroup_Serialize,
  type Attention_Serialize,
  type ChargerStatus_Serialize,
  type ChargingNow_Serialize,
  type Counts,
  type EnergyOverTime,
  type RecordRef_Serialize,
  type RevenueOverTime,
  type StatusGroup_Serialize,
  type TenantKey_Serialize,
  type TenantView_Serialize,
  type TimeRange,
} from "../bindings";
import { unwrapResult, type CommandResult } from "../api/bridge";
import { withCancellation } from "../api/reads";

// The shapes as Rust sends them.
export type Attention = Attention_Serialize;
export type AttentionGroup = AttentionGroup_Serialize;
export type ChargerStatus = ChargerStatus_Serialize;
export type ChargingNow = ChargingNow_Serialize;
export type RecordRef = RecordRef_Serialize;
export type StatusGroup = StatusGroup_Serialize;
export type TenantKey = TenantKey_Serialize;
export type { Counts, EnergyOverTime, RevenueOverTime, TimeRange };

/** What every widget's command returns: its numbers, their tenant and when they were counted. */
export interface Computed<T> {
  tenant: TenantKey;
  computedAt: string;
  value: T;
}

export type WidgetName =
  "charger-status" | "charging-now" | "energy" | "revenue" | "attention" | "counts";

/** How old a cached answer may be when Home opens: the cache paints at once, then refreshes. */
export const OPENING_MAX_AGE_SECS = 300;

/** The operator's own time zone, in which Home's days start at midnight. */
export function operatorTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

export interface WidgetFetchers {
  "charger-status": Computed<ChargerStatus>;
  "charging-now": Computed<ChargingNow>;
  energy: Computed<EnergyOverTime>;
  revenue: Computed<RevenueOverTime>;
  attention: Computed<Attention>;
  counts: Computed<Counts>;
}

/** The connected tenant as Home needs it: who it is, and which connection to it this is. */
export type HomeTenant = Pick<TenantView_Serialize, "profileId" | "tenantUrl" | "generation">;

/** Calls the widget's command; `maxAgeSecs` 0 counts anew. The count stops when `signal` aborts. */
export async function fetchWidget<W extends WidgetName>(
  widget: W,
  tenant: HomeTenant,
  range: TimeRange,
  maxAgeSecs: number,
  signal?: AbortSignal,
): Promise<WidgetFetchers[W]> {
  const zone = operatorTimeZone();
  const at = tenant.generation;
  type Call<K extends WidgetName> = (id: string) => Promise<CommandResult<WidgetFetchers[K]>>;
  const calls: { [K in WidgetName]: Call<K> } = {
    "charger-status": (id) => commands.homeChargerStatus(id, at, maxAgeSecs),
    "charging-now": (id) => commands.homeChargingNow(id, at, maxAgeSecs),
    energy: (id) => commands.homeEnergy(id, at, range, zone, maxAgeSecs),
    revenue: (id) => commands.homeRevenue(id, at, range, zone, maxAgeSecs),
    attention: (id) => commands.homeAttention(id, at, maxAgeSecs),
    counts: (id) => commands.homeCounts(id, at, maxAgeSecs),
  };
  const answer = await withCancellation(signal, calls[widget]);
  return unwrapResult(answer) as WidgetFetchers[W];
}

/** Widgets whose numbers depend on the chosen time range. */
export const RANGED: ReadonlySet<WidgetName> = new Set(["energy", "revenue"]);

/** Kept by tenant, not by connection, like the Rust side's cache: a reconnect paints at once. */
export function widgetQueryKey(widget: WidgetName, tenant: HomeTenant, range: TimeRange) {
  return [
    "home",
    tenant.tenantUrl,
    tenant.profileId ?? "demo",
    widget,
    RANGED.has(widget) ? range : "-",
  ] as const;
}
