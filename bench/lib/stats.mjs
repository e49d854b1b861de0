// Order statistics of a run's figures: medians and percentiles, never means (one stall on a
// shared machine would move a mean).

export function percentile(values, share) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[index];
}

export function median(values) {
  return percentile(values, 0.5);
}
