import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithProviders } from "../test/renderWithProviders";
import { NestedValue } from "./NestedValue";

describe("NestedValue", () => {
  it("says an empty group holds nothing rather than showing an empty box", () => {
    renderWithProviders(<NestedValue value={{}} />);
    expect(screen.getByTestId("nested-empty")).toHaveTextContent("Nothing set");
  });

  it("lists the fields of a group with readable labels", () => {
    renderWithProviders(<NestedValue value={{ en: "Fast chargers", streetAddress: "Main 1" }} />);
    expect(screen.getByText("Street address")).toBeInTheDocument();
    expect(screen.getByText("Fast chargers")).toBeInTheDocument();
  });
});
