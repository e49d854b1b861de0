// Runs axe-core inside the real window. The engine is injected through WebDriver's execute,
// which the window's content security policy does not govern.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The impacts that fail a check. */
export const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

/**
 * Rules switched off, each with its reason. Keep this list short: a rule belongs here only when
 * its finding is wrong for Plugdesk, never because a screen is hard to fix.
 */
export const RULES_OFF = {
  // The router keeps its addresses in the hash (#/r/charge-points): axe reads every such link
  // as a same-page skip link and asks for a target with that id, which a hash router never has.
  "skip-link": "hash-router links read as skip links",
};

/** Rules axe leaves off by default that Plugdesk is held to. */
const RULES_ON = ["label-content-name-mismatch"];

/**
 * Checks what the window shows now. Resolves to the violations, each as
 * `{ id, impact, help, targets }`, worst first.
 */
export async function axeCheck(browser) {
  const loaded = await browser.execute(() => typeof window.axe !== "undefined");
  if (!loaded) await browser.execute(AXE_SOURCE);
  const rules = Object.fromEntries([
    ...Object.keys(RULES_OFF).map((id) => [id, { enabled: false }]),
    ...RULES_ON.map((id) => [id, { enabled: true }]),
  ]);
  const result = await browser.executeAsync(
    (options, done) => {
      window.axe
        .run(document, options)
        .then((found) =>
          done({
            violations: found.violations.map((violation) => ({
              id: violation.id,
              impact: violation.impact,
              help: violation.help,
              targets: violation.nodes.map((node) => node.target.join(" ")),
            })),
          }),
        )
        .catch((error) => done({ error: String(error?.message ?? error) }));
    },
    { rules, resultTypes: ["violations"] },
  );
  if (result.error) throw new Error(`axe-core failed: ${result.error}`);
  const order = ["critical", "serious", "moderate", "minor"];
  return result.violations.sort((a, b) => order.indexOf(a.impact) - order.indexOf(b.impact));
}

/** One line per violation: rule id, impact, how many elements, and the first few of them. */
export function describeViolations(violations) {
  return violations.map(
    (violation) =>
      `  ${violation.id} (${violation.impact}, ${violation.targets.length}): ` +
      violation.targets.slice(0, 4).join(" | ") +
      (violation.targets.length > 4 ? ` | … ${violation.targets.length - 4} more` : ""),
  );
}
