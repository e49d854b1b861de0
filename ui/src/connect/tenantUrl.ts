// A preview of the address Plugdesk will use, shown under the field as the operator types.
// It mirrors the Rust rules (keep only scheme, host and port; https unless loopback) for
// display only: the Rust side is the authority and answers invalid addresses with a
// validation error on the `tenantUrl` field.

/** The normalised address, or null when the input does not look like one yet. */
export function previewTenantUrl(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === "") {
    return null;
  }
  const hasScheme = trimmed.includes("://");
  let url: URL;
  try {
    url = new URL(hasScheme ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return null;
  }
  if (url.username !== "" || url.password !== "" || url.hostname === "") {
    return null;
  }
  const loopback = isLoopbackHost(url.hostname);
  // A bare loopback address means a local server, which speaks plain http.
  const scheme = !hasScheme && loopback ? "http:" : url.protocol;
  if (scheme === "http:" && !loopback) {
    return null;
  }
  return `${scheme}//${url.host}`;
}

function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** A profile name suggested from the address: the tenant's subdomain, or the host itself. */
export function suggestProfileName(normalisedUrl: string | null): string {
  if (normalisedUrl === null) {
    return "";
  }
  const host = new URL(normalisedUrl).host;
  const labels = host.split(".");
  const isIpAddress = /^[\d.]+(:\d+)?$/.test(host) || host.startsWith("[");
  if (isIpAddress || labels.length < 3) {
    return host;
  }
  const first = labels[0] ?? host;
  return first.charAt(0).toUpperCase() + first.slice(1);
}
