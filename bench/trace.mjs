// Reads a Chromium performance trace and tells which main-thread time belongs to the extension:
// every script call whose code came from a chrome-extension:// URL (event listeners, observers,
// animation frames, timers — the content script runs in its own world but on the page's thread).
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'TimerFire', 'FireAnimationFrame']);
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

const urlOf = (e) => e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? e.args?.fileName ?? '';
export const fromExtension = (e) => urlOf(e).startsWith('chrome-extension://');

/** Starts a trace on a page's CDP session; `stop()` resolves to the list of trace events. */
export async function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'v8', 'toplevel'] },
  });
  return {
    async stop() {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      return events;
    },
  };
}

/**
 * The extension's outermost script calls (a call nested in another of ours is not counted twice),
 * each with wall time (`ms`) and thread time (`cpuMs`), in trace order.
 */
export function extensionCalls(events) {
  const ours = events.filter((e) => e.ph === 'X' && SCRIPT_EVENTS.has(e.name) && fromExtension(e)).sort((a, b) => a.ts - b.ts);
  const calls = [];
  const endByThread = new Map();
  for (const e of ours) {
    if (e.ts < (endByThread.get(e.tid) ?? -Infinity)) continue;
    endByThread.set(e.tid, e.ts + (e.dur ?? 0));
    calls.push({ ts: e.ts, tid: e.tid, name: e.name, fn: e.args?.data?.functionName ?? '', ms: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? e.dur ?? 0) / 1000 });
  }
  return calls;
}

/** Timestamps (µs, trace clock) of the user-timing marks whose name starts with `prefix`. */
export function marks(events, prefix) {
  const seen = new Map();
  for (const e of events) if (e.cat?.includes('blink.user_timing') && e.name.startsWith(prefix) && !seen.has(e.name)) seen.set(e.name, e.ts);
  return [...seen].map(([name, ts]) => ({ name, ts })).sort((a, b) => a.ts - b.ts);
}

/** `sopan:*` measures the content script may emit (performance.measure), in ms, by name. */
export function sopanMeasures(events) {
  const out = {};
  for (const m of sopanSpans(events)) (out[m.name] ??= []).push(m.ms);
  return out;
}

/** Every `sopan:*` measure as a span: name, start (µs, trace clock) and length in ms. */
export function sopanSpans(events) {
  const open = new Map();
  const out = [];
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (!e.cat?.includes('blink.user_timing') || !e.name.startsWith('sopan:')) continue;
    if (e.ph === 'X') out.push({ name: e.name, ts: e.ts, ms: e.dur / 1000 });
    else if (e.ph === 'b') open.set(`${e.name}#${e.id ?? e.id2?.local}`, e.ts);
    else if (e.ph === 'e') {
      const key = `${e.name}#${e.id ?? e.id2?.local}`;
      if (open.has(key)) out.push({ name: e.name, ts: open.get(key), ms: (e.ts - open.get(key)) / 1000 }), open.delete(key);
    }
  }
  return out;
}

/**
 * Main-thread tasks longer than `limitMs` in which the extension's own work takes more than half
 * the task: those are the freezes Sopan would cause. The extension's work is its script calls, or
 * its own `sopan:*` measures when larger — a promise continuation (scheduler.yield) runs as a
 * microtask the trace does not tie to the extension's URL.
 */
export function extensionLongTasks(events, limitMs = 50) {
  const calls = extensionCalls(events);
  const spans = sopanSpans(events);
  const threads = new Set(calls.map((c) => c.tid));
  const tasks = events.filter((e) => e.ph === 'X' && TASK_EVENTS.has(e.name) && threads.has(e.tid) && e.dur / 1000 > limitMs);
  const out = [];
  for (const task of tasks) {
    const inside = calls.filter((c) => c.tid === task.tid && c.ts >= task.ts && c.ts < task.ts + task.dur);
    const measured = spans.filter((m) => m.ts >= task.ts && m.ts < task.ts + task.dur).reduce((sum, m) => sum + m.ms, 0);
    const ms = Math.max(measured, inside.reduce((sum, c) => sum + c.ms, 0));
    if (ms > task.dur / 1000 / 2) out.push({ ts: task.ts, taskMs: task.dur / 1000, taskCpuMs: (task.tdur ?? task.dur) / 1000, extensionMs: ms, calls: inside.map((c) => c.fn || c.name).slice(0, 5) });
  }
  // Tasks nest (RunTask inside ThreadControllerImpl::RunTask): keep the outermost.
  return out.filter((t) => !out.some((o) => o !== t && o.ts <= t.ts && o.ts + o.taskMs * 1000 >= t.ts + t.taskMs * 1000 && o.taskMs > t.taskMs));
}

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * The JavaScript the content script ships to every mail page: the manifest's content-script
 * files and every chunk they load (crxjs loaders import the real entry by URL), gzipped.
 */
export function contentScriptSize(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const queue = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  const files = new Map();
  while (queue.length) {
    const file = normalize(queue.shift());
    if (files.has(file) || !existsSync(join(dist, file))) continue;
    const code = readFileSync(join(dist, file));
    files.set(file, { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length });
    const text = code.toString('utf8');
    for (const m of text.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']|getURL\(\s*["']([^"']+\.js)["']/g)) {
      const ref = m[1] ?? m[2];
      queue.push(ref.startsWith('.') ? join(dirname(file), ref) : ref.replace(/^\//, ''));
    }
  }
  const list = [...files].map(([file, size]) => ({ file, ...size }));
  return { files: list, bytes: list.reduce((s, f) => s + f.bytes, 0), gzip: list.reduce((s, f) => s + f.gzip, 0) };
}
