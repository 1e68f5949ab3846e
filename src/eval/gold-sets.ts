/**
 * Gold sets on disk: every `X.txt` with an `X.gold.json` beside it, read,
 * ingested in memory and extracted. Shared by `npm run eval` and
 * `npm run train` so both see exactly the same articles.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromText, InputError, readArticleFile } from '../cli/extract-command.ts';
import type { ArticleHead } from '../extract/article-text.ts';
import { extractArticle } from '../extract/index.ts';
import type { ArticleText, EntityListEntry, Extraction } from '../extract/types.ts';
import { parseGold, type GoldArticle } from './gold.ts';

export interface GoldPair {
  name: string;
  textFile: string;
  goldFile: string;
}

/** Every `X.txt` with an `X.gold.json` beside it, in name order. */
export function goldPairsIn(dir: string): GoldPair[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`${dir}: no such directory`);
  const files = new Set(readdirSync(dir));
  return [...files]
    .filter((file) => file.endsWith('.txt') && files.has(file.replace(/\.txt$/, '.gold.json')))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((file) => ({
      name: file.replace(/\.txt$/, ''),
      textFile: join(dir, file),
      goldFile: join(dir, file.replace(/\.txt$/, '.gold.json')),
    }));
}

export function readGold(file: string): GoldArticle {
  try {
    return parseGold(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new InputError(`${file}: ${(error as Error).message}`);
  }
}

/** One gold article, extracted by the rules alone (no speaker model: training and --cv learn on their output). */
export interface ExtractedGoldArticle {
  /** The directory as given (`../shared/corpus`). */
  set: string;
  name: string;
  head: ArticleHead;
  text: ArticleText;
  extraction: Extraction;
  gold: GoldArticle;
}

/** A set's directory name without trailing slashes, as it is reported. */
export function setName(dir: string): string {
  return dir.replace(/\/+$/u, '') || dir;
}

export function loadGoldSet(dir: string, entityList: readonly EntityListEntry[]): ExtractedGoldArticle[] {
  const set = setName(dir);
  return goldPairsIn(dir).map((pair) => {
    const gold = readGold(pair.goldFile);
    const { head, article } = articleFromText(pair.textFile, readArticleFile(pair.textFile));
    return { set, name: pair.name, head, text: article, extraction: extractArticle(article, { entityList, speakerModel: null }), gold };
  });
}

/**
 * The gold sets of real news pages (the rest, under eval/, were invented beside the rules): only
 * their rows choose the learned models' lines, since the invented sets are easier.
 */
export const REAL_NEWS_SETS: readonly string[] = ['../shared/corpus', '../shared/seed'];

/** The real-news sets among `dirs`, as set names. */
export function realNewsSetsAmong(dirs: readonly string[]): Set<string> {
  return new Set(dirs.map(setName).filter((set) => REAL_NEWS_SETS.includes(set)));
}

/** The directories of `dirs` that do not exist or are not directories. */
export function missingGoldSets(dirs: readonly string[]): string[] {
  return dirs.filter((dir) => !existsSync(dir) || !statSync(dir).isDirectory());
}

/**
 * The gold sets the committed models are trained on when none is named: the real-news sets, then
 * the invented sets of eval/ in name order (`npm run train`, `kind-cv.ts`, `entity-cv.ts`).
 */
export function defaultGoldSets(evalDir = 'eval'): string[] {
  const invented = existsSync(evalDir)
    ? readdirSync(evalDir)
        .filter((name) => statSync(join(evalDir, name)).isDirectory())
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
        .map((name) => `${evalDir}/${name}`)
    : [];
  return [...REAL_NEWS_SETS, ...invented];
}
