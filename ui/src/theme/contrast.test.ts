import { darken, mergeMantineTheme, DEFAULT_THEME } from "@mantine/core";
import { describe, expect, it } from "vitest";
import { BOUNDARY_CONTRAST, contrastRatio, readableColorsResolver } from "./contrast";
import { plugdeskTheme } from "./theme";

const theme = mergeMantineTheme(DEFAULT_THEME, plugdeskTheme);
const resolved = readableColorsResolver(theme);
const AA = 4.5;

describe("readable theme colours", () => {
  it("gives every colour a text shade of 4.5:1 on the body, in both schemes", () => {
    for (const name of Object.keys(theme.colors)) {
      expect(
        contrastRatio(resolved.light[`--mantine-color-${name}-text`]!, theme.white),
      ).toBeGreaterThanOrEqual(AA);
      expect(
        contrastRatio(resolved.dark[`--mantine-color-${name}-text`]!, theme.colors.dark[7]),
      ).toBeGreaterThanOrEqual(AA);
    }
  });

  it("keeps light badges and filled buttons readable", () => {
    for (const [name, shades] of Object.entries(theme.colors)) {
      expect(
        contrastRatio(resolved.light[`--mantine-color-${name}-light-color`]!, shades[1]),
      ).toBeGreaterThanOrEqual(AA);
      expect(
        contrastRatio(
          resolved.dark[`--mantine-color-${name}-light-color`]!,
          darken(shades[9], 0.5),
        ),
      ).toBeGreaterThanOrEqual(AA);
      for (const scheme of [resolved.light, resolved.dark]) {
        expect(
          contrastRatio(scheme[`--mantine-color-${name}-filled`]!, theme.white),
        ).toBeGreaterThanOrEqual(AA);
      }
    }
  });

  it("makes dimmed, link, placeholder and disabled text and control borders readable", () => {
    const { light, dark } = resolved;
    const white = theme.white;
    const { gray, dark: darkShades } = theme.colors;
    expect(contrastRatio(light["--mantine-color-dimmed"]!, white)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(light["--mantine-color-anchor"]!, white)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(light["--mantine-color-placeholder"]!, white)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(light["--mantine-color-disabled-color"]!, gray[2])).toBeGreaterThanOrEqual(
      AA,
    );
    expect(contrastRatio(light["--mantine-color-default-border"]!, white)).toBeGreaterThanOrEqual(
      BOUNDARY_CONTRAST,
    );
    const body = darkShades[7];
    expect(contrastRatio(dark["--mantine-color-dimmed"]!, body)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(dark["--mantine-color-anchor"]!, body)).toBeGreaterThanOrEqual(AA);
    expect(
      contrastRatio(dark["--mantine-color-placeholder"]!, darkShades[6]),
    ).toBeGreaterThanOrEqual(AA);
    expect(
      contrastRatio(dark["--mantine-color-disabled-color"]!, darkShades[6]),
    ).toBeGreaterThanOrEqual(AA);
    expect(
      contrastRatio(dark["--mantine-color-default-border"]!, darkShades[6]),
    ).toBeGreaterThanOrEqual(BOUNDARY_CONTRAST);
  });

  it("follows the operating system's reduced-motion setting", () => {
    expect(theme.respectReducedMotion).toBe(true);
  });
});
