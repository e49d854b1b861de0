import { queryOptions } from "@tanstack/react-query";
import { fetchAppInfo } from "./bridge";

export const appInfoQuery = queryOptions({
  queryKey: ["appInfo"],
  queryFn: fetchAppInfo,
  // Fixed for the life of the process.
  staleTime: Infinity,
});
