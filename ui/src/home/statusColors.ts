// One distinct colour per status on Home's status charts, readable in light and dark themes
// (Mantine's shade 6). A status the API adds later gets a neutral colour and its own name.

const EVSE_COLORS: Readonly<Record<string, string>> = {
  available: "teal.6",
  preparing: "cyan.6",
  charging: "blue.6",
  suspendedEV: "violet.6",
  suspendedEVSE: "grape.6",
  finishing: "indigo.6",
  reserved: "yellow.6",
  occupied: "orange.6",
  unavailable: "gray.6",
  faulted: "red.6",
};

const NETWORK_COLORS: Readonly<Record<string, string>> = {
  available: "teal.6",
  temporarily_unavailable: "yellow.6",
  "long-term_unavailable": "orange.6",
  never_connected: "gray.6",
};

export function evseStatusColor(status: string): string {
  return EVSE_COLORS[status] ?? "dark.3";
}

export function networkStatusColor(status: string): string {
  return NETWORK_COLORS[status] ?? "dark.3";
}
