// The filter bar of a listing, generated from the operation's filters: a fitting widget for
// each (enum select, multi-select for arrays, date-time range for …After/…Before pairs, yes/no,
// number, text) and the includes as toggles. Every change goes straight to the URL.
import {
  Box,
  Chip,
  type ComboboxItem,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from "@mantine/core";
import { DateTimePicker } from "@mantine/dates";
import dayjs from "dayjs";
import { useState, type KeyboardEvent } from "react";
import type { CatalogFilter, CatalogResource } from "../generated/catalog";
import { enumLabel, fieldLabel, referenceFieldLabel } from "../format/labels";
import { ReferencePicker } from "../forms";
import {
  arrangeFilters,
  filterTarget,
  isBooleanFilter,
  numberFilterKind,
  type FilterEntry,
  type RangeGroup,
} from "./filters";
import {
  RECENT_WINDOW_VALUE,
  recentWindowStart,
  type FilterValue,
  type ListSearch,
} from "./listSearch";

interface FilterBarProps {
  resource: CatalogResource;
  /** The filters to show; all of the listing's by default. */
  entries?: FilterEntry[];
  /** Whether the include toggles show too. */
  withIncludes?: boolean;
  testId?: string;
  search: ListSearch;
  onFilterChange: (name: string, value: FilterValue | undefined) => void;
  onIncludeChange: (include: string[]) => void;
}

export function FilterBar({
  resource,
  entries = arrangeFilters(resource.filters),
  withIncludes = true,
  testId = "filter-bar",
  search,
  onFilterChange,
  onIncludeChange,
}: FilterBarProps) {
  const include = search.include ?? [];
  const includes = withIncludes ? resource.includes : [];
  if (entries.length === 0 && includes.length === 0) return null;

  return (
    <Stack gap="sm" data-testid={testId}>
      {entries.length > 0 && (
        // Fields flow in rows, a date range twice as wide as one field (two pickers side by side).
        <Group gap="sm" align="flex-end" wrap="wrap">
          {entries.map((entry) =>
            entry.kind === "range" ? (
              <Box key={`range-${entry.range.label}`} style={{ flex: "2 1 300px" }}>
                <RangeWidget range={entry.range} search={search} onChange={onFilterChange} />
              </Box>
            ) : (
              <Box key={entry.filter.name} style={{ flex: "1 1 150px" }}>
                <FilterWidget
                  resource={resource}
                  filter={entry.filter}
                  value={search.filter?.[entry.filter.name]}
                  onChange={(value) => onFilterChange(entry.filter.name, value)}
                />
              </Box>
            ),
          )}
        </Group>
      )}
      {includes.length > 0 && (
        <Group gap="xs" data-testid="include-toggles">
          <Text size="sm" c="dimmed">
            Include:
          </Text>
          <Chip.Group multiple value={include} onChange={onIncludeChange}>
            {includes.map((name) => (
              <Chip key={name} value={name} size="xs" data-testid={`include-${name}`}>
                {fieldLabel(name)}
              </Chip>
            ))}
          </Chip.Group>
        </Group>
      )}
    </Stack>
  );
}

/** Options carry test ids, so end-to-end tests pick them without reading their text. */
function renderOptionFor(filterName: string) {
  function FilterOption({ option }: { option: ComboboxItem }) {
    return <span data-testid={`filter-option-${filterName}-${option.value}`}>{option.label}</span>;
  }
  return FilterOption;
}

interface FilterWidgetProps {
  resource: CatalogResource;
  filter: CatalogFilter;
  value: FilterValue | undefined;
  onChange: (value: FilterValue | undefined) => void;
}

function FilterWidget({ resource, filter, value, onChange }: FilterWidgetProps) {
  const target = filterTarget(resource, filter);
  // A filter naming another record picks it by name: "Location", not "Location ID".
  const label =
    target !== null && !filter.isArray ? referenceFieldLabel(filter.name) : fieldLabel(filter.name);
  const testId = `filter-${filter.name}`;
  const single = Array.isArray(value) ? value[0] : value;
  const list = Array.isArray(value) ? value : value !== undefined ? [value] : [];

  if (target !== null) {
    // Records are picked by name ("Munich Central · #12"); a typed id still works.
    return (
      <ReferencePicker
        resource={target}
        label={label}
        value={filter.isArray ? list : (single ?? null)}
        many={filter.isArray}
        numeric={false}
        searchOnOpen
        size="xs"
        testId={testId}
        onChange={(next) => {
          const ids = (Array.isArray(next) ? next : next === null ? [] : [next]).map(String);
          onChange(filter.isArray ? ids : ids[0]);
        }}
      />
    );
  }

  if (filter.enumValues.length > 0) {
    // The spec repeats some enum values (a region code listed twice); a select needs each once.
    const data = [...new Set(filter.enumValues)].map((option) => ({
      value: option,
      label: enumLabel(option),
    }));
    return filter.isArray ? (
      <MultiSelect
        data-testid={testId}
        size="xs"
        label={label}
        data={data}
        renderOption={renderOptionFor(filter.name)}
        value={list}
        clearable
        searchable
        onChange={(next) => onChange(next)}
      />
    ) : (
      <Select
        data-testid={testId}
        size="xs"
        label={label}
        data={data}
        renderOption={renderOptionFor(filter.name)}
        value={single ?? null}
        clearable
        searchable
        onChange={(next) => onChange(next ?? undefined)}
      />
    );
  }
  if (isBooleanFilter(filter)) {
    return (
      <Select
        data-testid={testId}
        size="xs"
        label={label}
        data={[
          { value: "true", label: "Yes" },
          { value: "false", label: "No" },
        ]}
        renderOption={renderOptionFor(filter.name)}
        value={single ?? null}
        clearable
        onChange={(next) => onChange(next ?? undefined)}
      />
    );
  }
  if (filter.isArray) {
    return (
      <TagsInput
        data-testid={testId}
        size="xs"
        label={label}
        value={list}
        onChange={(next) => onChange(next)}
        placeholder="Type and press Enter"
      />
    );
  }
  if (filter.format === "date-time" || filter.format === "date") {
    return <DateFilter testId={testId} label={label} value={single} onChange={onChange} />;
  }
  const numberKind = numberFilterKind(filter);
  if (numberKind !== null) {
    return (
      <NumberFilter
        key={single ?? ""}
        testId={testId}
        label={label}
        value={single}
        onChange={onChange}
        allowDecimal={numberKind === "decimal"}
      />
    );
  }
  return (
    <TextFilter
      key={single ?? ""}
      testId={testId}
      label={label}
      value={single}
      onChange={onChange}
    />
  );
}

interface FieldProps {
  testId: string;
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

/** Applies on Enter or when leaving the field, so typing does not fire a request per key. */
function TextFilter({ testId, label, value, onChange }: FieldProps) {
  const [draft, setDraft] = useState(value ?? "");
  const apply = () => {
    const trimmed = draft.trim();
    if (trimmed !== (value ?? "")) onChange(trimmed === "" ? undefined : trimmed);
  };
  return (
    <TextInput
      data-testid={testId}
      size="xs"
      label={label}
      value={draft}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={apply}
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key === "Enter") apply();
      }}
    />
  );
}

function NumberFilter({
  testId,
  label,
  value,
  onChange,
  allowDecimal,
}: FieldProps & { allowDecimal: boolean }) {
  const [draft, setDraft] = useState<string | number>(value ?? "");
  const apply = () => {
    const text = String(draft).trim();
    if (text !== (value ?? "")) onChange(text === "" ? undefined : text);
  };
  return (
    <NumberInput
      data-testid={testId}
      size="xs"
      label={label}
      value={draft}
      allowDecimal={allowDecimal}
      onChange={setDraft}
      onBlur={apply}
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key === "Enter") apply();
      }}
    />
  );
}

const DATE_FILTER_FORMAT = "YYYY-MM-DD HH:mm";

/** The URL keeps ISO 8601 in UTC, as the API takes it; the picker shows local time. */
function DateFilter({
  testId,
  label,
  value: given,
  onChange,
  placeholder,
}: Omit<FieldProps, "label"> & { label: string; placeholder?: string }) {
  // The recent window shows as the date it starts on today.
  const value = given === RECENT_WINDOW_VALUE ? recentWindowStart().toISOString() : given;
  const local =
    value !== undefined && dayjs(value).isValid()
      ? dayjs(value).format("YYYY-MM-DD HH:mm:ss")
      : null;
  // The picker is a button showing its date: a name for readers must contain that text.
  const shown = local === null ? null : dayjs(local).format(DATE_FILTER_FORMAT);
  return (
    <DateTimePicker
      data-testid={testId}
      size="xs"
      // In a range the fieldset's legend is the visible label; each end is named for readers.
      label={placeholder === undefined ? label : undefined}
      aria-label={
        placeholder === undefined ? undefined : shown === null ? label : `${label}: ${shown}`
      }
      placeholder={placeholder}
      value={local}
      clearable
      valueFormat={DATE_FILTER_FORMAT}
      // The calendar's days and the hours field carry test ids: tests work the calendar by keys.
      getDayProps={() => ({ "data-testid": `${testId}-day` })}
      timePickerProps={{ hoursInputProps: { "data-testid": `${testId}-hours` } }}
      onChange={(next) =>
        onChange(next === null || next === "" ? undefined : dayjs(next).toISOString())
      }
    />
  );
}

/**
 * A date range, "Started: from … until …", as tall as the fields beside it: its name is the
 * fieldset's legend, sized like their labels.
 */
function RangeWidget({
  range,
  search,
  onChange,
}: {
  range: RangeGroup;
  search: ListSearch;
  onChange: FilterBarProps["onFilterChange"];
}) {
  const valueOf = (filter: CatalogFilter | undefined) => {
    const value = filter ? search.filter?.[filter.name] : undefined;
    return Array.isArray(value) ? value[0] : value;
  };
  return (
    <Fieldset
      legend={range.label}
      variant="unstyled"
      p={0}
      m={0}
      styles={{
        legend: {
          fontSize: "var(--mantine-font-size-xs)",
          fontWeight: 500,
          padding: 0,
          marginBottom: "calc(var(--mantine-spacing-xs) / 5)",
        },
      }}
    >
      <Group gap="xs" grow wrap="nowrap">
        {range.after && (
          <DateFilter
            testId={`filter-${range.after.name}`}
            label={`${range.label} from`}
            placeholder="From"
            value={valueOf(range.after)}
            onChange={(value) => range.after && onChange(range.after.name, value)}
          />
        )}
        {range.before && (
          <DateFilter
            testId={`filter-${range.before.name}`}
            label={`${range.label} until`}
            placeholder="Until"
            value={valueOf(range.before)}
            onChange={(value) => range.before && onChange(range.before.name, value)}
          />
        )}
      </Group>
    </Fieldset>
  );
}
