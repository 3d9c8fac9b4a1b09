// Everyday words beyond the function words, the language detector's extra evidence (meaning.languageWords).
// A file of its own: the content script bundles the Indonesian list without
// the rest of the book, which it gets from the service worker (src/language-data/).
export const languageWords = [
  'sure', 'great', 'noted', 'see', 'then', 'thx', 'ok', 'okay', 'yes', 'no', 'sorry', 'hi', 'hello', 'dear', 'best', 'regards',
  'order', 'today', 'tomorrow', 'free', 'shipping', 'price', 'whatever',
] as const;
