// "Fix all tone issues": first a word diff of the polished draft against the current one, then
// Apply (one edit the app registers) or Cancel; after applying, the panel's Undo.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { I18n, PanelActions } from './contract';
import { DiffView } from './Diff';
import { wordDiff, type DiffPart } from './diff';

type Props = { text: string; canUndo: boolean; i18n: I18n; actions: PanelActions };
type Preview = { before: string; parts: DiffPart[]; changed: boolean };

export function FixAll({ text, canUndo, i18n, actions }: Props) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const applyRef = useRef<HTMLButtonElement>(null);
  // The draft changed under the preview: it no longer shows what Apply would do.
  const current = preview && preview.before === text ? preview : null;
  useEffect(() => {
    if (current?.changed) applyRef.current?.focus();
  }, [current]);

  const open = () => {
    const { before, after, diff } = actions.previewFixAll();
    setPreview({ before, parts: diff ?? wordDiff(before, after), changed: before !== after });
  };
  const apply = () => {
    setPreview(null);
    actions.applyFixAll();
  };
  return (
    <div class="fix-all">
      <div class="row">
        <button type="button" class="primary" data-sopan-fix-all aria-expanded={current !== null} onClick={current ? () => setPreview(null) : open}>
          {i18n.t('fixAll')}
        </button>
        {canUndo && (
          <button type="button" data-sopan-undo onClick={() => actions.undo()}>
            {i18n.t('undo')}
          </button>
        )}
      </div>
      {current && (
        <div class="preview" role="region" aria-label={i18n.t('fixAllPreviewTitle')} data-sopan-fix-all-preview>
          {current.changed ? (
            <>
              <p class="preview-text">
                <DiffView parts={current.parts} i18n={i18n} />
              </p>
              <div class="row">
                <button type="button" class="primary" ref={applyRef} data-sopan-fix-all-apply onClick={apply}>
                  {i18n.t('apply')}
                </button>
                <button type="button" data-sopan-fix-all-cancel onClick={() => setPreview(null)}>
                  {i18n.t('cancel')}
                </button>
              </div>
            </>
          ) : (
            <p role="status">{i18n.t('nothingToFix')}</p>
          )}
        </div>
      )}
    </div>
  );
}
