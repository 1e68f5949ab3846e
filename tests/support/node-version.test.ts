/**
 * The Node version rule (scripts/node-version.mjs) and the places that apply
 * it before anything needing a recent Node runs: the newsgraph bin launcher,
 * the Vitest globalSetup and npm itself (.npmrc engine-strict). The last three
 * are run with an older Node when the machine has one (/usr/bin/node).
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNodeVersion, minimumNodeVersion } from '../../scripts/node-version.mjs';
import { repoRoot } from './shared-data.ts';

const ENGINES = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;

describe('checkNodeVersion', () => {
  it('names the minimum, the running version and .nvmrc in one line for Node 20.20.2', () => {
    expect(checkNodeVersion('20.20.2', '22.12')).toBe('newsgraph needs Node >= 22.12 (this is 20.20.2); see .nvmrc');
  });

  it('refuses the last patch release before the minimum minor', () => {
    expect(checkNodeVersion('22.11.9', '22.12')).toBe('newsgraph needs Node >= 22.12 (this is 22.11.9); see .nvmrc');
  });

  it('accepts exactly the minimum', () => {
    expect(checkNodeVersion('22.12.0', '22.12')).toBeNull();
  });

  it('accepts Node 24 and later majors with lower minors', () => {
    expect([checkNodeVersion('24.22.3', '22.12'), checkNodeVersion('23.0.0', '22.12')]).toEqual([null, null]);
  });

  it('reads a "v" prefix and a pre-release suffix, and leaves the "v" out of the message', () => {
    expect(checkNodeVersion('v20.0.0-nightly2024', '22.12')).toBe('newsgraph needs Node >= 22.12 (this is 20.0.0-nightly2024); see .nvmrc');
  });

  it('throws naming a version it cannot read', () => {
    expect(() => checkNodeVersion('banana', '22.12')).toThrow('not a Node version: "banana"');
  });

  it('agrees with comparing major, minor and patch as numbers', () => {
    const part = fc.nat({ max: 40 });
    fc.assert(
      fc.property(fc.tuple(part, part, part), fc.tuple(part, part, part), (have, need) => {
        const [a, b, c] = have;
        const [x, y, z] = need;
        const recentEnough = a !== x ? a > x : b !== y ? b > y : c >= z;
        expect(checkNodeVersion(have.join('.'), need.join('.')) === null).toBe(recentEnough);
      }),
    );
  });

  it('uses the running Node and package.json engines when given nothing', () => {
    expect(checkNodeVersion()).toBe(checkNodeVersion(process.versions.node, minimumNodeVersion()));
  });
});

describe('minimumNodeVersion', () => {
  it('is package.json engines.node without its ">="', () => {
    expect(`>=${minimumNodeVersion()}`).toBe(ENGINES);
  });

  it('throws naming the file when engines.node is not a ">=X.Y" range', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-engines-'));
    const file = join(dir, 'package.json');
    writeFileSync(file, JSON.stringify({ engines: { node: '^22.12' } }));
    try {
      expect(() => minimumNodeVersion(file)).toThrow(`${file}: engines.node must be a ">=X.Y" range, got "^22.12"`);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd = repoRoot, env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((done) => {
    execFile(command, args, { cwd, env }, (error, stdout, stderr) => {
      done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

/** A Node older than the minimum on this machine (the system Node 20 here), or null. */
function findOldNode(): { path: string; version: string } | null {
  const path = '/usr/bin/node';
  if (!existsSync(path)) return null;
  const version = execFileSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
  return checkNodeVersion(version) === null ? null : { path, version };
}

const oldNode = findOldNode();
const OLD_NODE_TITLE = oldNode === null ? ' (skipped: no Node older than the minimum at /usr/bin/node)' : ` (with ${oldNode.path}, ${oldNode.version})`;
if (oldNode === null) console.warn(`tests/support/node-version.test.ts${OLD_NODE_TITLE}`);

describe.skipIf(oldNode === null)(`on an older Node${OLD_NODE_TITLE}`, () => {
  const node = oldNode?.path ?? '';
  const line = () => `newsgraph needs Node >= ${minimumNodeVersion()} (this is ${oldNode?.version}); see .nvmrc\n`;

  it('the newsgraph bin exits 1 printing only the one line', async () => {
    expect(await run(node, ['bin/newsgraph.mjs', 'ingest', 'any.txt'])).toEqual({ code: 1, stdout: '', stderr: line() });
  });

  it('scripts/node-version.mjs exits 1 printing only the one line', async () => {
    expect(await run(node, ['scripts/node-version.mjs'])).toEqual({ code: 1, stdout: '', stderr: line() });
  });

  it('the test suite stops in globalSetup with the one line on stderr', async () => {
    const vitest = join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs');
    const result = await run(node, [vitest, 'run', 'tests/fixtures/seed-expected.test.ts']);
    expect([result.code, result.stderr]).toEqual([1, line()]);
  });

  it('npm ci refuses at once with EBADENGINE (.npmrc engine-strict)', async () => {
    const npm = realpathSync(execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim());
    const project = mkdtempSync(join(tmpdir(), 'newsgraph-engine-strict-'));
    for (const file of ['package.json', 'package-lock.json', '.npmrc']) cpSync(join(repoRoot, file), join(project, file));
    // --offline: if the engine check were missing, fail on the network rather than install anything.
    const result = await run(node, [npm, 'ci', '--offline', '--ignore-scripts'], project, {
      ...process.env,
      npm_config_cache: join(project, '.npm-cache'),
    }).finally(() => rmSync(project, { recursive: true }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('npm error code EBADENGINE');
    expect(result.stderr).toContain(`npm error notsup Required: {"node":"${ENGINES}"}`);
  });
});

describe('on this Node', () => {
  it('scripts/node-version.mjs exits 0 printing nothing', async () => {
    expect(await run(process.execPath, ['scripts/node-version.mjs'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('the newsgraph bin runs the command', async () => {
    const result = await run(process.execPath, ['bin/newsgraph.mjs', '--help']);
    expect([result.code, result.stdout.split('\n')[0]]).toEqual([0, 'Usage: newsgraph <command> [options]']);
  });
});
