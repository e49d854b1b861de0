// The filter bar of a listing, generated from the operation's filters: a fitting widget for
// each (enum select, multi-select for arrays, date-time range for …After/…Before pairs, yes/no,
// number, text) and the includes as toggles. Every change goes straight to the URL.
import {
  Chip,
  type ComboboxItem,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from "@mantine/core";
import { DateTimePicker } from "@mantine/dates";
import dayjs from "dayjs";
import { useState, type KeyboardEvent } from "react";
import type { CatalogFilter, CatalogResource } from "../generated/catalog";
import { enumLabel, fieldLabel } from "../format/labels";
import { arrangeFilters, isBooleanFilter, numberFilterKind, type RangeGroup } from "./filters";
import {
  RECENT_WINDOW_VALUE,
  recentWindowStart,
  type FilterValue,
  type ListSearch,
} from "./listSearch";

interface FilterBarProps {
  resource: CatalogResource;
  search: ListSearch;
  onFilterChange: (name: string, value: FilterValue | undefined) => void;
  onIncludeChange: (include: string[]) => void;
}

export function FilterBar({ resource, search, onFilterChange, onIncludeChange }: FilterBarProps) {
  const entries = arrangeFilters(resource.filters);
  const include = search.include ?? [];
  if (entries.length === 0 && resource.includes.length === 0) return null;

  return (
    <Stack gap="sm" data-testid="filter-bar">
      {entries.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
          {entries.map((entry) =>
            entry.kind === "range" ? (
              <RangeWidget
                key={`range-${entry.range.label}`}
                range={entry.range}
                search={search}
                onChange={onFilterChange}
              />
            ) : (
              <FilterWidget
                key={entry.filter.name}
                filter={entry.filter}
                value={search.filter?.[entry.filter.name]}
                onChange={(value) => onFilterChange(entry.filter.name, value)}
              />
            ),
          )}
        </SimpleGrid>
      )}
      {resource.includes.length > 0 && (
        <Group gap="xs" data-testid="include-toggles">
          <Text size="sm" c="dimmed">
            Include:
          </Text>
          <Chip.Group multiple value={include} onChange={onIncludeChange}>
            {resource.includes.map((name) => (
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
  filter: CatalogFilter;
  value: FilterValue | undefined;
  onChange: (value: FilterValue | undefined) => void;
}

function FilterWidget({ filter, value, onChange }: FilterWidgetProps) {
  const label = fieldLabel(filter.name);
  const testId = `filter-${filter.name}`;
  const single = Array.isArray(value) ? value[0] : value;
  const list = Array.isArray(value) ? value : value !== undefined ? [value] : [];

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

/** The URL keeps ISO 8601 in UTC, as the API takes it; the picker shows local time. */
function DateFilter({ testId, label, value: given, onChange }: FieldProps) {
  // The recent window shows as the date it starts on today.
  const value = given === RECENT_WINDOW_VALUE ? recentWindowStart().toISOString() : given;
  const local =
    value !== undefined && dayjs(value).isValid()
      ? dayjs(value).format("YYYY-MM-DD HH:mm:ss")
      : null;
  return (
    <DateTimePicker
      data-testid={testId}
      size="xs"
      label={label}
      value={local}
      clearable
      valueFormat="YYYY-MM-DD HH:mm"
      onChange={(next) =>
        onChange(next === null || next === "" ? undefined : dayjs(next).toISOString())
      }
    />
  );
}

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
    <Fieldset legend={range.label} variant="unstyled" p={0}>
      <Group gap="xs" grow wrap="nowrap">
        {range.after && (
          <DateFilter
            testId={`filter-${range.after.name}`}
            label="From"
            value={valueOf(range.after)}
            onChange={(value) => range.after && onChange(range.after.name, value)}
          />
        )}
        {range.before && (
          <DateFilter
            testId={`filter-${range.before.name}`}
            label="Until"
            value={valueOf(range.before)}
            onChange={(value) => range.before && onChange(range.before.name, value)}
          />
        )}
      </Group>
    </Fieldset>
  );
}
