import { Button, Text } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet as RouterOutlet,
  RouterProvider,
} from "@tanstack/react-router";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { AppCommandError } from "../api/bridge";
import { Providers } from "../app/Providers";
import { createQueryClient } from "../app/queryClient";
import { isUnauthorized } from "./errorFacts";
import { installFakeSession, profile } from "./fakeSession";
import { useApplySession } from "./useApplySession";
import { TokenPromptProvider } from "./TokenPrompt";
import { useTokenPrompt } from "./useTokenPrompt";

const PRODUCTION = profile("Production");
const STAGING = profile("Staging");
const PRODUCTION_TENANT = {
  profileId: PRODUCTION.id,
  name: PRODUCTION.name,
  tenantUrl: PRODUCTION.tenantUrl,
  color: PRODUCTION.color,
  readOnly: false,
  demo: false,
  generation: 1,
};
const REVOKED = new AppCommandError({ kind: "unauthorized", message: "Unauthenticated." });

/** Renders `page` at /records (with a Home at /) inside the shell's token prompt. */
function renderPage(page: () => ReactNode) {
  const rootRoute = createRootRoute({
    component: function Root() {
      return (
        <TokenPromptProvider>
          <RouterOutlet />
        </TokenPromptProvider>
      );
    },
  });
  const history = createMemoryHistory({ initialEntries: ["/records"] });
  const router = createRouter({
    routeTree: rootRoute.addChildren([
      createRoute({
        getParentRoute: () => rootRoute,
        path: "/",
        component: () => <Text data-testid="home">Home</Text>,
      }),
      createRoute({ getParentRoute: () => rootRoute, path: "/records", component: page }),
    ]),
    history,
  });
  const queryClient = createQueryClient();
  render(
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { history, queryClient };
}

describe("the token prompt", () => {
  it("opens over the current screen when a query gets 401, saves the new token, and refetches", async () => {
    const fake = installFakeSession([PRODUCTION], "Production");
    let tokenReplaced = false;
    function Records() {
      const records = useQuery({
        queryKey: ["records"],
        queryFn: () =>
          tokenReplaced ? Promise.resolve("3 charge points") : Promise.reject(REVOKED),
      });
      return <Text data-testid="records">{records.data ?? "no records"}</Text>;
    }
    fake.overrides.update_profile = ({ id, changes }) => {
      expect(id).toBe(PRODUCTION.id);
      expect(changes).toEqual({ token: "fresh-token" });
      tokenReplaced = true;
      return fake.status;
    };
    const user = userEvent.setup();
    const { history } = renderPage(Records);

    const prompt = await screen.findByTestId("token-prompt");
    expect(prompt).toHaveTextContent("Production (https://production.ampeco.tech)");
    expect(screen.getByTestId("token-prompt-save")).toBeDisabled();
    await user.type(screen.getByTestId("token-prompt-input"), "fresh-token");
    await user.click(screen.getByTestId("token-prompt-save"));

    expect(await screen.findByText("3 charge points")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId("token-prompt")).not.toBeInTheDocument());
    expect(history.location.pathname).toBe("/records");
    expect(fake.callsOf("update_profile")).toHaveLength(1);
  });

  it("lets a mutation ask for a new token and retry when it is saved", async () => {
    installFakeSession([PRODUCTION], "Production");
    let attempts = 0;
    function Action() {
      const { promptForToken } = useTokenPrompt();
      const [outcome, setOutcome] = useState("idle");
      const run = useMutation({
        mutationFn: () => {
          attempts += 1;
          return attempts === 1 ? Promise.reject(REVOKED) : Promise.resolve("done");
        },
        onSuccess: setOutcome,
        onError: async (error) => {
          if (isUnauthorized(error) && (await promptForToken())) run.mutate();
        },
      });
      return (
        <>
          <Button data-testid="run" onClick={() => run.mutate()}>
            Run
          </Button>
          <Text data-testid="outcome">{outcome}</Text>
        </>
      );
    }
    const user = userEvent.setup();
    renderPage(Action);
    await user.click(await screen.findByTestId("run"));
    await user.type(await screen.findByTestId("token-prompt-input"), "fresh-token");
    await user.click(screen.getByTestId("token-prompt-save"));
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("done"));
    expect(attempts).toBe(2);
  });
});

describe("changing the connected tenant", () => {
  it("drops every other tenant's cached answers and goes Home", async () => {
    const fake = installFakeSession([PRODUCTION, STAGING], "Production");
    function Switch() {
      const applySession = useApplySession();
      const records = useQuery({ queryKey: ["records"], queryFn: () => "production records" });
      return (
        <>
          <Text data-testid="records">{records.data}</Text>
          <Button
            data-testid="switch"
            onClick={() => {
              const staging = { ...PRODUCTION_TENANT, profileId: STAGING.id, name: "Staging" };
              applySession({ ...fake.status, active: staging });
            }}
          >
            Switch
          </Button>
        </>
      );
    }
    const user = userEvent.setup();
    const { history, queryClient } = renderPage(Switch);
    expect(await screen.findByText("production records")).toBeInTheDocument();
    await user.click(screen.getByTestId("switch"));
    expect(await screen.findByTestId("home")).toBeInTheDocument();
    expect(history.location.pathname).toBe("/");
    expect(queryClient.getQueryData(["records"])).toBeUndefined();
    expect(queryClient.getQueryData(["session"])).toMatchObject({ active: { name: "Staging" } });
  });
});
