// Options page entry: the extension's storage and i18n, handed to components that know neither.
import { render } from 'preact';
import { rules } from '../engine/rules/registry';
import { catalogs } from '../i18n/catalog';
import { extensionI18n } from '../i18n/extension';
import { syncStorageArea } from '../settings/extension';
import { createSettingsStore } from '../settings/store';
import { Options } from './Options';
import { OPTIONS_CSS } from './styles';

const store = createSettingsStore(syncStorageArea());
// An extension page: the bundled catalogs serve a forced language at once.
const i18n = extensionI18n(store, (lang) => catalogs[lang]);
const ruleInfo = rules.map(({ id, principle, severity }) => ({ id, principle, severity }));

const style = document.createElement('style');
style.textContent = OPTIONS_CSS;
document.head.append(style);

const app = document.getElementById('app')!;
const draw = () => render(<Options store={store} i18n={i18n} rules={ruleInfo} />, app);
// A UI language chosen here re-renders the whole page in it.
store.onChange(draw, new AbortController().signal);
void store.ready.then(draw);
draw();
