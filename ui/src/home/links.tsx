// Links from Home's numbers to the records behind them: a record's own screen, or a list
// screen with the filter that selects what was counted.
import { Anchor, type AnchorProps } from "@mantine/core";
import { createLink, type LinkComponent } from "@tanstack/react-router";
import type { AnchorHTMLAttributes, ReactNode, Ref } from "react";
import type { ResourceKey } from "../bindings";

type AnchorAttributes = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof AnchorProps>;

interface AnchorLinkProps extends AnchorProps, AnchorAttributes {
  ref?: Ref<HTMLAnchorElement>;
}

function AnchorLink(props: AnchorLinkProps) {
  return <Anchor component="a" {...props} />;
}

const CreatedAnchor = createLink(AnchorLink);

const HomeAnchor: LinkComponent<typeof AnchorLink> = (props) => <CreatedAnchor {...props} />;

interface RecordLinkProps {
  resource: ResourceKey;
  id: string;
  children: ReactNode;
  testId?: string;
}

export function RecordLink({ resource, id, children, testId }: RecordLinkProps) {
  return (
    <HomeAnchor to="/r/$resource/$id" params={{ resource, id }} data-testid={testId} size="sm">
      {children}
    </HomeAnchor>
  );
}

interface ListLinkProps {
  resource: ResourceKey;
  filter?: Record<string, string>;
  children: ReactNode;
  testId?: string;
}

export function ListLink({ resource, filter, children, testId }: ListLinkProps) {
  return (
    <HomeAnchor
      to="/r/$resource"
      params={{ resource }}
      search={filter === undefined ? {} : { filter }}
      data-testid={testId}
      size="sm"
    >
      {children}
    </HomeAnchor>
  );
}
