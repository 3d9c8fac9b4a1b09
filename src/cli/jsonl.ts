// `--jsonl`: one draft per input line in, one result per line out, in input order. A bad line is
// reported (with its line number) and skipped; the others are still processed.
import { analyze, fixAll } from '../engine';
import { LANGS, SCENARIOS, type AnalyzeOptions, type Draft, type Lang, type Scenario } from '../engine/types';
import type { CliOptions } from './args';

export type JsonlInput = { id: string; draft: Draft; options: AnalyzeOptions };

export type JsonlOutcome = { output: string[]; problems: string[] };

/** Validates one parsed line; returns the problem as a short phrase when it is unusable. */
export function toInput(value: unknown, lineNumber: number, defaults: AnalyzeOptions): JsonlInput | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'is not a JSON object';
  const record = value as Record<string, unknown>;
  if (typeof record.body !== 'string') return 'has no "body" string';
  if (record.body.trim() === '') return 'has an empty "body"';
  if (record.subject !== undefined && typeof record.subject !== 'string') return '"subject" is not a string';
  if (record.lang !== undefined && record.lang !== 'auto' && !LANGS.includes(record.lang as Lang)) return `"lang" must be en, id or auto`;
  if (record.scenario !== undefined && !SCENARIOS.includes(record.scenario as Scenario)) return `"scenario" must be one of ${SCENARIOS.join(', ')}`;
  if (record.inRight !== undefined && typeof record.inRight !== 'boolean') return '"inRight" is not a boolean';
  // A line without an id is still answered, under its line number.
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : `line-${lineNumber}`;
  const options: AnalyzeOptions = { ...defaults };
  if (record.lang !== undefined) options.lang = record.lang as Lang | 'auto';
  if (record.scenario !== undefined) options.scenario = record.scenario as Scenario;
  if (record.inRight !== undefined) options.inRight = record.inRight as boolean;
  const draft: Draft = { body: record.body };
  if (typeof record.subject === 'string') draft.subject = record.subject;
  return { id, draft, options };
}

export function runJsonl(input: string, cli: CliOptions): JsonlOutcome {
  const defaults = analyzeOptions(cli);
  const output: string[] = [];
  const problems: string[] = [];
  const lines = input.split(/\r?\n/);
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      problems.push(`line ${lineNumber}: not valid JSON`);
      return;
    }
    const item = toInput(parsed, lineNumber, defaults);
    if (typeof item === 'string') {
      problems.push(`line ${lineNumber}: ${item}`);
      return;
    }
    output.push(JSON.stringify(cli.command === 'fix' ? fixLine(item) : checkLine(item)));
  });
  return { output, problems };
}

function checkLine({ id, draft, options }: JsonlInput) {
  const report = analyze(draft, options);
  return { id, lang: report.lang, scenario: report.scenario, inRight: report.inRight, principles: report.principles, findings: report.findings };
}

function fixLine({ id, draft, options }: JsonlInput) {
  return { id, text: fixAll(draft, options) };
}

export function analyzeOptions(cli: CliOptions): AnalyzeOptions {
  const options: AnalyzeOptions = { lang: cli.lang };
  if (cli.scenario) options.scenario = cli.scenario;
  if (cli.inRight !== undefined) options.inRight = cli.inRight;
  return options;
}
