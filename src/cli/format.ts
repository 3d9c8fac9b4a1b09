// Turns a Report into the readable text `sopan check` prints: one block per finding with its
// line:column, severity, principle, message and the replacement its first fix proposes.
import { CORE_PRINCIPLES, type Edit, type Finding, type Report } from '../engine/types';

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Quotes text on one line, so a multi-line insertion stays readable. */
function quote(text: string): string {
  return JSON.stringify(text);
}

function describeEdit(text: string, edit: Edit): string {
  const old = text.slice(edit.start, edit.end);
  const at = lineColumn(text, edit.start);
  if (old === '') return `insert ${quote(edit.text)} at ${at.line}:${at.column}`;
  if (edit.text === '') return `delete ${quote(old)}`;
  return `${quote(old)} -> ${quote(edit.text)}`;
}

function formatFinding(text: string, finding: Finding): string {
  const at = lineColumn(text, finding.start);
  const head = `  ${at.line}:${at.column}  ${finding.severity.padEnd(10)} ${finding.principle.padEnd(12)} ${finding.message}  (${finding.rule})`;
  const lines = [head];
  const fix = finding.fixes[0];
  if (fix) {
    const edits = fix.edits.map((e) => describeEdit(text, e)).join('; ');
    lines.push(`        fix: ${fix.label}: ${edits}`);
  }
  return lines.join('\n');
}

export function formatReport(text: string, report: Report, source: string): string {
  const out: string[] = [source];
  if (report.findings.length === 0) out.push('  no findings');
  for (const finding of report.findings) out.push(formatFinding(text, finding));
  const statuses = CORE_PRINCIPLES.map((p) => `${p} ${report.principles[p]}`).join(', ');
  const stance = report.inRight ? 'in the right' : 'at fault';
  out.push('', `  ${report.lang} · ${report.scenario} (${stance}) · ${statuses}`);
  const counts = { error: 0, warning: 0, suggestion: 0 };
  for (const f of report.findings) counts[f.severity]++;
  out.push(`  ${counts.error} error(s), ${counts.warning} warning(s), ${counts.suggestion} suggestion(s)`);
  return out.join('\n') + '\n';
}
