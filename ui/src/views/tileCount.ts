// How a pinned view's count reads: exact numbers in the operator's format, a lower bound with "+".
import type { ViewCount } from "../bindings";

export function formatTileCount(count: ViewCount): string {
  const number = new Intl.NumberFormat().format(count.count);
  return count.exact ? number : `${number}+`;
}
