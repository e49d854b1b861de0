import { CheckIcon, ColorSwatch, Group, Input, rem } from "@mantine/core";
import { BADGE_COLORS } from "./colors";

interface ColorPickerProps {
  value: string;
  onChange: (color: string) => void;
  /** Prefix of each swatch's data-testid, followed by the colour name. */
  testIdPrefix: string;
  error?: string;
  disabled?: boolean;
}

/** The badge colour of a profile, chosen from the named colours the Rust side accepts. */
export function ColorPicker({ value, onChange, testIdPrefix, error, disabled }: ColorPickerProps) {
  return (
    <Input.Wrapper label="Badge colour" error={error}>
      <Group gap="xs" mt={4} role="radiogroup" aria-label="Badge colour">
        {BADGE_COLORS.map((color) => (
          <ColorSwatch
            key={color}
            component="button"
            type="button"
            role="radio"
            aria-checked={value === color}
            aria-label={color}
            data-testid={`${testIdPrefix}${color}`}
            color={`var(--mantine-color-${color}-filled)`}
            disabled={disabled}
            onClick={() => onChange(color)}
            style={{ cursor: "pointer", color: "white" }}
          >
            {value === color && <CheckIcon style={{ width: rem(12), height: rem(12) }} />}
          </ColorSwatch>
        ))}
      </Group>
    </Input.Wrapper>
  );
}
