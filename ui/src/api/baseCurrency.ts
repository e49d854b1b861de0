// The connected tenant's base currency: its settings name it by id, the currency record gives
// its code. Read once per connection and handed to the formatters (format/baseCurrency.ts), so
// a user's balance, which the API states in that currency, shows it.
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { findResource, pathValue, recordIdParam } from "../catalog/catalogIndex";
import { isRecord } from "../catalog/records";
import { setBaseCurrency } from "../format/baseCurrency";
import { fetchRecord } from "./reads";
import { useActiveTenant } from "./session";

/** The code of the base currency named by the tenant's settings, or null. */
export async function readBaseCurrency(signal?: AbortSignal): Promise<string | null> {
  const settings = findResource("settings");
  const currencies = findResource("currencies");
  const idParam = currencies === undefined ? null : recordIdParam(currencies);
  if (settings === undefined || currencies === undefined || idParam === null) return null;
  // The settings are one record, read whole.
  const base = await fetchRecord(settings, {}, signal);
  const named = isRecord(base) && isRecord(base.baseCurrency) ? base.baseCurrency.id : null;
  if (typeof named !== "number" && typeof named !== "string") return null;
  const currency = await fetchRecord(currencies, { [idParam]: pathValue(String(named)) }, signal);
  return isRecord(currency) && typeof currency.alphabeticCode === "string"
    ? currency.alphabeticCode
    : null;
}

/** Keeps the formatters' base currency that of the tenant connected now. */
export function useBaseCurrency(): void {
  const generation = useActiveTenant()?.generation ?? null;
  const { data } = useQuery({
    queryKey: ["base-currency", generation],
    queryFn: ({ signal }) => readBaseCurrency(signal),
    enabled: generation !== null,
    staleTime: Infinity,
    // Amounts show without a currency if the settings cannot be read; nothing to retry for.
    retry: false,
  });
  useEffect(() => setBaseCurrency(data ?? null), [data]);
}
