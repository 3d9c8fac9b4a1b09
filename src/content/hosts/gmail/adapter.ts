// Gmail: compose dialogs (docked, full-screen, pop-out window) and inline replies. Each compose is
// found from its editable body, so a layout Gmail moves around (full screen moves the element)
// keeps the same view.
import { unreadableCompose, type BodyPart, type ComposeView, type HostAdapter } from '../../adapter';
import { GMAIL } from './selectors';

export const gmailAdapter: HostAdapter = {
  id: 'gmail',
  findComposes(doc) {
    const views: ComposeView[] = [];
    for (const body of doc.querySelectorAll<HTMLElement>(GMAIL.body)) {
      // A nested editable (never seen, but cheap to rule out) belongs to its outer body.
      if (body.parentElement?.closest('[contenteditable="true"]')) continue;
      views.push(gmailCompose(body));
    }
    // A compose form whose editor we do not know (G18: an iframe editor): say so, do not guess.
    for (const form of doc.querySelectorAll<HTMLElement>(GMAIL.composeForm)) {
      if (!views.some((v) => form.contains(v.body)) && form.querySelector(GMAIL.otherEditor)) views.push(unreadableCompose(form));
    }
    return views;
  },
};

function gmailCompose(body: HTMLElement): ComposeView {
  const root = composeRoot(body);
  return {
    root,
    body,
    readSubject: () => readSubject(root, body),
    readRecipientName: () => readRecipientName(root),
    classify,
    placePanel(host) {
      // Right after the editor's wrapper (td.Ap > div.Ar > body): it stays inside the compose, so it
      // moves with it to full screen, hides with it when minimized and goes when it closes.
      const wrapper = body.parentElement ?? root;
      wrapper.after(host);
    },
  };
}

function composeRoot(body: HTMLElement): HTMLElement {
  for (const selector of GMAIL.composeRoot) {
    const found = body.closest<HTMLElement>(selector);
    if (found) return found;
  }
  return body.parentElement ?? body;
}

function classify(el: Element): BodyPart {
  const list = el.classList;
  if (list.contains(GMAIL.quote) || list.contains(GMAIL.quoteLegacy)) return 'skip';
  if (list.contains(GMAIL.signature)) return 'signature';
  if (list.contains(GMAIL.quoteDots)) return 'skip';
  return 'text';
}

function readSubject(root: HTMLElement, body: HTMLElement): string {
  const box = root.querySelector<HTMLInputElement>(GMAIL.subjectBox)?.value.trim();
  if (box) return box;
  const hidden = root.querySelector<HTMLInputElement>(GMAIL.subjectHidden)?.value.trim();
  if (hidden) return hidden;
  // An inline reply: the subject of the thread it answers.
  const thread = body.ownerDocument.querySelector(GMAIL.threadSubject)?.textContent?.trim();
  return thread ?? '';
}

function readRecipientName(root: HTMLElement): string | undefined {
  const chip = root.querySelector<HTMLElement>(GMAIL.recipientChip);
  const name = chip?.dataset.name?.trim();
  if (name) return name;
  const summary = root.querySelector<HTMLElement>(GMAIL.recipientSummary);
  return summary?.getAttribute('name')?.trim() || summary?.textContent?.trim() || undefined;
}

