import { NOISE_CONTEXT_RULES } from './noise-context-rules.ts';
import { noiseFragmentsOf } from './noise-fragments.ts';

/** A line of the raw text and, when it is noise, the rule that said so. */
export interface ClassifiedLine {
  text: string;
  noise: string | null;
}

/**
 * Marks each non-blank line as noise or article text. Line-pattern rules run
 * first; context rules only see lines already kept, so one noisy line cannot
 * make another look like noise.
 */
export function classifyLines(lines: readonly string[]): ClassifiedLine[] {
  const classified: ClassifiedLine[] = [];
  const kept: string[] = [];
  lines.forEach((text, index) => {
    const fragments = noiseFragmentsOf(text);
    let noise = fragments ? fragments.join('+') : null;
    if (noise === null) {
      const context = {
        keptBefore: kept,
        previousNoise: classified.at(-1)?.noise ?? null,
        next: lines[index + 1] ?? null,
      };
      noise = NOISE_CONTEXT_RULES.find((rule) => rule.matches(text, context))?.name ?? null;
    }
    if (noise === null) kept.push(text);
    classified.push({ text, noise });
  });
  return classified;
}
