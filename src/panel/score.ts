// The header's overall score: each core principle counts equally; a warning counts half.
import { CORE_PRINCIPLES, type Report, type Status } from '../engine/types';

const POINTS: Record<Status, number> = { pass: 1, warn: 0.5, fail: 0 };

export function overallScore(report: Report): number {
  const total = CORE_PRINCIPLES.reduce((sum, p) => sum + POINTS[report.principles[p]], 0);
  return Math.round((total / CORE_PRINCIPLES.length) * 100);
}
