// The records "Load all" kept on the Rust side (see `session::RowStore`): the window holds
// light copies of the fields it shows and asks for a whole record only where one is needed
// (a row's buttons). Each loaded listing is kept under a key the window makes up, and
// forgotten when the listing leaves the screen.
import { commands, type Value } from "../bindings";

/** A fresh key for one listing's kept records. */
export function newKeptKey(): string {
  return crypto.randomUUID();
}

/** Light copies of the kept records from `from` on, with only the fields named. */
export function keptFields(key: string, names: readonly string[], from: number): Promise<Value[]> {
  return commands.keptFields(key, [...names], from);
}

/** Drops a listing's kept records (nothing happens when they are already gone). */
export function forgetKept(key: string): void {
  void commands.forgetKept(key).catch(() => undefined);
}

/** Drops every listing's: a window that starts (or starts again) holds none of them. */
export function forgetAllKept(): void {
  forgetKept("");
}

interface Waiting {
  index: number;
  resolve: (record: Value) => void;
  reject: (failure: unknown) => void;
}

/** The rows asked for in one moment (a screenful of row buttons) go over as one call. */
const waiting = new Map<string, Waiting[]>();

/** One whole kept record; `null` when it is no longer kept. */
export function keptRecord(key: string, index: number): Promise<Value> {
  return new Promise((resolve, reject) => {
    const queue = waiting.get(key);
    if (queue !== undefined) {
      queue.push({ index, resolve, reject });
      return;
    }
    waiting.set(key, [{ index, resolve, reject }]);
    setTimeout(() => {
      const asked = waiting.get(key) ?? [];
      waiting.delete(key);
      commands
        .keptRecords(
          key,
          asked.map((each) => each.index),
        )
        .then(
          (records) => asked.forEach((each, place) => each.resolve(records[place] ?? null)),
          (failure: unknown) => asked.forEach((each) => each.reject(failure)),
        );
    }, 0);
  });
}
