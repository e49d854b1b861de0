// A Mantine Anchor that navigates with the router: typed `to`, params and search.
import { Anchor, type AnchorProps } from "@mantine/core";
import { createLink, type LinkComponent } from "@tanstack/react-router";
import type { AnchorHTMLAttributes, Ref } from "react";

type AnchorAttributes = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof AnchorProps>;

interface AnchorLinkProps extends AnchorProps, AnchorAttributes {
  ref?: Ref<HTMLAnchorElement>;
}

function AnchorLink(props: AnchorLinkProps) {
  return <Anchor component="a" {...props} />;
}

const CreatedAnchor = createLink(AnchorLink);

export const RouterAnchor: LinkComponent<typeof AnchorLink> = (props) => (
  <CreatedAnchor {...props} />
);
