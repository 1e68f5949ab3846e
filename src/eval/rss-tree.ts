/**
 * Peak memory of a whole process tree. GNU time's "maximum resident set
 * size" is the largest single process, and `astro build` may start helpers
 * (esbuild, workers), so this samples VmRSS of a process and all its
 * descendants from /proc and keeps the largest sum seen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ProcEntry {
  pid: number;
  ppid: number;
  /** Resident set size in kB; 0 for kernel threads and zombies, which have no VmRSS line. */
  rssKb: number;
}

/** PPid and VmRSS out of the text of /proc/<pid>/status, or undefined when there is no PPid line. */
export function parseProcStatus(text: string): { ppid: number; rssKb: number } | undefined {
  const ppid = /^PPid:\s*(\d+)/m.exec(text)?.[1];
  if (ppid === undefined) return undefined;
  const rss = /^VmRSS:\s*(\d+)\s*kB/m.exec(text)?.[1];
  return { ppid: Number(ppid), rssKb: rss === undefined ? 0 : Number(rss) };
}

/** Sum of rssKb over rootPid and every process below it; 0 when rootPid is not in the table. */
export function treeRssKb(rootPid: number, entries: readonly ProcEntry[]): number {
  const children = new Map<number, ProcEntry[]>();
  const byPid = new Map<number, ProcEntry>();
  for (const entry of entries) {
    byPid.set(entry.pid, entry);
    const siblings = children.get(entry.ppid);
    if (siblings === undefined) children.set(entry.ppid, [entry]);
    else siblings.push(entry);
  }
  const root = byPid.get(rootPid);
  if (root === undefined) return 0;
  let total = 0;
  const seen = new Set<number>();
  const stack = [root];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    // A pid can only be visited once, even if a table read mid-fork looks cyclic.
    if (seen.has(entry.pid)) continue;
    seen.add(entry.pid);
    total += entry.rssKb;
    stack.push(...(children.get(entry.pid) ?? []));
  }
  return total;
}

/**
 * Every process in a /proc-shaped folder (numeric subfolders with a status
 * file). Processes that exit between listing and reading are skipped: they
 * hold no memory any more.
 */
export function readProcTable(procDir = '/proc'): ProcEntry[] {
  const entries: ProcEntry[] = [];
  for (const name of readdirSync(procDir)) {
    if (!/^\d+$/.test(name)) continue;
    let text: string;
    try {
      text = readFileSync(join(procDir, name, 'status'), 'utf8');
    } catch {
      continue;
    }
    const status = parseProcStatus(text);
    if (status !== undefined) entries.push({ pid: Number(name), ...status });
  }
  return entries;
}

export interface RssSampler {
  /** Stops sampling; returns the peak tree RSS in kB and how many samples were taken. */
  stop(): { peakKb: number; samples: number };
}

/** Samples the tree under rootPid every intervalMs until stopped. */
export function startRssSampler(rootPid: number, options: { intervalMs?: number; procDir?: string } = {}): RssSampler {
  let peakKb = 0;
  let samples = 0;
  const sample = () => {
    peakKb = Math.max(peakKb, treeRssKb(rootPid, readProcTable(options.procDir)));
    samples += 1;
  };
  sample();
  const timer = setInterval(sample, options.intervalMs ?? 100);
  return {
    stop() {
      clearInterval(timer);
      return { peakKb, samples };
    },
  };
}
