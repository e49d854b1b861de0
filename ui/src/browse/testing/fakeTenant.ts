// A small in-memory tenant answering the list and read commands through `mockIPC`, for the
// browse screens' tests. Cursor pagination (charge points), page pagination with a total
// (charge point vendors), filters, and scripted failures.
import { mockIPC } from "@tauri-apps/api/mocks";
import type { AppError, Value } from "../../bindings";
import type { FakeViews } from "../../views/testing/fakeViews";

type Row = Record<string, Value>;

export interface ListCall {
  operation: string;
  path: Record<string, Value>;
  query: Record<string, Value>;
}

export interface ExportCall {
  operation: string;
  query: Record<string, Value>;
  format: string;
  name: string;
  nameColumns: { field: string; lookup: { read: string } }[];
}

export interface FakeTenant {
  listCalls: ListCall[];
  deleteCalls: { operation: string; path: Record<string, Value> }[];
  exportCalls: ExportCall[];
  readCalls: { operation: string; path: Record<string, Value> }[];
  /** Every `resolve_names` command: the target's read operation and the ids asked. */
  nameCalls: { read: string; ids: string[] }[];
  cancelled: string[];
  /** Paths the window asked the opener plugin to open (an export, its folder). */
  opened: string[];
  /** Operation id → the error every call of it answers. */
  failures: Map<string, AppError>;
  /** What Load all kept, by the window's key (the Rust side's row store). */
  kept: Map<string, Row[]>;
  /** The fields of every `kept_fields` call, and the indices of every `kept_records` call. */
  keptFieldCalls: string[][];
  keptRecordCalls: number[][];
}

const STATUSES = ["available", "charging", "faulted", "out_of_order"];
const TYPES = ["public", "private", "personal"];

export function chargePoints(count: number): Row[] {
  return Array.from({ length: count }, (_, index) => ({
    id: index + 1,
    name: `CP ${String(index + 1).padStart(3, "0")}`,
    status: STATUSES[index % STATUSES.length] ?? "available",
    type: TYPES[index % TYPES.length] ?? "public",
    locationId: 100 + (index % 3),
    networkId: `NET-${index + 1}`,
    lastUpdatedAt: "2026-03-01T10:15:00Z",
    evses: [{ id: 1 }, { id: 2 }],
    // A secret of the charge point (its owner's PIN): never shown unasked.
    pin: `47${String(index + 1).padStart(2, "0")}`,
  }));
}

/** Charge point vendors: a listing with page pagination and a total. */
export function vendors(count: number): Row[] {
  return Array.from({ length: count }, (_, index) => ({
    id: index + 1,
    name: `Vendor ${String(index + 1).padStart(3, "0")}`,
  }));
}

export const EVSES: Row[] = [
  {
    id: 11,
    chargePointId: 1,
    networkId: "BG*EVS*11",
    status: "available",
    maxPower: 22000,
    currentType: "ac",
  },
  {
    id: 12,
    chargePointId: 1,
    networkId: "BG*EVS*12",
    status: "charging",
    maxPower: 22000,
    currentType: "ac",
  },
];

export const CONNECTORS: Row[] = [
  { id: 21, name: "Type 2", format: "socket", status: "available", type: "type2" },
];

/** Sessions read by id: one with its charge point, EVSE and connector, one without its EVSE. */
export const SESSIONS: Row[] = [
  {
    id: "501",
    status: "finished",
    chargePointId: 1,
    evseId: 12,
    connectorId: 21,
    userId: 7,
    paymentMethodId: "card-9",
    originalSessionId: 500,
    energy: 12000,
  },
  { id: "502", status: "active", chargePointId: 1, evseId: null, connectorId: 21, userId: 7 },
];

export interface FakeTenantOptions {
  chargePointCount?: number;
  vendorCount?: number;
  /** Answer every call with "not connected", as before a tenant is connected. */
  notConnected?: boolean;
  /** Delay of every listing answer after the first, for watching progress. */
  listDelayMs?: number;
  /** Names are answered only once this settles, for watching ids come before names. */
  namesHeld?: Promise<void>;
  /** The profile may not change anything. */
  readOnly?: boolean;
  /** Saved views, for the screens that show or change them. */
  views?: FakeViews;
}

export function installFakeTenant(options: FakeTenantOptions = {}): FakeTenant {
  const points = chargePoints(options.chargePointCount ?? 60);
  const vendorRows = vendors(options.vendorCount ?? 30);
  const tenant: FakeTenant = {
    listCalls: [],
    deleteCalls: [],
    exportCalls: [],
    readCalls: [],
    nameCalls: [],
    cancelled: [],
    opened: [],
    failures: new Map(),
    kept: new Map(),
    keptFieldCalls: [],
    keptRecordCalls: [],
  };
  const kept = tenant.kept;

  mockIPC(async (cmd, args) => {
    const payload = (args ?? {}) as {
      requestId?: string;
      operation?: string;
      request?: { path?: Record<string, Value>; query?: Record<string, Value> };
    };
    if (cmd === "plugin:opener|open_path") {
      tenant.opened.push(String((args as { path?: string }).path));
      return null;
    }
    if (cmd === "cancel_request") {
      tenant.cancelled.push(String(payload.requestId));
      return true;
    }
    if (cmd === "session_status") {
      return {
        active: options.notConnected
          ? null
          : {
              profileId: null,
              name: "Demo network",
              tenantUrl: "http://127.0.0.1:1",
              color: "teal",
              readOnly: options.readOnly ?? false,
              demo: true,
              generation: 1,
            },
        profiles: [],
        notice: null,
        restoreProblem: null,
      };
    }
    if (cmd === "list_activity") return [];
    const viewAnswer = options.views?.answer(cmd, (args ?? {}) as Record<string, unknown>);
    if (viewAnswer !== undefined) return viewAnswer;
    if (cmd === "resolve_names") {
      const lookup = (args as { lookup: { read: string; ids: string[] } }).lookup;
      tenant.nameCalls.push({ read: lookup.read, ids: lookup.ids });
      await options.namesHeld;
      return lookup.ids.map((id) => ({ id, outcome: nameOutcome(lookup.read, id) }));
    }
    if (cmd === "app_info") {
      return {
        name: "Plugdesk",
        version: "0.1.0",
        tauriVersion: "2",
        specVersion: "3.110.0",
        os: "linux",
        arch: "x86_64",
        debug: true,
      };
    }
    const operation = String(payload.operation);
    const path = payload.request?.path ?? {};
    if (options.notConnected) {
      throw {
        kind: "notConnected",
        message: "Plugdesk is not connected to a tenant; connect one first.",
      };
    }
    const failure = tenant.failures.get(operation);
    if (failure) throw failure;

    if (cmd === "export_listing") {
      // The Rust side walks the pages and writes the file; here: progress per page of 100.
      const exportArgs = (args ?? {}) as {
        requestId: string;
        file: { format: string; name: string; nameColumns: ExportCall["nameColumns"] };
        onProgress: {
          onmessage: (step: { records: number; pages: number; total: number | null }) => void;
        };
      };
      const query = payload.request?.query ?? {};
      tenant.exportCalls.push({
        operation,
        query,
        format: exportArgs.file.format,
        name: exportArgs.file.name,
        nameColumns: exportArgs.file.nameColumns,
      });
      const filter = (query.filter ?? {}) as Record<string, Value>;
      const rows = points.filter((row) =>
        Object.entries(filter).every(([name, value]) => String(row[name]) === String(value)),
      );
      let records = 0;
      let pages = 0;
      while (records < rows.length) {
        if (tenant.cancelled.includes(exportArgs.requestId)) {
          throw { kind: "cancelled", message: "The request was cancelled." };
        }
        await new Promise((resolve) => setTimeout(resolve, options.listDelayMs ?? 0));
        records = Math.min(rows.length, records + 100);
        pages += 1;
        exportArgs.onProgress.onmessage({ records, pages, total: rows.length });
      }
      const extension = exportArgs.file.format === "csv" ? "csv" : "jsonl";
      return {
        path: `/home/operator/Downloads/${exportArgs.file.name}-2026-11-28-120000.${extension}`,
        records,
        format: exportArgs.file.format,
      };
    }
    const listPage = async (query: Record<string, Value>) => {
      tenant.listCalls.push({ operation, path, query });
      if (options.listDelayMs && tenant.listCalls.length > 1) {
        await new Promise((resolve) => setTimeout(resolve, options.listDelayMs));
      }
      const all =
        operation === "chargePointEvsesListing"
          ? EVSES
          : operation === "chargePointEvseConnectorsListing"
            ? CONNECTORS
            : operation === "chargePointsListing"
              ? points
              : operation === "chargePointVendorsListing"
                ? vendorRows
                : [];
      const filter = (query.filter ?? {}) as Record<string, Value>;
      const rows = all.filter((row) =>
        Object.entries(filter).every(([name, value]) => String(row[name]) === String(value)),
      );
      return paginate(rows, query);
    };
    if (cmd === "list_records") {
      return listPage(payload.request?.query ?? {});
    }
    if (cmd === "load_all_pages") {
      // Like the Rust side: page after page from `start`, the records kept under `key` and
      // each page's progress handed over as it arrives.
      const walk = payload as unknown as {
        requestId: string;
        start: { cursor?: string; page?: number } | null;
        maxRecords: number;
        key: string;
        onBatch: {
          onmessage: (batch: { kept: number; pages: number; next: unknown }) => void;
        };
      };
      const store = kept.get(walk.key) ?? [];
      kept.set(walk.key, store);
      let request: { cursor?: string; page?: number } | null = walk.start;
      let pages = 0;
      let records = 0;
      while (request !== null) {
        if (tenant.cancelled.includes(walk.requestId)) {
          throw { kind: "cancelled", message: "The request was cancelled." };
        }
        const page = await listPage({ ...(payload.request?.query ?? {}), ...request });
        pages += 1;
        records += page.records.length;
        store.push(...page.records);
        walk.onBatch.onmessage({ kept: store.length, pages: 1, next: page.next });
        request = page.next;
        if (request !== null && records >= walk.maxRecords) {
          return { pages, records, limitReached: true };
        }
      }
      return { pages, records, limitReached: false };
    }
    if (cmd === "kept_fields") {
      const asked = payload as unknown as { key: string; names: string[]; from: number };
      tenant.keptFieldCalls.push(asked.names);
      return (kept.get(asked.key) ?? [])
        .slice(asked.from)
        .map((record) =>
          Object.fromEntries(Object.entries(record).filter(([name]) => asked.names.includes(name))),
        );
    }
    if (cmd === "kept_records") {
      const asked = payload as unknown as { key: string; indices: number[] };
      tenant.keptRecordCalls.push(asked.indices);
      return asked.indices.map((index) => kept.get(asked.key)?.[index] ?? null);
    }
    if (cmd === "forget_kept") {
      const asked = payload as unknown as { key: string };
      if (asked.key === "") kept.clear();
      else kept.delete(asked.key);
      return null;
    }
    if (cmd === "delete_record") {
      tenant.deleteCalls.push({ operation, path });
      return { status: 204, body: null };
    }
    if (cmd === "read_record" && operation === "settingsListing") {
      // The shell reads the settings for the base currency once connected; no screen's read.
      return { status: 200, body: { data: {} } };
    }
    if (cmd === "read_record") {
      tenant.readCalls.push({ operation, path });
      if (operation === "chargePointRead") {
        const found = points.find((row) => row.id === path.chargePoint);
        if (!found) throw { kind: "notFound", message: "No query results." };
        return {
          status: 200,
          body: {
            data: {
              ...found,
              location: { id: found.locationId, name: "Depot" },
              tags: ["fast", "public"],
            },
          },
        };
      }
      if (operation === "chargePointEvseRead") {
        return { status: 200, body: { data: EVSES.find((row) => row.id === path.evse) ?? null } };
      }
      if (operation === "sessionRead") {
        const found = SESSIONS.find((row) => row.id === String(path.session));
        if (!found) throw { kind: "notFound", message: "No query results." };
        return { status: 200, body: { data: found } };
      }
      if (operation === "chargePointEvseConnectorRead") {
        const found = CONNECTORS.find((row) => row.id === path.connector);
        return { status: 200, body: { data: found ?? null } };
      }
      return { status: 200, body: { data: { id: 1 } } };
    }
    return null;
  });
  return tenant;
}

/** Locations 100 and 101 have names; 102 was deleted. Other records have no names. */
export const LOCATION_NAMES: Record<string, string> = {
  "100": "Munich Central",
  "101": "Hamburg Port",
};

function nameOutcome(read: string, id: string) {
  const name = read === "locationRead" ? LOCATION_NAMES[id] : undefined;
  if (name !== undefined) return { kind: "named", name };
  if (read === "locationRead") {
    return {
      kind: "notFound",
      message: "The tenant has no such record: it may have been deleted.",
    };
  }
  return { kind: "unnamed" };
}

function paginate(rows: Row[], query: Record<string, Value>) {
  const perPage = typeof query.perPage === "number" ? query.perPage : rows.length;
  if (typeof query.cursor === "string") {
    const offset = query.cursor === "" ? 0 : Number(query.cursor.replace("after-", ""));
    const slice = rows.slice(offset, offset + perPage);
    const end = offset + slice.length;
    return {
      records: slice,
      next: end < rows.length ? { cursor: `after-${end}` } : null,
      total: null,
      meta: null,
    };
  }
  if (typeof query.page === "number") {
    const offset = (query.page - 1) * perPage;
    const slice = rows.slice(offset, offset + perPage);
    return {
      records: slice,
      next: offset + perPage < rows.length ? { page: query.page + 1 } : null,
      total: rows.length,
      meta: null,
    };
  }
  return { records: rows, next: null, total: null, meta: null };
}
