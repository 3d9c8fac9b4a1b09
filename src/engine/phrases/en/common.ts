// Words and lines every rule may need: how an English email opens and closes.
export const common = {
  /** Frequent function words: the language detector's evidence. */
  functionWords: [
    'the', 'and', 'you', 'your', 'we', 'our', 'is', 'are', 'to', 'of', 'for', 'it', 'this', 'that', 'with', 'can', 'not',
    'will', 'be', 'have', 'i', 'my', 'on', 'in', 'at', 'if', 'but', 'so', 'as', 'please', 'thanks', 'thank', 'would',
    'could', 'was', 'were', 'do', "don't", "can't", 'what', 'which', 'there', 'they', 'an', 'a', 'by', 'from', 'or',
    'all', 'just', 'me', 'us', 'about', 'been', 'has', 'had', 'any', 'only', 'also', 'than', 'then', 'when', 'after',
  ],
  greetings: ['hi', 'hello', 'hey', 'dear', 'good morning', 'good afternoon', 'good evening', 'greetings'],
  closings: [
    'best', 'best regards', 'kind regards', 'warm regards', 'regards', 'sincerely', 'yours sincerely', 'cheers',
    'thanks', 'thank you', 'many thanks', 'all the best', 'warmly', 'best wishes', 'respectfully', 'take care',
    'with thanks', 'with apologies', 'yours', 'yours truly', 'thanks again', 'namaste', 'see you soon', 'speak soon', 'talk soon', 'thx', 'ty',
  ],
  /** Words that open a dependent clause: what is left after a deletion must not start with one. */
  subordinators: ['because', 'so that', 'so', 'which', 'as', 'since', 'although', 'unless', 'before', 'after', 'rather than', 'than'],
} as const;
