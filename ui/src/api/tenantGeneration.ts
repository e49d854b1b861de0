// The connection the window believes is active, by its generation (it changes with every
// tenant switch). Every call to the tenant carries it, and Rust refuses a call meant for another
// connection: a screen that has not yet seen a switch cannot reach the tenant switched to.
// Set whenever the window takes in a session status.

let believed = 0;

/** The generation of the connection this window last saw; 0 before any. */
export function believedTenant(): number {
  return believed;
}

/** Takes in the connection a session status names. */
export function believeTenant(status: { active: { generation: number } | null }): void {
  believed = status.active?.generation ?? 0;
}
