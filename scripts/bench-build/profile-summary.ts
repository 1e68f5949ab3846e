/**
 * `node scripts/bench-build/profile-summary.ts <file.cpuprofile> [top]`
 *
 * Prints self time by group of code and the top functions of a V8 CPU
 * profile, e.g. one taken of a cold site build:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof node_modules/astro/bin/astro.mjs build
 */
import { readFileSync } from 'node:fs';
import { summarizeProfile, type CpuProfile } from '../../src/eval/cpu-profile-summary.ts';
import { renderTable } from '../../src/eval/text-table.ts';

const [file, topArg] = process.argv.slice(2);
if (file === undefined) {
  console.error('Usage: node scripts/bench-build/profile-summary.ts <file.cpuprofile> [top]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const summary = summarizeProfile(profile, topArg === undefined ? 25 : Number(topArg));
const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
console.log(`${file}: ${(summary.totalMs / 1000).toFixed(1)} s sampled\n`);
console.log(renderTable(['group', 'self s', 'share'], summary.groups.map((g) => [g.name, (g.ms / 1000).toFixed(2), pct(g.share)]), { align: ['left', 'right', 'right'] }));
console.log('');
console.log(renderTable(['function', 'group', 'self s', 'share'], summary.functions.map((f) => [f.name, f.group, (f.ms / 1000).toFixed(2), pct(f.share)]), { align: ['left', 'left', 'right', 'right'] }));
