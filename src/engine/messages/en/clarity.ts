// Clarity messages and fix labels (English).
export const clarity: Record<string, string> = {
  'clarity/buried-decision': 'The decision comes only after {{words}} words of background. Say it first.',
  'clarity/buried-decision.fix': 'Move the decision to the top',
  'clarity/long-sentence': 'This sentence has {{words}} words (aim for at most {{limit}}). Split it so the point stands out.',
  'clarity/long-sentence.fix': 'Split the sentence',
  'clarity/wall-of-text': 'This paragraph has {{words}} words. Break it up so the decision is easy to find.',
  'clarity/vague-time': '"{{phrase}}" gives no date. Name a concrete day or time.',
  'clarity/vague-time.fix': 'Put a date placeholder',
  'clarity/vague-commitment': '"{{phrase}}" is vague. Say what will happen, and when.',
  'clarity/filler': '"{{phrase}}" delays the point; the sentence reads better without it.',
  'clarity/filler.fix': 'Delete the filler',
  'clarity/double-negative': '"{{phrase}}" is a double negative. Say it positively.',
};
