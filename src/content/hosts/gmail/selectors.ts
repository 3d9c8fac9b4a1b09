// Every Gmail selector in one place, each with the page it must match. None uses aria-label text
// (localized); sources are the facts in ../shared/fixtures/README.md (G1–G18).
export const GMAIL = {
  /** The compose body: a Closure editor field (G3, G4, G10). */
  body: 'div[contenteditable="true"][g_editable="true"], div.editable[contenteditable="true"][role="textbox"]',
  /** The compose container, dialog or inline reply (G6: div.M9 for both), then fallbacks. */
  composeRoot: ['div.M9', '[role="dialog"]', 'td.I5', 'form'],
  /** A compose form, recognized by its hidden draft-id input (G4), whatever its editor is. */
  composeForm: 'div.M9:has(input[name="composeid"])',
  /** Something that edits the body but is not an editable we can read (G18: an iframe). */
  otherEditor: 'iframe, [role="textbox"]',
  /** Subject input of a dialog (G4); inline replies hide it but keep a value (G6). */
  subjectBox: 'input[name="subjectbox"]',
  subjectHidden: 'input[name="subject"]',
  /** Thread subject when an inline reply carries none (G9). */
  threadSubject: 'h2.hP',
  /** Recipient chips (G5, G6, G8): the display name is data-name. */
  recipientChip: '[role="option"][data-name], div.afV[data-name], [data-hovercard-id][data-name]',
  /** Collapsed recipient summary of a dialog (G8). */
  recipientSummary: 'div.az9 span[email]',
  /** Quoted history: div.gmail_quote (and the older div.gmail_extra), G11, G12. */
  quote: 'gmail_quote',
  quoteLegacy: 'gmail_extra',
  /** Signature block (G11); a bare "-- " line may precede it. */
  signature: 'gmail_signature',
  /** Gmail's own element before the quote (G12): never text. */
  quoteDots: 'ajR',
} as const;
