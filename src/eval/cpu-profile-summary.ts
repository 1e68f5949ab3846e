/**
 * Where a build's CPU time goes, from a V8 .cpuprofile (node --cpu-prof):
 * self time per function and per group of code (markdown, extraction,
 * Astro rendering, the site's own code, Vite and bundling, ...).
 */

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  /** Microseconds since the previous sample, one per sample. */
  timeDeltas?: number[];
}

export type CodeGroup =
  | 'markdown'
  | 'extraction'
  | 'astro rendering'
  | 'astro content layer'
  | 'astro other'
  | 'site code'
  | 'vite and bundling'
  | 'garbage collection'
  | 'file system'
  | 'node and v8'
  | 'other packages'
  | 'idle';

/**
 * Ordered: the first rule that matches a frame's URL decides its group.
 * Pages run from Astro's prerender bundle (dist/.prerender/), where the
 * site's modules keep their own chunks but Astro's runtime is bundled into
 * the server_* chunk and the prerender entry; those two count as Astro.
 */
const GROUP_RULES: readonly [CodeGroup, RegExp][] = [
  ['extraction', /^(?!.*node_modules\/).*\/src\/extract\//],
  ['astro rendering', /\/dist\/\.prerender\/(chunks\/server_[^/]*|prerender-entry[^/]*)$/],
  ['site code', /^(?!.*node_modules\/).*(\/src\/|\/dist\/\.prerender\/|\/\.astro\/)/],
  ['markdown', /node_modules\/(\.pnpm\/)?(micromark|mdast-|remark-|rehype-|hast-|hastscript|unified|unist-|vfile|@astrojs\/markdown-remark|@astrojs\/prism|shiki|@shikijs|parse5|property-information|character-entities|decode-named|github-slugger|smol-toml|js-yaml|yaml)/],
  ['astro rendering', /node_modules\/astro\/dist\/(runtime|core\/render|core\/build\/generate|core\/app|jsx)/],
  ['astro content layer', /node_modules\/astro\/dist\/content\//],
  ['astro other', /node_modules\/astro\//],
  ['vite and bundling', /node_modules\/(vite|rolldown|@rolldown|rollup|@rollup|esbuild|lightningcss|postcss|@oxc|oxc-|es-module-lexer|magic-string|@babel|@astrojs\/compiler)/],
  ['other packages', /node_modules\//],
];

/** Node's file system bindings, which show as native frames with no URL. */
const FILE_SYSTEM_CALLS = /^(mkdir|open|openFileHandle|close|read|readFileUtf8|readdir|write|writeBuffer|writeBuffers|writeString|writeFile|writeFileUtf8|stat|lstat|fstat|rename|unlink|rmdir|rm|realpath|access|copyFile)$/;

/** The group of one stack frame, by its script URL (or V8's name for a pseudo-frame). */
export function codeGroup(functionName: string, url: string): CodeGroup {
  if (url === '' || url.startsWith('node:internal/fs/')) {
    if (FILE_SYSTEM_CALLS.test(functionName)) return 'file system';
  }
  if (url === '') {
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (functionName === '(idle)') return 'idle';
    return 'node and v8';
  }
  for (const [group, pattern] of GROUP_RULES) if (pattern.test(url)) return group;
  return 'node and v8';
}

/** Self time in ms per profile node id, from samples and time deltas (hit counts when a profile has none). */
export function selfTimeMs(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  if (profile.samples !== undefined && profile.timeDeltas !== undefined) {
    // V8's delta i is the time before sample i; attributing it to sample i is what DevTools does.
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0) / 1000));
    return self;
  }
  const hits = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const msPerHit = hits === 0 ? 0 : (profile.endTime - profile.startTime) / 1000 / hits;
  for (const node of profile.nodes) self.set(node.id, (node.hitCount ?? 0) * msPerHit);
  return self;
}

export interface TimeShare {
  name: string;
  ms: number;
  /** Share of the profile's total sampled time, 0..1. */
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  groups: TimeShare[];
  /** Functions by self time, "name (file:line)", largest first. */
  functions: (TimeShare & { group: CodeGroup })[];
}

/** A package-relative path for dependencies, a project-relative one (src/..., dist/...) for the site. */
const shortUrl = (url: string) => {
  const path = url.replace(/^file:\/\//, '');
  const inPackage = /^.*node_modules\/(.*)$/.exec(path);
  return inPackage !== null ? inPackage[1]! : path.replace(/^.*?\/(src|dist)\//, '$1/');
};

/** Groups and the `top` functions by self time, largest first. */
export function summarizeProfile(profile: CpuProfile, top = 20): ProfileSummary {
  const self = selfTimeMs(profile);
  const totalMs = [...self.values()].reduce((sum, ms) => sum + ms, 0);
  const groups = new Map<CodeGroup, number>();
  const functions = new Map<string, { ms: number; group: CodeGroup }>();
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const group = codeGroup(functionName, url);
    groups.set(group, (groups.get(group) ?? 0) + ms);
    const name = url === '' ? functionName : `${functionName || '(anonymous)'} (${shortUrl(url)}:${lineNumber + 1})`;
    const entry = functions.get(name) ?? { ms: 0, group };
    entry.ms += ms;
    functions.set(name, entry);
  }
  const share = (ms: number) => (totalMs === 0 ? 0 : ms / totalMs);
  return {
    totalMs,
    groups: [...groups].map(([name, ms]) => ({ name, ms, share: share(ms) })).sort((a, b) => b.ms - a.ms),
    functions: [...functions]
      .map(([name, { ms, group }]) => ({ name, ms, share: share(ms), group }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top),
  };
}
