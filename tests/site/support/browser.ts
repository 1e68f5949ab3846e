import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The Debian chromium CI installs; the browser tests skip, saying why, when it is absent. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);

/** Quiet, headless, sandbox-free flags for a 2-core CI container with no network to spare. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A headless chromium with a fresh, throwaway profile (Playwright gives each launch its own). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
