import { QueryClient } from "@tanstack/react-query";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Retrying is the Rust transport's job: it knows which requests are safe to repeat
        // and honours the tenant's rate limit. A second layer here would multiply requests.
        retry: false,
        // A desktop window gains and loses focus all day; refetching on each would spend
        // the tenant's rate limit for nothing.
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
