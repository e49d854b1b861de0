// Colours that stay readable: every text colour the theme hands out reaches WCAG 2.1 AA
// (4.5:1) against the background it is drawn on, in the light and the dark scheme. Mantine's
// default palettes are bright (teal 6 on white is 2.5:1), so the readable shade of each
// colour is worked out here once, from the palettes themselves.
import {
  darken,
  lighten,
  luminance,
  type CSSVariablesResolver,
  type MantineTheme,
} from "@mantine/core";

/** WCAG 2.1 AA for normal text, with a margin for anti-aliasing and tinted surfaces. */
export const TEXT_CONTRAST = 4.7;
/** WCAG 2.1 AA for the boundaries of controls (1.4.11). */
export const BOUNDARY_CONTRAST = 3;

/** The contrast ratio of two colours (1 to 21), as WCAG defines it. */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The first of `candidates` that reaches `minimum` against `background`; failing all, the last
 * one darkened (on a light background) or lightened (on a dark one) step by step until it does.
 */
export function readableOn(background: string, candidates: string[], minimum = TEXT_CONTRAST) {
  const found = candidates.find((color) => contrastRatio(color, background) >= minimum);
  if (found !== undefined) return found;
  const darkBackground = luminance(background) < 0.2;
  const last = candidates[candidates.length - 1] ?? (darkBackground ? "#ffffff" : "#000000");
  for (let step = 0.05; step <= 1; step += 0.05) {
    const shifted = darkBackground ? lighten(last, step) : darken(last, step);
    if (contrastRatio(shifted, background) >= minimum) return shifted;
  }
  return darkBackground ? "#ffffff" : "#000000";
}

/** The background light-variant badges, alerts and nav links sit on (what Mantine draws). */
function lightVariantBackground(shades: readonly string[], scheme: "light" | "dark") {
  return scheme === "light" ? (shades[1] ?? "#ffffff") : darken(shades[9] ?? "#000000", 0.5);
}

/**
 * Text, link, badge, placeholder and disabled colours for both schemes, on top of Mantine's
 * defaults. Every colour of the palette gets a readable text shade, a readable shade on its
 * own light-variant background, and a filled shade that white text can be read on.
 */
export const readableColorsResolver: CSSVariablesResolver = (theme: MantineTheme) => {
  const white = theme.white;
  const dark = theme.colors.dark;
  const gray = theme.colors.gray;
  const darkBody = dark[7];
  const light: Record<string, string> = {};
  const darkScheme: Record<string, string> = {};

  for (const [name, shades] of Object.entries(theme.colors)) {
    if (shades.length < 10) continue;
    // From the palette's filled shade (6) down to its darkest: the lightest that passes.
    const descending = shades.slice(6);
    // Light scheme: text on white, light-variant text on the pale tint, white on filled.
    const lightText = readableOn(white, descending);
    light[`--mantine-color-${name}-text`] = lightText;
    light[`--mantine-color-${name}-outline`] = lightText;
    light[`--mantine-color-${name}-light-color`] = readableOn(
      lightVariantBackground(shades, "light"),
      [shades[9]],
    );
    const lightFilled = readableOn(white, descending);
    light[`--mantine-color-${name}-filled`] = lightFilled;
    light[`--mantine-color-${name}-filled-hover`] = darken(lightFilled, 0.1);
    // Dark scheme: text on the dark body, light-variant text on the dark tint, white on filled.
    const darkText = readableOn(darkBody, [shades[4], shades[3], shades[2]]);
    darkScheme[`--mantine-color-${name}-text`] = darkText;
    darkScheme[`--mantine-color-${name}-outline`] = darkText;
    darkScheme[`--mantine-color-${name}-light-color`] = readableOn(
      lightVariantBackground(shades, "dark"),
      [shades[0]],
    );
    const darkFilled = readableOn(white, [shades[8], shades[9]]);
    darkScheme[`--mantine-color-${name}-filled`] = darkFilled;
    darkScheme[`--mantine-color-${name}-filled-hover`] = darken(darkFilled, 0.1);
  }

  const primary = theme.primaryColor;
  return {
    variables: {},
    light: {
      ...light,
      "--mantine-color-dimmed": readableOn(white, [gray[6], gray[7]]),
      "--mantine-color-placeholder": readableOn(white, [gray[6], gray[7]]),
      "--mantine-color-anchor": light[`--mantine-color-${primary}-text`] ?? gray[9],
      "--mantine-color-error": light["--mantine-color-red-text"] ?? gray[9],
      "--mantine-color-success": light["--mantine-color-teal-text"] ?? gray[9],
      "--mantine-color-disabled-color": readableOn(gray[2], [gray[6], gray[7]]),
      "--mantine-color-default-border": readableOn(
        white,
        [gray[4], gray[5], gray[6]],
        BOUNDARY_CONTRAST,
      ),
    },
    dark: {
      ...darkScheme,
      "--mantine-color-dimmed": readableOn(darkBody, [dark[2], dark[1]]),
      "--mantine-color-placeholder": readableOn(dark[6], [dark[2], dark[1]]),
      "--mantine-color-anchor": darkScheme[`--mantine-color-${primary}-text`] ?? dark[0],
      "--mantine-color-error": darkScheme["--mantine-color-red-text"] ?? dark[0],
      "--mantine-color-success": darkScheme["--mantine-color-teal-text"] ?? dark[0],
      "--mantine-color-disabled-color": readableOn(dark[6], [dark[2], dark[1]]),
      "--mantine-color-default-border": readableOn(
        dark[6],
        [dark[4], dark[3], dark[2]],
        BOUNDARY_CONTRAST,
      ),
    },
  };
};
