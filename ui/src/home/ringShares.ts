/** The least share of the ring a status with any records gets, in percent: one faulted charger
 * among thousands must still show as a sliver an operator can see and click. */
export const LEAST_SHARE = 2;

/**
 * Each count's share of a ring, in percent, in the same order: in proportion to the counts,
 * except that no count above zero gets less than `LEAST_SHARE`; the others give up what that
 * takes, in proportion. Zero counts get zero; all zero gives all zeros.
 */
export function ringShares(counts: number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return counts.map(() => 0);
  const small = counts.map((count) => count > 0 && (count / total) * 100 < LEAST_SHARE);
  const raised = small.filter(Boolean).length * LEAST_SHARE;
  const rest = counts.reduce((sum, count, index) => (small[index] ? sum : sum + count), 0);
  return counts.map((count, index) => {
    if (count === 0) return 0;
    if (small[index]) return LEAST_SHARE;
    return (count / rest) * (100 - raised);
  });
}
