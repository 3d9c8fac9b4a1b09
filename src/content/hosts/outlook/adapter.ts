// Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com): new mail in
// the reading pane, inline replies, docked drafts (hidden but still in the DOM), pop-out layout.
import { unreadableCompose, type BodyPart, type ComposeView, type HostAdapter } from '../../adapter';
import { OUTLOOK } from './selectors';

export const outlookAdapter: HostAdapter = {
  id: 'outlook',
  findComposes(doc) {
    const views: ComposeView[] = [];
    for (const body of doc.querySelectorAll<HTMLElement>(OUTLOOK.body)) {
      if (body.parentElement?.closest('[contenteditable="true"]')) continue;
      views.push(outlookCompose(body));
    }
    for (const compose of doc.querySelectorAll<HTMLElement>(OUTLOOK.composeWithSend)) {
      if (!views.some((v) => compose.contains(v.body)) && compose.querySelector(OUTLOOK.otherEditor)) views.push(unreadableCompose(compose));
    }
    return views;
  },
};

function outlookCompose(body: HTMLElement): ComposeView {
  const root = composeRoot(body);
  return {
    root,
    body,
    readSubject: () => readSubject(root, body),
    readRecipientName: () => root.querySelector(OUTLOOK.recipient)?.textContent?.trim() || undefined,
    classify,
    placePanel(host) {
      // After the editor's parent (#editorParent_N): inside the compose, outside the email.
      const editorParent = body.parentElement && body.parentElement !== root ? body.parentElement : body;
      editorParent.after(host);
    },
  };
}

function composeRoot(body: HTMLElement): HTMLElement {
  for (const selector of OUTLOOK.composeRoot) {
    const found = body.closest<HTMLElement>(selector);
    if (found) return found;
  }
  // Newer markup without those ids: the nearest ancestor that also holds the Send button.
  for (let el = body.parentElement; el && el !== body.ownerDocument.body; el = el.parentElement) {
    if (el.querySelector(OUTLOOK.sendButton)) return el;
  }
  return body.parentElement ?? body;
}

function classify(el: Element): BodyPart {
  const id = el.id.replace(OUTLOOK.idPrefix, '');
  if (!id) return 'text';
  if ((OUTLOOK.historyIds as readonly string[]).includes(id)) return 'stop';
  if (id === OUTLOOK.signatureId) return 'signature';
  return 'text';
}

function readSubject(root: HTMLElement, body: HTMLElement): string {
  const field = root.querySelector<HTMLInputElement>(OUTLOOK.subject)?.value.trim();
  if (field) return field;
  // An inline reply: the conversation's subject, from the heading above the messages.
  const scope = root.closest('[data-app-section]') ?? body.ownerDocument;
  const heading = scope.querySelector(OUTLOOK.conversationSubject)?.getAttribute('title')?.trim();
  return heading ?? '';
}
