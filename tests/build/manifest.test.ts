// @vitest-environment node
// What each built manifest grants: only `storage`, only the four mail origins, a strict CSP,
// no web-accessible file a page could probe, and a Firefox build AMO accepts.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIREFOX_MIN_VERSION, GECKO_ID, firefoxManifest } from '../../scripts/manifest-targets.mjs';
import { ROOT, buildTarget, builtScripts, type BuiltManifest } from './build';

const MAIL_ORIGINS = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

const builds: { chrome?: { dir: string; manifest: BuiltManifest }; firefox?: { dir: string; manifest: BuiltManifest } } = {};
beforeAll(() => {
  builds.chrome = buildTarget('chrome');
  builds.firefox = buildTarget('firefox');
}, 120_000);
afterAll(() => {
  for (const build of Object.values(builds)) rmSync(build.dir, { recursive: true, force: true });
});

describe.each(['chrome', 'firefox'] as const)('the %s build', (target) => {
  const built = () => builds[target]!;

  test('asks for storage and nothing else', () => {
    const { manifest } = built();
    expect(manifest.permissions).toEqual(['storage']);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'externally_connectable']) {
      expect(manifest, key).not.toHaveProperty(key);
    }
  });

  test('never matches <all_urls> or any site but the four mail origins', () => {
    const { manifest } = built();
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*|https?:\/\/\*\//);
    const contentMatches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
    expect([...new Set(contentMatches)].sort()).toEqual([...MAIL_ORIGINS].sort());
  });

  test('exposes no web-accessible file a mail page could probe to detect Sopan', () => {
    const { manifest } = built();
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest.content_scripts?.every((script) => script.js?.length === 1)).toBe(true);
  });

  test('has a strict CSP for its own pages', () => {
    const csp = built().manifest.content_security_policy ?? {};
    expect(Object.keys(csp)).toEqual(['extension_pages']);
    const directives = new Map(
      csp.extension_pages!.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(csp.extension_pages).not.toMatch(/unsafe|wasm|https?:|\*/);
  });

  test('ships every file it names', () => {
    const { dir, manifest } = built();
    const named = [
      ...(manifest.content_scripts ?? []).flatMap((script) => script.js ?? []),
      ...(manifest.background?.scripts ?? []),
      ...(manifest.background?.service_worker ? [manifest.background.service_worker] : []),
      ...Object.values(manifest.icons as Record<string, string>),
      (manifest.options_ui as { page: string }).page,
      '_locales/en/messages.json',
      '_locales/id/messages.json',
    ];
    for (const file of named) expect(existsSync(join(dir, file)), file).toBe(true);
  });

  test('names and describes itself in both UI languages', () => {
    const { dir, manifest } = built();
    const keys = JSON.stringify(manifest).match(/__MSG_(\w+)__/g)?.map((m) => m.slice(6, -2)) ?? [];
    expect(keys).toContain('extName');
    for (const lang of ['en', 'id']) {
      const messages = JSON.parse(readFileSync(join(dir, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message?: string }>;
      for (const key of keys) expect(messages[key]?.message, `${lang}: ${key}`).toBeTruthy();
    }
  });

  test('contains no remote code and no string evaluation', () => {
    for (const [file, source] of builtScripts(built().dir)) {
      expect(source, file).not.toMatch(/\bimport\s*\(\s*["'`]https?:|importScripts\s*\(|\beval\s*\(|new Function\s*\(/);
      expect(source, file).not.toMatch(/new (XMLHttpRequest|WebSocket|EventSource)\b|sendBeacon\s*\(/);
    }
  });
});

describe('the chrome build', () => {
  test('runs its background in a service worker', () => {
    const { manifest } = builds.chrome!;
    expect(manifest.background?.service_worker).toBeTruthy();
    expect(manifest.background).not.toHaveProperty('scripts');
    expect(manifest).not.toHaveProperty('browser_specific_settings');
  });
});

describe('the firefox build', () => {
  test('runs its background as scripts, with a gecko id and no data collection', () => {
    const { manifest } = builds.firefox!;
    expect(manifest.background?.scripts?.length).toBe(1);
    expect(manifest.background).not.toHaveProperty('service_worker');
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toBe(GECKO_ID);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
  });

  test('passes web-ext lint with no errors', () => {
    const out = execFileSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', builds.firefox!.dir, '--output=json', '--no-config-discovery'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors: { code: string; message: string }[] };
    expect(report.errors.map((error) => `${error.code}: ${error.message}`)).toEqual([]);
  }, 60_000);
});

describe('manifest transforms', () => {
  const source = { name: 'x', background: { service_worker: 'worker.js', type: 'module' } };

  test('firefoxManifest swaps the service worker for background scripts', () => {
    const firefox = firefoxManifest(source);
    expect(firefox.background).toEqual({ scripts: ['worker.js'], type: 'module' });
    expect(firefox.browser_specific_settings.gecko.strict_min_version).toBe(FIREFOX_MIN_VERSION);
    expect(source.background.service_worker).toBe('worker.js'); // the input is left untouched
  });
});
