/**
 * Reading a learned model's JSON (the speaker ranker, the entity and kind
 * models): each check throws an error that names the bad field, so a broken
 * committed model fails the build with where it is broken.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function finite(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${where}: expected a finite number`);
  return value;
}

export function probability(value: unknown, where: string): number {
  const number = finite(value, where);
  if (number < 0 || number > 1) throw new Error(`${where}: expected a number in 0..1`);
  return number;
}

/** A feature id -> weight object (`<where>.weights`). */
export function parseWeights(value: unknown, where: string): Record<string, number> {
  if (!isRecord(value)) throw new Error(`${where}.weights: expected an object`);
  const weights: Record<string, number> = {};
  for (const [id, weight] of Object.entries(value)) weights[id] = finite(weight, `${where}.weights["${id}"]`);
  return weights;
}
