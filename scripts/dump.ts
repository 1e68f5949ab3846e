/**
 * `npm run -s dump -- <dir|file>... [--entities]`
 *
 * One tab-separated line per quote the site would show, for every .txt or .md
 * under the paths given (directories are walked in sorted order; a README.md is skipped):
 * `file  quote-id  kind  speaker  confidence  text`, where speaker is the
 * published speaker, `possibly X` for a candidate below the line, or `-`.
 * With --entities, one line per entity as well: `file  entity  kind  name`.
 *
 * Made to be diffed: run it in two trees over the same texts (public news no
 * rule was written on) and every quote whose speaker or kind one change moved
 * is a line of `diff` (docs/eval.md). A file that cannot be read or ingested
 * is named on stderr and the others go on; the exit code is 1 when any failed.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { entityListFor, extractFromText, InputError, readArticleFile } from '../src/cli/extract-command.ts';
import type { EntityListEntry } from '../src/extract/types.ts';

const USAGE = 'Usage: npm run -s dump -- <dir|file>... [--entities]';
const TEXT_WIDTH = 100;

function articleFiles(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => {
      const child = join(path, name);
      if (statSync(child).isDirectory()) return articleFiles(child);
      // A folder's README describes the folder; it is no article.
      return ['.txt', '.md'].includes(extname(name).toLowerCase()) && name.toLowerCase() !== 'readme.md' ? [child] : [];
    });
}

/** Tabs and line breaks would break the columns; long texts are cut, since the start identifies the quote. */
function cell(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > TEXT_WIDTH ? `${flat.slice(0, TEXT_WIDTH - 1)}…` : flat;
}

function dumpLines(file: string, text: string, entityList: readonly EntityListEntry[], withEntities: boolean): string[] {
  const { extraction } = extractFromText(file, text, entityList);
  const lines = extraction.quotes.map((quote) => {
    const speaker = quote.speaker ?? (quote.possibleSpeaker === undefined ? '-' : `possibly ${quote.possibleSpeaker}`);
    return [file, quote.id, quote.kind, speaker, quote.confidence.toFixed(3), cell(quote.text)].join('\t');
  });
  if (!withEntities) return lines;
  return [...lines, ...extraction.entities.map((entity) => [file, 'entity', entity.kind, entity.name].join('\t'))];
}

function main(argv: readonly string[]): number {
  const withEntities = argv.includes('--entities');
  const unknown = argv.find((arg) => arg.startsWith('-') && arg !== '--entities');
  const paths = argv.filter((arg) => !arg.startsWith('-'));
  if (unknown !== undefined || paths.length === 0) {
    console.error(`dump: ${unknown === undefined ? 'no file or directory given' : `unknown option ${unknown}`}\n${USAGE}`);
    return 2;
  }
  const entityList = entityListFor(null);
  let failed = 0;
  for (const file of paths.flatMap(articleFiles)) {
    try {
      const lines = dumpLines(file, readArticleFile(file), entityList, withEntities);
      if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      console.error(`dump: ${error instanceof InputError || error.message.startsWith(file) ? error.message : `${file}: ${error.message}`}`);
      failed += 1;
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
