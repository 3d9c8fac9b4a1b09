// Clarity phrase data (English): vague time and commitment, filler openers, double negatives, and
// the conjunctions a long sentence can be split at.
export const clarity = {
  /** Vague time words → a concrete placeholder the writer fills in. */
  vagueTime: [
    'at some point', 'at some stage', 'soon', 'soon-ish', 'soonish', 'sometime', 'some time soon', 'in due course', 'eventually', 'one of these days', 'nearer the time', 'sooner or later', 'in the near future', 'at a later date', 'down the line', 'when things calm down', 'when we get a chance', 'when we can', 'when i can', 'in a while',
    'in a bit', 'in a little while', 'any day now', 'before long', 'in the coming weeks', 'in the coming days',
    'in the next little while', 'at a later stage', 'someday', 'some day', 'in due time', 'when time allows', 'when time permits',
  ],
  /** What a vague time word becomes: a placeholder for a concrete date. */
  vagueTimeReplacement: 'by [date]',
  /** Words right before "soon" etc. that make it a set phrase, not a vague promise. */
  vagueTimeExceptions: ['see you', 'talk', 'speak', 'as', 'get well', 'hear from you', 'chat', 'hope to see you'],
  /** Vague commitment with no single replacement: the writer has to decide. */
  vagueCommitment: [
    "we'll see", 'we will see', 'see how it goes', 'see how things go', 'or thereabouts', 'more or less',
    "haven't really decided", "haven't decided", 'not decided yet', 'kind of', 'sort of', 'probably',
    'possibly', 'depending on how', 'or so', 'roughly', 'give or take', 'to be confirmed', "we'll figure it out",
    "we'll sort it out", 'somewhere around', 'ish', 'something like that', 'no idea when', 'not sure when',
    "can't say when", 'or maybe the week after', 'or maybe later', 'at the earliest possible',
    'when we know more', 'fingers crossed', 'tbc', 'tbd', 'as and when',
  ],
  /**
   * Vague-commitment hedges that are vague only on a commitment: "will probably be ready" leaves
   * the customer guessing; "which is probably what you're seeing" explains and promises nothing.
   */
  uncommittedHedges: ['probably', 'possibly', 'kind of', 'sort of'],
  /** What makes a clause a commitment: a future or modal, or a time it points at. */
  commitmentMarkers: [
    'will', "we'll", "i'll", "it'll", "you'll", "they'll", "he'll", "she'll", "that'll", 'going to', 'should', 'can', 'could', 'would', 'might', 'may', 'shall', 'sometime', 'soon', 'by', 'until',
    'before', 'after', 'next', 'ready', 'arrive', 'arrives', 'depending', 'early', 'late', 'later', 'today', 'tomorrow',
    'tonight', 'week', 'month', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
    'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  ],
  /** A bare "later" among the vague commitments: concrete when an event word follows ("nanti aja pas barang ready"). */
  bareLater: ['later on'],
  /** Event words that name the moment a bare "later" means. */
  eventAnchors: ['when', 'once', 'after'],
  /** A promise to tell later ("nanti kami kabari"): not vague beside a dated step. */
  noticeWords: ['let you know', 'be in touch', 'get back to you', 'update you', 'confirm'],
  /** Time units that, with a number, date a step ("10 hari kerja", "jam 14.00", "5 Juli"). */
  timeUnits: ['day', 'days', 'working days', 'hour', 'hours', 'week', 'weeks', 'minutes', 'am', 'pm', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  /** Openers that delay the point; deleting them loses nothing. */
  fillerOpeners: [
    'i just wanted to reach out to let you know that', 'i just wanted to let you know that', 'i wanted to let you know that',
    'i just wanted to reach out', 'i wanted to reach out', 'i am writing to let you know that', "i'm writing to let you know that",
    'i am writing to inform you that', "i'm writing to inform you that", 'this is to inform you that', 'please be advised that',
    'we would like to inform you that', 'we wanted to let you know that', 'i would like to start by saying that',
    'i wanted to mention that', "i've been meaning to write", 'i have been meaning to write', 'just a quick note to say that',
    'just a gentle note', 'i hope this email finds you well', 'i hope this message finds you well', 'needless to say',
    'i wanted to come back to you about', 'as a matter of fact', 'at the end of the day', 'for what it is worth', "for what it's worth",
  ],
  /** Two negations that cancel out and make the reader work. */
  doubleNegatives: [
    'not unlikely', 'not impossible', 'not uncommon', 'not unreasonable', 'not unwilling', 'not unable', 'not without',
    "can't not", 'cannot not', "don't not", "won't not", 'not never', 'never not', "isn't unlikely", "isn't impossible",
    "wouldn't be impossible", "it's not that we can't", 'not that we cannot', "can't say we won't", 'not unusual',
  ],
  /** Words that carry tone, not content: a long sentence is measured without them. */
  chatParticles: ['um', 'uh', 'erm'],
  /** Words a full stop shortens, not ends: a lower-case word after them goes on with the sentence. */
  abbreviations: ['e.g', 'i.e', 'etc', 'approx', 'vs', 'incl', 'no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'st', 'ave', 'est', 'ref'],
  /** Where a long sentence can be cut: "conjunction => how the new sentence starts" ("-" drops the conjunction). */
  splitPoints: [
    'and => -', 'but => but', 'so => so', '; => -', 'because => this is because', 'although => however,', 'which => this', 'as => this is because', 'together with => together with', 'especially => especially',
  ],
} as const;
