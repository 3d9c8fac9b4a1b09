// Firmness: hedges that soften a decision, invitations to reopen it, and self-undermining.
export const firmness = {
  /** Hedge words removed from a decision sentence ("Perhaps it won't be possible" → "It won't…"). */
  hedges: [
    'maybe', 'perhaps', 'possibly', 'probably', 'i think', 'i guess', 'i believe', 'i feel like', 'kind of', 'sort of', 'somewhat',
    'ideally', 'not really sure', 'not too sure', 'not entirely sure', 'if at all possible', 'where possible', 'if possible', 'might', 'not sure', "i'm not sure", 'we are not sure',
    "we're not sure", 'i am not sure', "i don't think", "don't think", 'honestly',
    'it would be great if', 'would be great if', 'it would be nice if', "we'd love it if", 'would love it if',
    "if it's not too much trouble", 'if it is not too much trouble', 'when you get a chance', 'if you get a chance', 'try to',
    'try and', 'in most cases',
    "i'm thinking", 'i am thinking', 'leaning towards', 'leaning toward', 'i doubt', "don't really think",
    'it seems', 'it seems like', 'seems like', 'it looks like', 'i suppose', 'presumably', 'unlikely', 'unsure',
    'not convinced', 'not confident', 'hard to see', 'struggle to see',
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
    "i don't think i could possibly": 'i cannot',
    "i don't think i could": 'i cannot',
    "i don't think we can": 'we cannot',
    "i don't think i can": 'i cannot',
    "we don't think we can": 'we cannot',
    'i might need to': 'i will',
    'we might need to': 'we will',
    "i'd sort of prefer not to": 'i do not',
    "i'd prefer not to": 'i do not',
    "we're unlikely to be able to": 'we are not able to',
    "it's unlikely we'll be able to": 'we are not able to',
    "it's unlikely that we'll be able to": 'we are not able to',
    "it's unlikely we can": 'we cannot',
    'i doubt we can': 'we cannot',
    "i doubt we'll be able to": 'we are not able to',
    "i don't really think we can": 'we cannot',
    "i don't really think i can": 'i cannot',
    'we are unlikely to be able to': 'we are not able to',
    "i'm unlikely to be able to": 'i am not able to',
    "i'm not sure that's doable": 'that is not possible',
    "i'm not sure it's doable": 'that is not possible',
    "i'm not sure that's possible": 'that is not possible',
 } as Readonly<Record<string, string>>,
  /** Invitations to reopen a decision, flagged wherever they stand. */
  negotiation: [
    'let me know what you think', 'let me know your thoughts', 'let me know how you feel', "i'm open to", 'we are open to', "we're open to",
    'open to hearing', 'open to negotiation', 'open to discussion', 'happy to discuss', 'if you really insist', 'if you insist',
    'if you really want', "i'll leave it up to you", 'leave it up to you', "it's up to you", "haven't fully decided", "haven't really decided",
    "haven't decided", 'not fully decided', 'not final yet', 'nothing is final', "we'll see how it goes", "we'll see how things go",
    "we'll see", 'see what i can do', 'see what we can do', 'could still talk', 'can still talk', 'still talk it over', "if you think that's fair", 'if you think it is fair',
    'make things right', 'not sure yet', "i'm not sure it's", 'whenever you can', 'whatever you can', 'totally flexible', 'we can skip it', "if it's really a problem", 'no stress at all', "we'll sort it out",
    "if you'd rather i", "if you'd rather we", 'could look into', "i'd have to think", "i'll have to think", 'let me think about it', 'to negotiate', 'could possibly', 'we can be flexible', 'work something out', 'negotiable', 'if you really', 'perhaps we could',
    'maybe we could', 'we could make an exception', 'make an exception', 'make exceptions', 'bend the rules', 'bend the rule', 'no pressure', 'only if it works for you', 'if you feel strongly', 'if you feel really strongly', 'if you feel so strongly',
    // A rule asked as a favour and left to the customers' approval: "only if people are okay with that".
    'if people are okay', 'if people are ok', 'if everyone is okay', 'if everyone is ok', 'if everyone agrees',
    'only if people', 'only if everyone',
    'happy to chat', 'chat about it more', 'talk about it more', 'discuss it further', 'what do you think', 'what do you reckon',
    'still thinking it over', "i'm still thinking", 'still deciding', 'totally up to you', 'up to you though',
    "we'll figure it out", "we'll work it out", 'we can figure it out', 'we can work it out', 'figure something out',
    'if that feels fair', 'if that seems fair', 'if that sounds fair', "if that's fair", 'if that is fair',
    // The decision taken to someone else, or an ending left open: "I'll run it past my partner", "I could probably keep going".
    'run it past', 'run this past', 'check with my partner', 'check with my wife', 'check with my husband', 'talk it over with my',
    'see what she thinks', 'see what he thinks', 'see what they think', 'keep going a', 'keep going for a', 'carry on a bit',
    'carry on for a bit', 'carry on for a month', 'keep going for another',
    // The amount left to the customer: "10% or whatever you feel is fair".
    'whatever you feel is fair', 'whatever you think is fair', 'whatever you think is right', 'whatever you feel is right',
    'what you feel is fair', 'what you think is fair', 'whatever seems fair to you', 'what seems fair to you',
    // The rule waived with a hedge: "but if you really need to, it's probably fine".
    "it's probably fine", 'it is probably fine', 'probably be fine', "it's probably ok", "that's probably fine",
    "if you're really", 'if you are really', 'we could maybe', 'i could maybe', 'i suppose we could', 'i guess we could', 'i guess i could', 'i suppose i could', 'if you absolutely',
    'not sure we did anything wrong', "don't think we did anything wrong", 'not sure it was our', "don't think it was our",
    'not sure that was our', 'not sure we missed', "don't think we missed", "don't think it was really", 'not sure it was really',
    'a bit flexible', 'somewhat flexible', 'fairly flexible', 'flexible on this', 'flexible about this', 'no worries if not', 'no problem if not',
    'if not, no worries', 'middle ground', 'meet you halfway', 'meet you in the middle', 'meet in the middle', 'find a compromise', 'reach a compromise',
    'come to an arrangement', 'come to some arrangement', 'some sort of arrangement', 'going to be a problem', 'going to be a real problem',
    "i'd be open to", 'would be open to', 'open to revisiting', 'revisit that', 'revisiting that', 'revisit the decision',
    'in two minds', 'let me have a think', 'have a think about it', 'sleep on it', 'mull it over', "if that's ok with you",
    "if that's okay with you", 'if that is ok with you', 'if that is okay with you',
    // Room left to move, or the decision left to the customer's preference: "see if there's any wiggle room".
    'wiggle room', 'any leeway', 'some leeway', "unless you'd rather", 'unless you would rather', 'in which case just say',
    'shave a bit off', 'knock a bit off', 'take a bit off', 'open to suggestions', 'open to ideas', 'open to offers', 'if it feels fair', "haven't made up my mind", "haven't made up our minds", 'not set in stone', 'nothing is set in stone', "isn't set in stone",
  ],
  /** What a business in the right gives away when it gives in (a hedge before it reopens the terms). */
  concessions: ['free', 'waive', 'refund', 'no charge', 'discount', 'reduce', 'knock', 'shave', 'take it off', 'take off'],
  /** The business as the one who gives ("we could", "I can"), not the customer. */
  ours: ['we', 'i'],
  /** Before a hedge word, a determiner makes it a noun: "the kind of service", "what sort of cake" (not "this", "that": "this might not be possible"). */
  nounLeads: ['the', 'a', 'what', 'any', 'some'],
  /**
   * A hedge right before a judgment of fit is the general reason for ending (source 002), not doubt
   * about the decision: "I don't think I'm the right teacher for your family any more".
   */
  /** After a doubt word, these turn it from the decision to the customer's view: "I'm not sure why you thought…". */
  doubtAboutOthers: ['why', 'what else', 'how you', 'where you'],
  fitSubjects: ["i'm", 'i am', "we're", 'we are', 'this is', "it's", 'it is'],
  fitJudgments: ['the right', 'not the right', 'a good fit', 'not a good fit', 'the best fit', 'the best person', 'the best people', 'not the best', 'a good match', 'the right match'],
  /** Self-undermining asides that give away the writer's standing. */
  selfUndermining: ["i'm not an expert", "i'm no expert", 'i am not an expert', 'i could be wrong', 'i may be wrong', 'just my opinion'],
  /** Clause openers that belong to the negotiation clause after them ("if you insist, …"). */
  conditionalLeads: ['if', 'unless', 'but if', 'and if'],
  /** A clear statement that replaces an invitation to negotiate. */
  firmStatements: ['this decision is final', 'this is our final decision'],
} as const;
