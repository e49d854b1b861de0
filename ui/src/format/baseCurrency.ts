// The connected tenant's base currency. The API states some amounts (a user's balance) in it
// without naming it on the record; only the tenant's settings say which it is. Set by the api
// layer once the settings are read, cleared when the tenant changes, read by the formatters.

let current: string | null = null;

export function setBaseCurrency(code: string | null): void {
  current = code !== null && /^[A-Za-z]{3}$/.test(code) ? code.toUpperCase() : null;
}

export function baseCurrency(): string | null {
  return current;
}
