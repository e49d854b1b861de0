// Below a listing: Previous and Next, which pages are shown, and the page size.
import { Button, Group, Select, Text } from "@mantine/core";
import { IconChevronLeft, IconChevronRight } from "@tabler/icons-react";
import type { CatalogResource } from "../catalog/catalogIndex";
import { PAGE_SIZES } from "./listSearch";

interface ListPaginationProps {
  resource: CatalogResource;
  pageNumber: number;
  pagesLoaded: number;
  perPage: number;
  total: number | null;
  hasPrev: boolean;
  hasNext: boolean;
  onPrev: () => void;
  onNext: () => void;
  onPageSize: (perPage: number) => void;
}

export function ListPagination(props: ListPaginationProps) {
  const { resource, pageNumber, pagesLoaded, perPage, total } = props;
  return (
    <Group justify="space-between">
      <Group gap="xs">
        <Button
          data-testid="page-prev"
          size="xs"
          variant="default"
          leftSection={<IconChevronLeft size={16} />}
          disabled={!props.hasPrev}
          onClick={props.onPrev}
        >
          Previous
        </Button>
        <Text size="sm" data-testid="page-number">
          {pagesLoaded > 1
            ? `Pages ${pageNumber}–${pageNumber + pagesLoaded - 1}`
            : `Page ${pageNumber}`}
          {total !== null && resource.pagination === "page"
            ? ` of ${Math.max(1, Math.ceil(total / perPage))}`
            : ""}
        </Text>
        <Button
          data-testid="page-next"
          size="xs"
          variant="default"
          rightSection={<IconChevronRight size={16} />}
          disabled={!props.hasNext}
          onClick={props.onNext}
        >
          Next
        </Button>
      </Group>
      <Select
        data-testid="page-size"
        size="xs"
        w={150}
        aria-label="Records per page"
        data={PAGE_SIZES.map((size) => ({
          value: String(size),
          label: `${size} per page`,
        }))}
        value={String(perPage)}
        allowDeselect={false}
        onChange={(value) => value && props.onPageSize(Number(value))}
      />
    </Group>
  );
}
