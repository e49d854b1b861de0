// Below a listing, one bar for moving through it: Previous and Next with the page shown, or,
// once "Load more" has added pages below, how many are loaded and the buttons to load more —
// never both ways at once; and the page size.
import { Button, Group, Select, Text } from "@mantine/core";
import { IconChevronLeft, IconChevronRight } from "@tabler/icons-react";
import type { ReactNode } from "react";
import type { CatalogResource } from "../catalog/catalogIndex";
import { formatCount } from "../format/format";
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
  /** Previous and Next; hidden while more than one page is loaded in one table. */
  pagesShown: boolean;
  /** "Load more" / "Load all" and the loaded count, where there is more to load. */
  loadMore?: ReactNode;
}

export function ListPagination(props: ListPaginationProps) {
  const { resource, pageNumber, perPage, total } = props;
  return (
    <Group justify="space-between" align="flex-start" data-testid="list-paging">
      <Group gap="lg" align="flex-start">
        {props.pagesShown && (
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
              Page {formatCount(pageNumber)}
              {total !== null && resource.pagination === "page"
                ? ` of ${formatCount(Math.max(1, Math.ceil(total / perPage)))}`
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
        )}
        {props.loadMore}
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
