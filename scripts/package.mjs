// `npm run package`: versioned zips for the Chrome Web Store (dist/), addons.mozilla.org
// (dist-firefox/) and the source archive AMO asks for when the code is bundled, into artifacts/.
import { zipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
// A fixed timestamp keeps the zips byte-identical for the same build (zip dates start in 1980).
const MTIME = new Date('1980-01-02T00:00:00Z');

export function filesUnder(dir) {
  const files = {};
  for (const entry of readdirSync(dir, { recursive: true })) {
    const path = join(dir, entry);
    if (statSync(path).isFile()) files[relative(dir, path).split(sep).join('/')] = path;
  }
  return files;
}

export function zipFiles(files) {
  const entries = {};
  for (const name of Object.keys(files).sort()) entries[name] = [readFileSync(files[name]), { mtime: MTIME }];
  return zipSync(entries, { level: 9 });
}

function builtExtension(dir, version) {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${relative(ROOT, dir)}/ is not built: run npm run build and npm run build:firefox`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (manifest.version !== version) throw new Error(`${relative(ROOT, manifestPath)} is version ${manifest.version}, package.json ${version}`);
  return filesUnder(dir);
}

function sourceFiles() {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  return Object.fromEntries(tracked.filter((file) => existsSync(join(ROOT, file))).map((file) => [file, join(ROOT, file)]));
}

export function packageAll(outDir = join(ROOT, 'artifacts')) {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  mkdirSync(outDir, { recursive: true });
  const zips = {
    [`sopan-chrome-${version}.zip`]: builtExtension(join(ROOT, 'dist'), version),
    [`sopan-firefox-${version}.zip`]: builtExtension(join(ROOT, 'dist-firefox'), version),
    [`sopan-source-${version}.zip`]: sourceFiles(),
  };
  const written = [];
  for (const [name, files] of Object.entries(zips)) {
    const path = join(outDir, name);
    const bytes = zipFiles(files);
    writeFileSync(path, bytes);
    written.push({ path, files: Object.keys(files).length, bytes: bytes.length });
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const { path, files, bytes } of packageAll()) {
    console.log(`${relative(process.cwd(), path)}  ${files} files, ${(bytes / 1024).toFixed(1)} KB`);
  }
}
