import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { AppCommandError, type AppError } from "../api/bridge";
import { renderWithProviders } from "../test/renderWithProviders";
import { ErrorNotice } from "./ErrorNotice";

const networkError = { kind: "network", message: "connection refused" } as AppError;
const forbiddenError = { kind: "forbidden", message: "This action is unauthorized." } as AppError;

describe("ErrorNotice", () => {
  it("shows the title, what happened, what to do and the cleaned detail", () => {
    renderWithProviders(<ErrorNotice error={new AppCommandError(networkError)} />);
    const notice = screen.getByTestId("error-notice");
    expect(notice).toHaveTextContent("Plugdesk could not reach the tenant");
    expect(notice).toHaveTextContent("Check your connection and try again.");
    expect(screen.getByTestId("error-detail")).toHaveTextContent("connection refused");
  });

  it("offers to try again when that may help, and calls back on click", async () => {
    const onRetry = vi.fn();
    renderWithProviders(<ErrorNotice error={networkError} onRetry={onRetry} />);
    await userEvent.setup().click(screen.getByTestId("error-retry"));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it("does not offer to try again when only the operator can fix the cause", () => {
    renderWithProviders(<ErrorNotice error={forbiddenError} onRetry={() => {}} />);
    expect(screen.queryByTestId("error-retry")).not.toBeInTheDocument();
  });

  it("omits the detail line when there is nothing worth showing", () => {
    renderWithProviders(<ErrorNotice error={undefined} />);
    expect(screen.getByTestId("error-notice")).toHaveTextContent(
      "Something went wrong inside Plugdesk",
    );
    expect(screen.queryByTestId("error-detail")).not.toBeInTheDocument();
  });
});
