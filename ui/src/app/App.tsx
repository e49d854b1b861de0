import { RouterProvider, type RouterHistory } from "@tanstack/react-router";
import { useState } from "react";
import { CloseConfirm } from "./CloseConfirm";
import { Providers } from "./Providers";
import { createQueryClient } from "./queryClient";
import { createAppRouter } from "./router";

interface AppProps {
  /** Defaults to hash history; tests pass a memory history. */
  history?: RouterHistory;
}

export function App({ history }: AppProps) {
  // Created once per mounted app, so each test render starts from a clean cache.
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter({ queryClient, history }));

  return (
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
      <CloseConfirm />
    </Providers>
  );
}
