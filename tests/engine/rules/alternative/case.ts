// One row of the alternative rule's table (cases-en.ts, cases-id.ts): `fixed` is the draft after
// fixing the alternative principle alone, when the row checks the fix too.
import type { AnalyzeOptions } from '../../../../src/engine';

export type AlternativeCase = { name: string; body: string; options?: AnalyzeOptions; flagged: boolean; fixed?: string };
