// The panel beside one compose window: it shows the content script's model and turns clicks
// into PanelActions. It owns no draft state; only the fold and the open previews are its own.
import { CORE_PRINCIPLES, type Report } from '../engine/types';
import type { I18n, PanelActions, PanelModel, PanelSettings } from './contract';
import { Chips, Context, Score } from './Header';
import { FixAll } from './FixAll';
import { Findings, visibleFindings } from './Findings';
import { Inserts } from './Inserts';
import { principleGoodKey } from './keys';

export type PanelProps = {
  model: PanelModel;
  i18n: I18n;
  actions: PanelActions;
  settings?: PanelSettings;
  collapsed: boolean;
  onCollapse(collapsed: boolean): void;
};

export function Panel({ model, i18n, actions, settings, collapsed, onCollapse }: PanelProps) {
  const report = model.state === 'ready' ? model.report : null;
  return (
    <aside class="panel" aria-label={i18n.t('panelLabel')} data-sopan-view={model.state} data-collapsed={collapsed ? 'true' : 'false'}>
      <header class="head">
        <button type="button" class="fold" data-sopan-collapse aria-expanded={!collapsed} aria-controls="sopan-body" onClick={() => onCollapse(!collapsed)}>
          <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
          <span class="title">{i18n.t('panelTitle')}</span>
          <span class="sr-only">{i18n.t(collapsed ? 'expand' : 'collapse')}</span>
        </button>
        {report && <Score report={report} i18n={i18n} />}
      </header>
      {report && <Chips report={report} i18n={i18n} />}
      <div id="sopan-body" class="body" hidden={collapsed}>
        <Body model={model} report={report} i18n={i18n} actions={actions} settings={settings} />
      </div>
    </aside>
  );
}

function Body({ model, report, i18n, actions, settings }: Omit<PanelProps, 'collapsed' | 'onCollapse'> & { report: Report | null }) {
  if (model.state === 'checking') return <p class="state" role="status" data-sopan-state-message="checking">{i18n.t('stateChecking')}</p>;
  if (model.state === 'unreadable') return <p class="state" role="alert" data-sopan-state-message="unreadable">{i18n.t('stateUnreadable')}</p>;
  if (model.state === 'unavailable') return <p class="state" role="alert" data-sopan-state-message="unavailable">{i18n.t('stateUnavailable')}</p>;
  if (model.state === 'empty' || !report) {
    return (
      <>
        <p class="state" role="status" data-sopan-state-message="empty">{i18n.t('stateEmpty')}</p>
        {model.canUndo && <FixAll text={model.text} canUndo i18n={i18n} actions={actions} />}
      </>
    );
  }
  const findings = visibleFindings(report.findings, model.ignored);
  return (
    <>
      {model.partial && <p class="notice" role="note" data-sopan-state-message="partial">{i18n.t('statePartial')}</p>}
      {findings.length === 0 && <AllGood report={report} i18n={i18n} />}
      {(findings.length > 0 || model.canUndo) && <FixAll text={model.text} canUndo={model.canUndo} i18n={i18n} actions={actions} />}
      <Findings findings={report.findings} text={model.text} ignored={model.ignored} i18n={i18n} actions={actions} />
      {/* How the draft was read, to correct: after the findings, which the drawer shows first. */}
      <Context model={model} report={report} i18n={i18n} actions={actions} />
      <Inserts lang={report.lang} scenario={report.scenario} settings={settings} i18n={i18n} actions={actions} />
    </>
  );
}

/** "All good" says what is good, principle by principle, so the user learns what worked. */
function AllGood({ report, i18n }: { report: Report; i18n: I18n }) {
  const good = CORE_PRINCIPLES.filter((p) => report.principles[p] === 'pass');
  return (
    <div class="all-good" role="status" data-sopan-state-message="all-good">
      <p class="all-good-title">{i18n.t('allGoodTitle')}</p>
      <ul>
        {good.map((p) => (
          <li key={p}>{i18n.t(principleGoodKey(p))}</li>
        ))}
      </ul>
    </div>
  );
}
