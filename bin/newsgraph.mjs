#!/usr/bin/env node
// The installed `newsgraph` command. Plain JavaScript, so that any Node can
// parse it: bin/newsgraph.ts needs a Node that strips types, and an older one
// would stop on it with ERR_UNKNOWN_FILE_EXTENSION instead of saying why.
import { checkNodeVersion } from '../scripts/node-version.mjs';

const problem = checkNodeVersion();
if (problem !== null) {
  console.error(problem);
  process.exit(1);
}
await import('./newsgraph.ts');
