import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { childrenOf } from "../catalog/catalogIndex";
import { renderApp } from "../test/renderApp";
import { installFakeTenant } from "./testing/fakeTenant";

const SMART_CHARGING = `/r/charge-points.smart-charging?path=${encodeURIComponent(
  JSON.stringify({ chargePoint: "1" }),
)}`;

describe("a resource the API only writes", { timeout: 20_000 }, () => {
  it("says what can be done instead of failing to list it", async () => {
    const tenant = installFakeTenant();
    const user = userEvent.setup();
    renderApp(SMART_CHARGING);
    const notice = await screen.findByTestId("write-only-notice");
    expect(notice).toHaveTextContent("cannot show what is set now");
    expect(notice).toHaveTextContent("“Set smart charging”");
    expect(screen.getByTestId("parent-trail")).toHaveTextContent("Charge point 1");
    expect(screen.queryByText(/Something went wrong/)).not.toBeInTheDocument();
    expect(screen.queryByTestId("load-error")).not.toBeInTheDocument();
    // Nothing asks the tenant for a listing that does not exist.
    expect(tenant.listCalls).toEqual([]);

    await user.click(await screen.findByTestId("create-button"));
    expect(await screen.findByRole("dialog", { name: "Set smart charging" })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId("form-submit")).toHaveTextContent("Set smart charging"),
    );
  });

  it("a read-only profile is told it cannot set it", async () => {
    installFakeTenant({ readOnly: true });
    renderApp(SMART_CHARGING);
    await waitFor(() =>
      expect(screen.getByTestId("write-only-notice")).toHaveTextContent("read-only"),
    );
    expect(screen.queryByTestId("create-button")).not.toBeInTheDocument();
  });

  it("is reached from its parent record", () => {
    expect(childrenOf("charge-points").map((child) => child.key)).toContain(
      "charge-points.smart-charging",
    );
  });
});
