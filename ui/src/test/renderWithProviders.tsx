import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { Providers } from "../app/Providers";
import { createQueryClient } from "../app/queryClient";

/** Renders one component inside the app's providers, without the router or the shell. */
export function renderWithProviders(ui: ReactElement) {
  return render(<Providers queryClient={createQueryClient()}>{ui}</Providers>);
}
