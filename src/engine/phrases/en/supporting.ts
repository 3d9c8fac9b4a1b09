// Supporting-principle phrase data (English): signs that the draft already thanks, acknowledges,
// points at the written agreement or calms things down, and the sentences the inserts add.
export const supporting = {
  gratitude: ['thank you', 'thanks', 'thank', 'grateful', 'appreciate', 'appreciated', 'we wish you', 'all the best', 'best wishes'],
  acknowledge: [
    'if i understand correctly', 'i understand', 'we understand', 'i see that', 'i can see', 'you asked', 'you would like',
    "you'd like", 'your request', 'you mentioned', 'you asked about', 'your message about', 'your email about', 'regarding your',
    'about your', 'you want', 'thanks for your message', 'thank you for letting us know', 'for the notes',
  ],
  houseRules: [
    'agreement', 'contract', 'policy', 'policies', 'terms', 'as agreed', 'you signed', 'written', 'price list', 'quote',
    'package', 'form', 'booking conditions', 'working hours', 'as stated',
  ],
  heated: [
    'angry', 'furious', 'upset', 'unacceptable', 'complaint', 'disappointed', 'frustrated', 'frustrating', 'shouting',
    'rude', 'threat', 'review', 'refund',
  ],
  deEscalate: [
    'let us talk', "let's talk", 'give us until', "i'll get back to you", 'we will get back to you', 'we will update you',
    "we'll update you", 'by tomorrow', 'a call', 'take a day', 'pause',
  ],
  /** Sentences the one-click inserts add ({{name}} is the recipient). */
  templates: {
    'named-greeting': 'Hi {{name}},',
    greeting: 'Hello,',
    thanks: 'Thank you for your message.',
    closing: 'Thank you for your understanding.',
    'sign-off': 'Best regards,',
    acknowledge: 'If I understand correctly, you would like [request].',
    'house-rule': 'As set out in our agreement, {{rule}}',
    'de-escalate': 'Let me look into this properly, and I will update you by [date].',
  },
} as const;
