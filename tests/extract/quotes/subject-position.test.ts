import { describe, expect, it } from 'vitest';
import { analyzeBlock } from '../../../src/extract/quotes/analyze-block.ts';
import { isSubjectPosition } from '../../../src/extract/quotes/subject-position.ts';

/** Whether the name `name` (its words as tokens) stands where a subject or a named speaker does in `text`. */
function subjectPosition(text: string, name: string): boolean {
  const block = analyzeBlock('body', 0, 0, text, []);
  const words = name.split(' ');
  const first = block.tokens.findIndex((_, i) => words.every((word, k) => block.tokens[i + k]?.text === word));
  if (first < 0) throw new Error(`no ${name} in ${text}`);
  return isSubjectPosition(block, first, first + words.length - 1);
}

describe('a name after a fronted verb of speech and a role', () => {
  it('is the speaker after a quote: `"…," said harbour communications director Tom Ward.`', () => {
    expect(subjectPosition('"The last storm was in 1987," said harbour communications director Tom Ward.', 'Tom Ward')).toBe(true);
  });

  it('is an object when a preposition stands between: `"…," said a lawyer for harbour director Tom Ward.`', () => {
    expect(subjectPosition('"The pier is safe," said a lawyer for harbour director Tom Ward.', 'Tom Ward')).toBe(false);
  });

  it('is no speaker when the verb does not follow a quote: `The report said harbour director Tom Ward.`', () => {
    expect(subjectPosition('The report said harbour director Tom Ward.', 'Tom Ward')).toBe(false);
  });
});
