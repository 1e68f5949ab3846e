// @ts-check
/**
 * The one rule for which Node runs newsgraph: package.json `engines.node`, a
 * ">=X.Y" range. Plain JavaScript with nothing newer than Node 14 in it, so
 * that an old Node can still parse it and say, in one line, why it cannot run
 * the rest (bin/newsgraph.ts needs type stripping; Astro and Vitest need a
 * recent Node). Read by the bin launcher (bin/newsgraph.mjs), the test setup
 * (tests/support/node-version.ts) and .ci/run, which runs this file:
 *
 *   node scripts/node-version.mjs   # exit 0, or print the line and exit 1
 */
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PACKAGE_JSON = fileURLToPath(new URL('../package.json', import.meta.url));

/**
 * "20.20.2", "v24.1.0" or "22.12" (a missing part is 0) as numbers.
 * @param {string} version
 * @returns {[number, number, number]}
 */
function parseVersion(version) {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/.exec(version.trim());
  if (!match) throw new Error(`not a Node version: ${JSON.stringify(version)}`);
  return [Number(match[1]), Number(match[2] || 0), Number(match[3] || 0)];
}

/**
 * The lowest Node version package.json's `engines.node` allows, as written there (e.g. "22.12").
 * @param {string} [packageJsonPath]
 * @returns {string}
 */
export function minimumNodeVersion(packageJsonPath = PACKAGE_JSON) {
  const range = JSON.parse(readFileSync(packageJsonPath, 'utf8')).engines?.node;
  const match = typeof range === 'string' ? /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(range.trim()) : null;
  if (!match) throw new Error(`${packageJsonPath}: engines.node must be a ">=X.Y" range, got ${JSON.stringify(range)}`);
  return match[1];
}

/**
 * One line saying this Node is too old, or null when it is recent enough.
 * @param {string} [version] the running Node's version, as process.versions.node gives it
 * @param {string} [minimum] the lowest allowed version, e.g. "22.12"
 * @returns {string | null}
 */
export function checkNodeVersion(version = process.versions.node, minimum = minimumNodeVersion()) {
  const have = parseVersion(version);
  const need = parseVersion(minimum);
  for (let part = 0; part < 3; part += 1) {
    if (have[part] !== need[part]) {
      return have[part] > need[part] ? null : `newsgraph needs Node >= ${minimum} (this is ${version.replace(/^v/, '')}); see .nvmrc`;
    }
  }
  return null;
}

/** Whether node was started on this file (rather than something importing it). */
function runAsScript() {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false; // argv[1] is not a file (node -e '...' arg): not us
  }
}

// Run as a script: the exit status answers "is this Node recent enough?".
if (runAsScript()) {
  const problem = checkNodeVersion();
  if (problem !== null) {
    console.error(problem);
    process.exitCode = 1;
  }
}
