// Types of scripts/package.mjs for tests/build.
export function filesUnder(dir: string): Record<string, string>;
export function zipFiles(files: Record<string, string>): Uint8Array;
export function packageAll(outDir?: string): { path: string; files: number; bytes: number }[];
