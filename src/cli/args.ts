// Parses the `sopan` command line into a plain object; never throws, never exits: a problem is
// returned as a one-line message so the caller decides how to report it (exit code 2).
import { SCENARIOS, type Lang, type Scenario } from '../engine/types';

export type Command = 'check' | 'fix';

export type CliOptions = {
  command: Command;
  lang: Lang | 'auto';
  scenario?: Scenario;
  inRight?: boolean;
  subject?: string;
  json: boolean;
  jsonl: boolean;
  /** A path, or '-' for standard input. */
  input: string;
};

export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'version' } | { kind: 'error'; message: string };

const LANG_VALUES = ['en', 'id', 'auto'] as const;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0) return { kind: 'help' };
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { kind: 'help' };
  if (argv[0] === '--version' || argv[0] === '-V') return { kind: 'version' };

  const [command, ...rest] = argv;
  if (command !== 'check' && command !== 'fix') return { kind: 'error', message: `unknown command "${command}" (use check or fix; see --help)` };

  const options: CliOptions = { command, lang: 'auto', json: false, jsonl: false, input: '-' };
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    // Both "--lang id" and "--lang=id".
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? rest[++i];
    switch (flag) {
      case '--lang': {
        const v = value();
        if (!LANG_VALUES.includes(v as Lang | 'auto')) return { kind: 'error', message: `--lang needs en, id or auto (got ${describe(v)})` };
        options.lang = v as Lang | 'auto';
        break;
      }
      case '--scenario': {
        const v = value();
        if (!SCENARIOS.includes(v as Scenario)) return { kind: 'error', message: `--scenario needs one of ${SCENARIOS.join(', ')} (got ${describe(v)})` };
        options.scenario = v as Scenario;
        break;
      }
      case '--subject': {
        const v = value();
        if (v === undefined) return { kind: 'error', message: '--subject needs a value' };
        options.subject = v;
        break;
      }
      case '--in-right':
        options.inRight = true;
        break;
      case '--at-fault':
        options.inRight = false;
        break;
      case '--json':
        options.json = true;
        break;
      case '--jsonl':
        options.jsonl = true;
        break;
      default:
        if (arg !== '-' && arg.startsWith('-')) return { kind: 'error', message: `unknown option ${arg} (see --help)` };
        positional.push(arg);
    }
  }
  if (positional.length > 1) return { kind: 'error', message: `expected one FILE, got ${positional.length}: ${positional.join(' ')}` };
  if (options.json && options.jsonl) return { kind: 'error', message: '--json and --jsonl cannot be combined' };
  if (options.jsonl && positional.length === 0) return { kind: 'error', message: '--jsonl needs a FILE (or - for standard input)' };
  options.input = positional[0] ?? '-';
  return { kind: 'run', options };
}

function describe(value: string | undefined): string {
  return value === undefined ? 'nothing' : `"${value}"`;
}

export const HELP = `sopan — checks a hard customer email against five principles (clarity, politeness,
alternative, over-apology, firmness), in English and Indonesian. Runs locally.

Usage:
  sopan check [options] [FILE|-]      report findings (readable, or --json for the Report)
  sopan check --jsonl FILE|-          one JSON draft per line -> one result per line
  sopan fix [options] [FILE|-]        print the draft with every safe fix applied
  sopan fix --jsonl FILE|-            lines {id, text}

Options:
  --lang en|id|auto      language of the draft (default: auto)
  --scenario S           refusal, termination, complaint-right, complaint-wrong, boundary, other
  --in-right             the business followed its agreed rules
  --at-fault             the business made a mistake
  --subject TEXT         the email's subject line
  --json                 print the Report as JSON (check only)
  --jsonl                input lines {id, subject?, body, lang?, scenario?, inRight?}
  -h, --help             this help

Without FILE, or with -, the draft is read from standard input.
Exit codes: 0 done, 2 bad input (missing file, empty draft, a bad JSONL line).
`;
