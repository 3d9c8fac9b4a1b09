// Builds the extension privately (never into the shared dist/) so the manifest tests read what
// `vite build` really writes, for either target.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export type BuiltManifest = Record<string, unknown> & {
  permissions?: string[];
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  content_scripts?: { matches: string[]; js?: string[] }[];
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  content_security_policy?: Record<string, string>;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
  };
};

export function buildTarget(target: 'chrome' | 'firefox'): { dir: string; manifest: BuiltManifest } {
  const dir = mkdtempSync(join(tmpdir(), `sopan-build-${target}-`));
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
    cwd: ROOT,
    // NODE_ENV as `npm run build` has it: under vitest it is 'test', which keeps development-only
    // code in the bundle (~740 bytes more content script than ships).
    env: { ...process.env, NODE_ENV: 'production', TARGET: target, SOPAN_OUT_DIR: dir },
    stdio: 'pipe',
  });
  return { dir, manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BuiltManifest };
}

/** Every JavaScript file of a build, relative path → source. */
export function builtScripts(dir: string): Map<string, string> {
  const scripts = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.js')) {
      const path = join(entry.parentPath, entry.name);
      scripts.set(path.slice(dir.length + 1), readFileSync(path, 'utf8'));
    }
  }
  return scripts;
}
