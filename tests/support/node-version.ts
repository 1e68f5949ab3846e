/**
 * Vitest globalSetup: refuse to run the suite on a Node older than
 * package.json's engines allow. Vitest itself still starts on Node 20, where
 * the tests would then fail one by one for reasons that hide the real one
 * (the newsgraph bin and scripts need type stripping).
 */
import { checkNodeVersion } from '../../scripts/node-version.mjs';

export default function setup(): void {
  const problem = checkNodeVersion();
  if (problem === null) return;
  // Exit rather than throw: a thrown error reaches the reader as an
  // "Unhandled Error" banner and a stack trace around the one line that matters.
  console.error(problem);
  process.exit(1);
}
