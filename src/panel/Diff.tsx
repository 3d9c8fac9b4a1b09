// A word diff shown as text: deletions struck through, insertions underlined, each also named
// for screen readers (colour alone would not say which is which).
import type { DiffPart } from './diff';
import type { I18n } from './contract';

export function DiffView({ parts, i18n }: { parts: DiffPart[]; i18n: I18n }) {
  return (
    <span class="diff">
      {parts.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'ins' ? (
          <ins key={i} aria-label={i18n.t('diffInserted', part.text)}>{part.text}</ins>
        ) : (
          <del key={i} aria-label={i18n.t('diffDeleted', part.text)}>{part.text}</del>
        ),
      )}
    </span>
  );
}
