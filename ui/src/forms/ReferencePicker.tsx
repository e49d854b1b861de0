// A searchable select over another resource's records, showing "CP-0012 · #12" rather than a
// bare number. Typing an id the listing did not return still offers it, so an operator who
// knows the id is never stuck.
import {
  MultiSelect,
  Select,
  type ComboboxLikeRenderOptionInput,
  type ComboboxItem,
  type OptionsFilter,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useRecordNames } from "../api/names";
import { findResource } from "../catalog/catalogIndex";
import { namedReferenceText } from "../catalog/names";
import { searchReferences, type ReferenceOption } from "./references";

type Id = string | number;

export interface ReferencePickerProps {
  resource: string;
  label: string;
  value: Id | Id[] | null | undefined;
  onChange: (value: Id | Id[] | null) => void;
  many?: boolean;
  /** Whether the field holds numbers (the usual case) rather than string ids. */
  numeric?: boolean;
  required?: boolean;
  disabled?: boolean;
  error?: string;
  /** Parent path parameters of a nested resource's listing. */
  path?: Record<string, string | number>;
  testId: string;
  description?: string;
  /** Asks the listing only once the dropdown first opens (a list screen's filters). */
  searchOnOpen?: boolean;
  size?: "xs" | "sm";
}

/** Pause after the last keystroke before the listing is asked again. */
const SEARCH_DELAY_MS = 250;

function withTypedId(options: ReferenceOption[], typed: string): ReferenceOption[] {
  const id = typed.trim().replace(/^#/, "");
  if (!/^\d+$/.test(id) || options.some((option) => option.value === id)) return options;
  return [...options, { value: id, label: `#${id}` }];
}

function withSelected(
  options: ReferenceOption[],
  selected: string[],
  known: ReadonlyMap<string, string>,
): ReferenceOption[] {
  // Each record once: a listing page may repeat one, and a record may list an id twice
  // (a tariff group's tariffIds), which the select cannot show as two options.
  const seen = new Set<string>();
  const unique = options.filter((option) => !seen.has(option.value) && seen.add(option.value));
  const missing = selected
    .filter((id) => !seen.has(id) && seen.add(id))
    .map((id) => ({ value: id, label: known.get(id) ?? `#${id}` }));
  return [...unique, ...missing];
}

// Options carry test ids so end-to-end tests can choose one without reading its text.
const renderOption = ({ option }: ComboboxLikeRenderOptionInput<ComboboxItem>) => (
  <span data-testid={`reference-option-${option.value}`}>{option.label}</span>
);

// The listing already searched; Mantine's own filter would hide a typed id's "#12" option.
const keepAll: OptionsFilter = ({ options }) => options;

export function ReferencePicker(props: ReferencePickerProps) {
  const { resource, value, onChange, many = false, numeric = true, path } = props;
  const [search, setSearch] = useState("");
  // Labels of records seen so far: a chosen record keeps its name once the search moves on.
  const [known, setKnown] = useState<ReadonlyMap<string, string>>(new Map());
  const selected = [
    ...new Set((value === null || value === undefined ? [] : [value].flat()).map(String)),
  ];
  // Ids the picker was given rather than chose (a filter from a link or a saved view) are
  // named in the background, so the field reads "Munich Central · #12" before it is opened.
  const given = useRecordNames(
    findResource(resource),
    selected.filter((id) => !known.has(id)),
  );
  const labels = new Map(known);
  for (const [id, name] of given) labels.set(id, namedReferenceText(name, id));
  // After a choice the select shows its label as the search text; that is not a new search.
  const searching = selected.some((id) => [labels.get(id), `#${id}`].includes(search))
    ? ""
    : search;
  const [debounced] = useDebouncedValue(searching, SEARCH_DELAY_MS);
  const [wanted, setWanted] = useState(props.searchOnOpen !== true);
  const options = useQuery({
    enabled: wanted,
    queryKey: ["forms", "references", resource, path ?? {}, debounced],
    queryFn: () => searchReferences(resource, debounced, crypto.randomUUID(), path),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
  const data = withSelected(withTypedId(options.data ?? [], searching), selected, labels);
  const remember = (ids: string[]) => {
    const next = new Map(known);
    for (const option of data) if (ids.includes(option.value)) next.set(option.value, option.label);
    setKnown(next);
  };
  const convert = (id: string): Id => (numeric && /^\d+$/.test(id) ? Number(id) : id);
  const common = {
    label: props.label,
    description: props.description,
    required: props.required,
    disabled: props.disabled,
    error: props.error,
    data,
    searchable: true,
    searchValue: search,
    onSearchChange: setSearch,
    filter: keepAll,
    renderOption,
    nothingFoundMessage: options.isFetching ? "Searching…" : "Nothing found: type a name or an id",
    "data-testid": props.testId,
    size: props.size,
    onDropdownOpen: () => setWanted(true),
  } as const;
  if (many) {
    return (
      <MultiSelect
        {...common}
        value={selected}
        onChange={(ids) => {
          remember(ids);
          onChange(ids.map(convert));
        }}
        clearable
      />
    );
  }
  return (
    <Select
      {...common}
      value={selected[0] ?? null}
      onChange={(id) => {
        if (id !== null) remember([id]);
        onChange(id === null ? null : convert(id));
      }}
      clearable={!props.required}
    />
  );
}
