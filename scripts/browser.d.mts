// Types of scripts/browser.mjs for the e2e harness.
import type { chromium } from 'playwright-core';

export function extensionLaunchOptions(options: {
  dist: string;
  lang?: string;
  headless?: boolean;
}): Parameters<typeof chromium.launchPersistentContext>[1];
