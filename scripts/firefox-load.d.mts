// Types of scripts/firefox-load.mjs for tests/e2e/firefox.test.ts.
export const FIREFOX: string;
export function loadInFirefox(sourceDir: string): Promise<number>;
