/** The value below which `share` (0..1) of the samples fall, nearest-rank method. */
export function percentile(samples: readonly number[], share: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(share * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Times `run` `repeats` times after `warmup` untimed runs; returns milliseconds per run. */
export function timeRuns(run: () => unknown, repeats: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i += 1) run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times;
}

/**
 * Whether time grows faster than size between two measurements: the cost per
 * KB of the larger input is more than `tolerance` times that of the smaller.
 * Timer noise makes small inputs look dearer per KB, never cheaper, so only
 * growth is flagged.
 */
export function growsFasterThanLinear(
  small: { kb: number; ms: number },
  large: { kb: number; ms: number },
  tolerance = 2,
): boolean {
  return large.ms / large.kb > tolerance * (small.ms / small.kb);
}

/**
 * Whether any step from one measurement to the next larger one grows faster
 * than linear (see growsFasterThanLinear). `rows` in order of size.
 */
export function anyStepGrowsFasterThanLinear(rows: readonly { kb: number; ms: number }[], tolerance = 2): boolean {
  return rows.some((row, i) => i > 0 && growsFasterThanLinear(rows[i - 1]!, row, tolerance));
}

/**
 * Runs `run` once and returns its wall-clock and CPU milliseconds (user and
 * system, this process). On a machine shared with other work the wall clock
 * also counts time spent waiting for a core; CPU time does not.
 */
export function timeOnce(run: () => unknown): { wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}
