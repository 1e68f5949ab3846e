import { describe, expect, it } from 'vitest';
import { analyzeBlock } from '../../../src/extract/quotes/analyze-block.ts';
import { reportingVerbAt } from '../../../src/extract/quotes/speaker-refs.ts';

/** The lemma reportingVerbAt reads at the first token spelled `word` in `text`, or null where it reads a noun. */
function verbAt(text: string, word: string): string | null {
  const block = analyzeBlock('body', 0, 0, text, []);
  const i = block.tokens.findIndex((token) => token.lower === word);
  return reportingVerbAt(block, i)?.verb?.lemma ?? null;
}

describe('a reporting verb’s bare form after a determiner and modifiers is a noun', () => {
  it('reads a noun after a determiner and lower-case modifiers: `her economically depressed state`, `its fair share`', () => {
    expect(verbAt('He said that in her economically depressed state, there is gloom.', 'state')).toBeNull();
    expect(verbAt('The port should take its fair share of refugees.', 'share')).toBeNull();
  });

  it('reads a noun after `a`/`an` and one modifier of any case: `an Instagram post`', () => {
    expect(verbAt('She wrote in an Instagram post that it was over.', 'post')).toBeNull();
  });

  it('reads a verb after a capitalized modifier, which may be a body taking the plural: `The Harbour Board say`', () => {
    expect(verbAt('The Harbour Board say the figures are up.', 'say')).toBe('say');
  });

  it('reads a verb after a modifier ending in -s, which may be a plural subject: `the students chant`', () => {
    expect(verbAt('Outside, the students chant slogans.', 'chant')).toBe('chant');
  });

  it('reads a verb after `that` or `whose`, which open a clause: `said that police report delays`', () => {
    expect(verbAt('She said that police report delays every day.', 'report')).toBe('report');
    expect(verbAt('Parents whose children state their views were heard.', 'state')).toBe('state');
  });
});
