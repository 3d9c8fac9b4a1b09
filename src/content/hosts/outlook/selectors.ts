// Every Outlook on the web selector in one place. Hashed class names (dMm6A, dFCbN…) change every
// few months (O3) and aria-labels are localized (O6), so neither is used; sources: O1–O8 in
// ../shared/fixtures/README.md.
export const OUTLOOK = {
  /** The compose editor: the editable textbox (O4). The read view's body is not editable. */
  body: 'div[contenteditable="true"][role="textbox"]',
  /** The compose container: a docking part (one per compose), else the editor's parent (O4). */
  composeRoot: ['[id^="docking_InitVisiblePart"]', '[id^="editorParent"]'],
  /** Subject field of a new mail (O1); inline replies have none and use the heading. */
  subject: 'input.ms-TextField-field',
  conversationSubject: 'div[role="heading"][title]',
  /** A compose window recognized by its Send button (O1), whatever its editor is. */
  composeWithSend: '[id^="docking_InitVisiblePart"]:has([data-testid="ComposeSendButton"])',
  sendButton: '[data-testid="ComposeSendButton"]',
  otherEditor: 'iframe, [role="textbox"]',
  /** Recipient wells of the To picker (O5). */
  recipient: '[data-selection-index] .lpc-hoverTarget',
  /**
   * Quoted history starts at #appendonsend / #divRplyFwdMsg (O7), or the newer
   * #mail-editor-reference-message-container that wraps both; everything after is the quote.
   */
  historyIds: ['appendonsend', 'divRplyFwdMsg', 'mail-editor-reference-message-container'],
  /** Signature block (duplicate ids across composes: match by id attribute inside one body). */
  signatureId: 'Signature',
  /** Newer markup prefixes ids inside the body, e.g. x_Signature, x_divRplyFwdMsg. */
  idPrefix: /^(x_)+/,
} as const;
