/** The value at `fraction` (0.5: the median) of already sorted timings: the upper middle for an even count. */
export function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? NaN;
}

/** The median of unsorted timings, by the same rule as `percentile`. */
export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}
