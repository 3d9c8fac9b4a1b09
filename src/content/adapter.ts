// The one interface every host (Gmail, Outlook on the web) implements. The controller only ever
// talks to a ComposeView, so a new host is one folder under hosts/ and one line in hosts.ts.

/** How an element of the body takes part in the analyzed text. */
export type BodyPart =
  | 'text' //       read normally
  | 'skip' //       left out (a quote block the user may write around)
  | 'signature' //  left out, together with a bare "-- " delimiter line just before it
  | 'stop'; //      left out with everything after it (quoted history appended by the app)

export type ComposeView = {
  /** The compose window (dialog, inline reply, docked view): its removal ends the compose. */
  root: HTMLElement;
  /** The contenteditable the user writes in. */
  body: HTMLElement;
  /** The subject as the customer will see it; '' when unknown. */
  readSubject(): string;
  /** The first recipient's display name, when the compose shows one. */
  readRecipientName(): string | undefined;
  classify(el: Element): BodyPart;
  /** Puts the panel host beside the compose (never inside the editable). */
  placePanel(host: HTMLElement): void;
  /**
   * A compose window whose editor Sopan does not recognize (an iframe editor, changed markup):
   * `body` is then the compose container itself, and the panel says it cannot read this window.
   */
  unreadable?: boolean;
};

export type HostAdapter = {
  id: 'gmail' | 'outlook';
  /** Every open compose window in `doc`, each body at most once. */
  findComposes(doc: Document): ComposeView[];
};

/** A compose window found by its container, whose editor could not be found. */
export function unreadableCompose(container: HTMLElement): ComposeView {
  return {
    root: container,
    body: container,
    unreadable: true,
    readSubject: () => '',
    readRecipientName: () => undefined,
    classify: () => 'stop',
    placePanel: (host) => container.append(host),
  };
}
