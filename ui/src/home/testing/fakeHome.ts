// A stand-in for the Rust side in Home's unit tests: a connected tenant, and one answer per
// widget command that a test may replace (with a value, a failure, or a promise left pending).
import { mockIPC } from "@tauri-apps/api/mocks";

export const TENANT = {
  profileId: "id-acme",
  name: "Acme",
  tenantUrl: "https://acme.ampeco.tech",
  color: "blue",
  readOnly: true,
  demo: false,
  generation: 3,
};

const KEY = { profileId: TENANT.profileId, tenantUrl: TENANT.tenantUrl };

function computed<T>(value: T) {
  return { tenant: KEY, computedAt: "2026-12-01T09:42:00Z", value };
}

export const ANSWERS = {
  home_charger_status: computed({
    evses: [
      {
        status: "available",
        count: 2,
        records: [
          { resource: "evses", id: "1", label: "BER-0001*1", detail: "Charge point 1" },
          { resource: "evses", id: "2", label: "BER-0001*2", detail: "Charge point 1" },
        ],
      },
      {
        status: "faulted",
        count: 1,
        records: [{ resource: "evses", id: "7", label: "SOF-0003*1", detail: "Charge point 3" }],
      },
    ],
    chargePoints: [
      {
        status: "available",
        count: 2,
        records: [
          { resource: "charge-points", id: "1", label: "Berlin #1", detail: null },
          { resource: "charge-points", id: "3", label: "Sofia #3", detail: null },
        ],
      },
    ],
    evseTotal: 3,
    chargePointTotal: 2,
  }),
  home_charging_now: computed({
    active: 1,
    newest: [
      {
        id: "3001",
        chargePointId: "1",
        userId: "12",
        idTagLabel: "Card of user 12",
        startedAt: "2026-12-01T09:00:00Z",
        energyKwh: 4.2,
      },
    ],
  }),
  home_energy: computed({
    hourly: false,
    buckets: [
      { start: "2026-11-30T00:00:00Z", sessions: 10, energyKwh: 120.5 },
      { start: "2026-12-01T00:00:00Z", sessions: 4, energyKwh: 40 },
    ],
    totalSessions: 14,
    totalEnergyKwh: 160.5,
  }),
  home_revenue: computed({
    hourly: false,
    currencies: ["BGN", "EUR"],
    buckets: [
      {
        start: "2026-11-30T00:00:00Z",
        amounts: [
          { currency: "BGN", amount: 12 },
          { currency: "EUR", amount: 30.5 },
        ],
      },
    ],
    totals: [
      { currency: "BGN", amount: 12 },
      { currency: "EUR", amount: 30.5 },
    ],
    transactions: 5,
  }),
  home_attention: computed({
    groups: [
      {
        kind: "faultedEvses",
        count: 1,
        records: [{ resource: "evses", id: "7", label: "SOF-0003*1", detail: "Charge point 3" }],
      },
      {
        kind: "pendingBookingRequests",
        count: 1,
        records: [{ resource: "booking-requests", id: "12", label: "#12", detail: null }],
      },
    ],
  }),
  home_counts: computed({
    lines: [
      { kind: "customers", count: 500 },
      { kind: "idTags", count: 600 },
      { kind: "activeSubscriptions", count: 3 },
      { kind: "activeReservations", count: 2 },
      { kind: "locations", count: 12 },
      { kind: "chargePoints", count: 60 },
    ],
  }),
};

export type HomeCommand = keyof typeof ANSWERS;

export interface FakeHome {
  calls: Array<{ command: string; args: Record<string, unknown> }>;
  /** Replaces a command's answer: a function may throw an AppError or return a promise. */
  answers: Partial<Record<HomeCommand, (args: Record<string, unknown>) => unknown>>;
}

export function installFakeHome(): FakeHome {
  const fake: FakeHome = { calls: [], answers: {} };
  mockIPC((command, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    fake.calls.push({ command, args });
    if (command === "session_status") {
      return { active: TENANT, profiles: [], notice: null, restoreProblem: null };
    }
    if (command in ANSWERS) {
      const replaced = fake.answers[command as HomeCommand];
      return replaced === undefined ? ANSWERS[command as HomeCommand] : replaced(args);
    }
    throw { kind: "internal", message: `The fake has no ${command}.` };
  });
  return fake;
}
