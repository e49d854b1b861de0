// A number on Home is counted while Home is shown: leaving Home before the answer came stops
// the count, so a list opened straight away does not share the tenant with walks nobody sees.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { useHomeNumber } from "./useHomeNumber";

type Count = (maxAgeSecs: number, signal: AbortSignal) => Promise<number>;

function renderNumber(client: QueryClient, count: Count) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(
    () => {
      const { query } = useHomeNumber({
        queryKey: ["home", "a number"],
        count,
        openingMaxAgeSecs: 300,
        staleTime: Infinity,
        refreshMinutes: 0,
        enabled: true,
      });
      return { data: query.data, error: query.error };
    },
    { wrapper },
  );
}

describe("a number on Home", () => {
  it("stops counting when Home goes before the answer, and counts again when it is back", async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const signals: AbortSignal[] = [];
    const never: Count = (_, signal) => {
      signals.push(signal);
      return new Promise(() => {});
    };
    const left = renderNumber(client, vi.fn(never));
    await waitFor(() => expect(signals).toHaveLength(1));
    expect(signals[0]?.aborted).toBe(false);
    left.unmount();
    expect(signals[0]?.aborted).toBe(true);

    // Back on Home: a fresh count, and the stopped one left no error behind.
    const answers = vi.fn<Count>(() => Promise.resolve(7));
    const back = renderNumber(client, answers);
    await waitFor(() => expect(back.result.current.data).toBe(7));
    expect(answers).toHaveBeenCalledWith(300, expect.any(AbortSignal));
    expect(back.result.current.error).toBeNull();
  });
});
