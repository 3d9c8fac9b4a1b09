// Firmness: hedges that soften a decision, invitations to reopen it, and self-undermining.
export const firmness = {
  /** Hedge words removed from a decision sentence ("Perhaps it won't be possible" → "It won't…"). */
  hedges: [
    'maybe', 'perhaps', 'possibly', 'probably', 'i think', 'i guess', 'i believe', 'i feel like', 'kind of', 'sort of', 'somewhat',
    'ideally', 'if at all possible', 'where possible', 'if possible', 'might', 'not sure', "i'm not sure", 'we are not sure',
    "we're not sure", 'i am not sure',
  ],
  /** Hedged decisions and their firm form; the longest match wins. */
  hedgeReplacements: {
    'we might not be able to': 'we are not able to',
    'we may not be able to': 'we are not able to',
    'i might not be able to': 'i am not able to',
    'i may not be able to': 'i am not able to',
    "i'm not sure we'd be able to": 'we are not able to',
    "i'm not sure we will be able to": 'we are not able to',
    "i'm not sure we'll be able to": 'we are not able to',
    "i'm not sure we can": 'we cannot',
    "we're not sure we can": 'we cannot',
    "i'm not sure i can": 'i cannot',
    "i'm not sure i'd be able to": 'i am not able to',
    'we might have to': 'we will',
    'i might have to': 'i will',
    'we may have to': 'we will',
    'it might be best if i': 'i will',
    'it might be best if we': 'we will',
    'it may be best if we': 'we will',
    'it may prove somewhat difficult for us to': 'we are not able to',
    'it may prove difficult for us to': 'we are not able to',
    'it may be difficult for us to': 'we are not able to',
    'it might be difficult for us to': 'we are not able to',
    "i'd rather not": 'i will not',
    "we'd rather not": 'we will not',
    'we may start': 'we will start',
    'we might start': 'we will start',
 } as Readonly<Record<string, string>>,
  /** Invitations to reopen a decision, flagged wherever they stand. */
  negotiation: [
    'let me know what you think', 'let me know your thoughts', 'let me know how you feel', "i'm open to", 'we are open to', "we're open to",
    'open to hearing', 'open to negotiation', 'open to discussion', 'happy to discuss', 'if you really insist', 'if you insist',
    'if you really want', "i'll leave it up to you", 'leave it up to you', "it's up to you", "haven't fully decided", "haven't really decided",
    "haven't decided", 'not fully decided', 'not final yet', 'nothing is final', "we'll see how it goes", "we'll see how things go",
    "we'll see", 'see what i can do', 'see what we can do', 'still talk about', "if you think that's fair", 'if you think it is fair',
    'make things right', 'not sure yet', "i'm not sure it's", 'whenever you can', 'no stress at all', "we'll sort it out",
    "if you'd rather i", "if you'd rather we", 'could look into', 'we can be flexible', 'work something out', 'negotiable', 'if you really', 'perhaps we could',
    'maybe we could', 'we could make an exception', 'make an exception', 'no pressure', 'only if it works for you', 'if you feel strongly',
  ],
  /** Self-undermining asides that give away the writer's standing. */
  selfUndermining: ["i'm not an expert", "i'm no expert", 'i am not an expert', 'i could be wrong', 'i may be wrong', 'just my opinion'],
  /** Clause openers that belong to the negotiation clause after them ("if you insist, …"). */
  conditionalLeads: ['if', 'unless', 'but if', 'and if'],
  /** A clear statement that replaces an invitation to negotiate. */
  firmStatements: ['this decision is final', 'this is our final decision'],
} as const;
