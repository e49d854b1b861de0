// When a widget has nothing to show: its empty state says so instead of an empty chart.
import type {
  Attention,
  ChargerStatus,
  ChargingNow,
  Computed,
  Counts,
  EnergyOverTime,
  RevenueOverTime,
} from "./api";

export function chargerStatusIsEmpty(data: Computed<ChargerStatus>): boolean {
  return data.value.evseTotal === 0 && data.value.chargePointTotal === 0;
}

export function chargingNowIsEmpty(data: Computed<ChargingNow>): boolean {
  return data.value.active === 0;
}

export function energyIsEmpty(data: Computed<EnergyOverTime>): boolean {
  return data.value.totalSessions === 0;
}

export function revenueIsEmpty(data: Computed<RevenueOverTime>): boolean {
  return data.value.currencies.length === 0;
}

export function attentionIsEmpty(data: Computed<Attention>): boolean {
  return data.value.groups.length === 0;
}

export function countsIsEmpty(data: Computed<Counts>): boolean {
  return data.value.lines.length === 0;
}
