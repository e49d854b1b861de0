// axe-core in the test DOM: the same engine the end-to-end pass runs in the real window,
// here on single screens and components so a regression shows before that stage.
import axe from "axe-core";

/** jsdom has no layout or paint: colour contrast is checked in the real window only. */
const RULES_OFF_IN_JSDOM = ["color-contrast"];

/**
 * The rules about a form's controls: every field labelled, every control named, valid ARIA.
 * Checking only these keeps a pass over all of the catalog's forms quick.
 */
export const FORM_CONTROL_RULES = [
  "label",
  "button-name",
  "select-name",
  "input-button-name",
  "aria-input-field-name",
  "aria-toggle-field-name",
  "aria-command-name",
  "aria-required-attr",
  "aria-valid-attr",
  "aria-valid-attr-value",
  "aria-allowed-attr",
  "nested-interactive",
  "duplicate-id-aria",
  "label-content-name-mismatch",
];

/** The serious and critical violations in `root`, one line each: rule, impact, elements. */
export async function seriousViolations(
  root: Element = document.body,
  only?: readonly string[],
): Promise<string[]> {
  const result = await axe.run(root, {
    resultTypes: ["violations"],
    ...(only === undefined ? {} : { runOnly: { type: "rule", values: [...only] } }),
    rules: {
      ...Object.fromEntries(RULES_OFF_IN_JSDOM.map((id) => [id, { enabled: false }])),
      "label-content-name-mismatch": { enabled: true },
    },
  });
  return result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ` +
        violation.nodes.map((node) => node.target.join(" ")).join(" | "),
    );
}
