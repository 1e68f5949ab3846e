import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/ingest-text.ts';

const SEED = 'seed/000_f426b72678450e3a.txt';
const seedText = readFileSync(new URL(`../../../shared/${SEED}`, import.meta.url), 'utf8');
const result = ingestText(seedText, SEED);

describe('the seed article', () => {
  it('has the headline as title', () => {
    expect(result.frontmatter.title).toBe('Japan, South Korea push Putin over Pyongyang sanctions');
  });

  it('has the photo line under the headline as caption', () => {
    expect(result.frontmatter.caption).toBe(
      'President Donald Trump meets with Russian President Vladimir Putin at the G20 Summit in July',
    );
  });

  it('takes the two-place dateline off the first paragraph', () => {
    expect(result.frontmatter.dateline).toEqual(['Moscow', 'Xiamen']);
    expect(result.paragraphs[0]).toMatch(/^Russian President Vladimir Putin rejected /);
  });

  it('removes only the "Other news" footer', () => {
    expect(result.frontmatter.removed).toEqual(['Other news']);
    expect(result.removed).toEqual([{ line: 'Other news', rule: 'other-news' }]);
  });

  it('has 16 body paragraphs', () => {
    expect(result.paragraphs).toHaveLength(16);
  });

  it('has no date and names its source file', () => {
    expect(result.frontmatter.date).toBeUndefined();
    expect(result.frontmatter.source).toBe('000_f426b72678450e3a.txt');
  });

  it('is committed in content/articles exactly as ingest writes it', () => {
    const committed = readFileSync(new URL(`../../content/articles/${result.slug}.md`, import.meta.url), 'utf8');
    expect(result.slug).toBe('japan-south-korea-push-putin-over-pyongyang-sanctions');
    expect(committed).toBe(result.markdown);
  });
});
