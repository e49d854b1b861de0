// Names for references: the name of the record an id refers to, looked up in the background.
// Every cell, field and entry asks for one id; the asks of one moment are gathered per target
// resource (DataLoader) into one `resolve_names` command, so a page of charge points costs one
// command for its locations whatever its size. Each answer is kept per id by TanStack Query,
// under the connection's generation: a tenant switch drops them with every other answer.
import { useQueries, useQuery } from "@tanstack/react-query";
import DataLoader from "dataloader";
import { commands, type NameOutcome } from "../bindings";
import { type CatalogResource } from "../catalog/catalogIndex";
import { isNamed, nameLookup } from "../catalog/names";
import { AppCommandError, unwrapResult } from "./bridge";
import { believedTenant } from "./tenantGeneration";

/** How long the asks of one render are gathered before they go out together. */
const GATHER_MS = 15;
/** The most ids one command asks for. */
const IDS_PER_COMMAND = 100;
/** A name is trusted this long in the window; Rust keeps its own short cache behind it. */
const NAME_STALE_MS = 60_000;

/** Where a reference's name stands. */
export type NameState =
  | { status: "pending" }
  | { status: "named"; name: string }
  | { status: "unnamed" }
  | { status: "unresolved"; reason: string };

const loaders = new Map<string, DataLoader<string, NameOutcome>>();

function loaderFor(resource: CatalogResource, generation: number): DataLoader<string, NameOutcome> {
  const key = `${generation} ${resource.key}`;
  const known = loaders.get(key);
  if (known !== undefined) return known;
  // Loaders of an older connection are never asked again.
  for (const old of loaders.keys()) {
    if (!old.startsWith(`${generation} `)) loaders.delete(old);
  }
  const loader = new DataLoader<string, NameOutcome>(
    async (ids) => {
      const lookup = nameLookup(resource, [...ids]);
      if (lookup === null) return ids.map(() => ({ kind: "unnamed" }) as NameOutcome);
      const resolved = unwrapResult(await commands.resolveNames(generation, lookup));
      const byId = new Map(resolved.map((entry) => [entry.id, entry.outcome]));
      return ids.map(
        (id) =>
          byId.get(id) ?? {
            kind: "failed",
            message: "The tenant's answer did not mention this record.",
          },
      );
    },
    {
      // TanStack Query keeps the answers; the loader only gathers.
      cache: false,
      maxBatchSize: IDS_PER_COMMAND,
      batchScheduleFn: (send) => setTimeout(send, GATHER_MS),
    },
  );
  loaders.set(key, loader);
  return loader;
}

function stateOf(outcome: NameOutcome): NameState {
  switch (outcome.kind) {
    case "named":
      return { status: "named", name: outcome.name };
    case "unnamed":
      return { status: "unnamed" };
    case "notFound":
    case "forbidden":
    case "failed":
      return { status: "unresolved", reason: outcome.message };
  }
}

/** The name of `resource`'s record `id`; "unnamed" at once where its records have no names. */
function nameQuery(resource: CatalogResource | undefined, id: string | null) {
  const generation = believedTenant();
  return {
    queryKey: ["names", generation, resource?.key ?? "", id ?? ""],
    queryFn: () => {
      if (resource === undefined || id === null) throw new Error("nothing to name");
      return loaderFor(resource, generation).load(id);
    },
    enabled: resource !== undefined && id !== null && isNamed(resource),
    staleTime: NAME_STALE_MS,
    retry: false,
  };
}

/**
 * The names found so far of `resource`'s records `ids`, by id: a picker holding ids it did not
 * choose itself (a filter from a link) shows their names, not "#12".
 */
export function useRecordNames(
  resource: CatalogResource | undefined,
  ids: readonly string[],
): ReadonlyMap<string, string> {
  const answers = useQueries({ queries: ids.map((id) => nameQuery(resource, id)) });
  const names = new Map<string, string>();
  ids.forEach((id, index) => {
    const outcome = answers[index]?.data;
    if (outcome?.kind === "named") names.set(id, outcome.name);
  });
  return names;
}

export function useRecordName(resource: CatalogResource | undefined, id: string | null): NameState {
  const named = resource !== undefined && id !== null && isNamed(resource);
  const query = useQuery(nameQuery(resource, id));
  if (!named) return { status: "unnamed" };
  if (query.data !== undefined) return stateOf(query.data);
  if (query.error !== null) {
    const reason =
      query.error instanceof AppCommandError ? query.error.appError.message : query.error.message;
    return { status: "unresolved", reason };
  }
  return { status: "pending" };
}
