// Home's door to Rust: one query per widget, keyed by the tenant it counts, so a switch of
// tenant never shows one tenant's numbers under another's name — the Rust side refuses a
// request naming a tenant that is no longer connected, and every answer names its tenant.
import { queryOptions } from "@tanstack/react-query";
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
  type TimeRange,
} from "../bindings";
import { unwrapResult } from "../api/bridge";

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

/** Calls the widget's command; `maxAgeSecs` 0 counts anew. */
export async function fetchWidget<W extends WidgetName>(
  widget: W,
  tenant: TenantKey,
  range: TimeRange,
  maxAgeSecs: number,
): Promise<WidgetFetchers[W]> {
  const zone = operatorTimeZone();
  const calls: { [K in WidgetName]: () => Promise<WidgetFetchers[K]> } = {
    "charger-status": async () =>
      unwrapResult(await commands.homeChargerStatus(tenant, maxAgeSecs)),
    "charging-now": async () => unwrapResult(await commands.homeChargingNow(tenant, maxAgeSecs)),
    energy: async () => unwrapResult(await commands.homeEnergy(tenant, range, zone, maxAgeSecs)),
    revenue: async () => unwrapResult(await commands.homeRevenue(tenant, range, zone, maxAgeSecs)),
    attention: async () => unwrapResult(await commands.homeAttention(tenant, maxAgeSecs)),
    counts: async () => unwrapResult(await commands.homeCounts(tenant, maxAgeSecs)),
  };
  return calls[widget]() as Promise<WidgetFetchers[W]>;
}

/** Widgets whose numbers depend on the chosen time range. */
export const RANGED: ReadonlySet<WidgetName> = new Set(["energy", "revenue"]);

export function widgetQueryKey(widget: WidgetName, tenant: TenantKey, range: TimeRange) {
  return [
    "home",
    tenant.tenantUrl,
    tenant.profileId ?? "demo",
    widget,
    RANGED.has(widget) ? range : "-",
  ] as const;
}

export function widgetQuery<W extends WidgetName>(
  widget: W,
  tenant: TenantKey,
  range: TimeRange,
  maxAgeSecs: number,
) {
  return queryOptions({
    queryKey: widgetQueryKey(widget, tenant, range),
    queryFn: () => fetchWidget(widget, tenant, range, maxAgeSecs),
    staleTime: Infinity,
  });
}
