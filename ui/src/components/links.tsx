// Mantine components that navigate with the router: typed `to`, hash-aware hrefs, and the
// router's active state shown by Mantine's own styling.
import { Button, NavLink, type ButtonProps, type NavLinkProps } from "@mantine/core";
import { createLink, type LinkComponent } from "@tanstack/react-router";
import type { AnchorHTMLAttributes, Ref } from "react";

type AnchorAttributes = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof NavLinkProps>;

interface NavLinkAnchorProps extends NavLinkProps, AnchorAttributes {
  ref?: Ref<HTMLAnchorElement>;
  "data-status"?: string;
}

function NavLinkAnchor(props: NavLinkAnchorProps) {
  // The router marks the link of the current page with data-status="active".
  return <NavLink component="a" active={props["data-status"] === "active"} {...props} />;
}

const CreatedNavLink = createLink(NavLinkAnchor);

export const RouterNavLink: LinkComponent<typeof NavLinkAnchor> = (props) => (
  <CreatedNavLink {...props} />
);

type ButtonAnchorAttributes = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof ButtonProps>;

interface ButtonAnchorProps extends ButtonProps, ButtonAnchorAttributes {
  ref?: Ref<HTMLAnchorElement>;
}

function ButtonAnchor(props: ButtonAnchorProps) {
  return <Button component="a" {...props} />;
}

const CreatedButtonLink = createLink(ButtonAnchor);

export const RouterButton: LinkComponent<typeof ButtonAnchor> = (props) => (
  <CreatedButtonLink {...props} />
);
