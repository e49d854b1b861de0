// Changes to many records: Rust sends the one body to each record with the tenant's
// concurrency limit, waits out 429s, and reports each record as it finishes. Every record
// carries its own request id, kept when the failed ones are retried, so a record whose change
// already went out is refused instead of changed twice. Cancel stops records not yet started.
import { Channel } from "@tauri-apps/api/core";
import {
  commands,
  type BulkItem,
  type BulkOperation,
  type BulkProgress_Deserialize,
  type BulkReport_Serialize,
  type Value,
} from "../bindings";
import { unwrapResult } from "./bridge";
import { believedTenant } from "./tenantGeneration";

export type { BulkItem, BulkOperation };
export type BulkProgress = BulkProgress_Deserialize;
export type BulkReport = BulkReport_Serialize;

export interface BulkRunOptions {
  runId: string;
  operation: BulkOperation;
  body: Value;
  items: BulkItem[];
  onProgress: (progress: BulkProgress) => void;
}

export async function runBulk(options: BulkRunOptions): Promise<BulkReport> {
  const channel = new Channel<BulkProgress>();
  channel.onmessage = options.onProgress;
  const result = await commands.runBulk(
    believedTenant(),
    {
      runId: options.runId,
      operation: options.operation,
      body: options.body,
      items: options.items,
    },
    channel,
  );
  return unwrapResult(result);
}

/** Stops the run from starting more records; those on their way finish. */
export function cancelBulk(runId: string): Promise<boolean> {
  return commands.cancelBulkRun(runId);
}
