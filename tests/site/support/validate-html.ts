import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { htmlFilesIn } from './html.ts';

/**
 * html-validate's recommended rules, less the ones that contradict a choice
 * the site makes on purpose.
 */
export const VALIDATOR_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // The rule is a search-result length heuristic, not validity or
    // accessibility. An article's <title> is its headline in full, as the
    // <h1> shows it; news headlines (and the headline derived from a first
    // sentence) often run past 70 characters, and cutting them would hide
    // the end of the headline from tabs, bookmarks and screen readers.
    'long-title': 'off',
  },
};

/** Every html-validate error in every .html file under dist/, one line each: file:line:column rule: message. */
export async function htmlErrors(dist: string): Promise<{ files: number; errors: string[] }> {
  const validator = new HtmlValidate(VALIDATOR_CONFIG);
  const files = await htmlFilesIn(dist);
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(dist, file));
    for (const result of report.results) {
      for (const message of result.messages) errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  return { files: files.length, errors };
}
