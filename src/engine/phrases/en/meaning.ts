// What sentences DO (decline, end service, state a rule, offer something, apologize, admit a
// mistake), as phrase families. The reader in understand/ combines them: a negator followed by an
// ability word is a decline, a matched phrase right after a negator does not count, and so on.
import { languageWords } from './language-words';

export const meaning = {
  /** Words that turn a following phrase around ("not", "no longer", "never"). */
  negators: [
    'not', 'no', 'never', "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "won't", "can't", 'cannot', 'without', 'nothing',
    // Typed in a hurry without the apostrophe: "we cant do 20% off".
    'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'wont', 'cant',
  ],
  /** Modal negations that decline by themselves. */
  declineNegators: [
    "can't", 'cannot', 'can not', "won't", 'will not', 'unable to', 'not able to', "wouldn't", 'would not', "couldn't", 'could not', "isn't", 'is not', "aren't", 'are not', 'not',
    'cant', 'wont', 'wouldnt', 'couldnt', 'isnt', 'arent',
  ],
  /** What a decline negates: an ability, an offer, a coverage ("can't offer", "isn't included"). */
  declineObjects: [
    'able', 'possible', 'offer', 'offering', 'provide', 'providing', 'accept', 'accepting', 'refund', 'refunding',
    'cover', 'covered', 'include', 'included', 'do', 'start', 'take', 'give', 'giving', 'make', 'fit', 'fold', 'touch',
    'guarantee', 'fall under', 'be', 'be waiving', 'waive', 'allow', 'extend', 'change', 'add', 'support', 'repair',
    'replace', 'agree', 'manage', 'handle', 'deliver', 'commit', 'something we', 'negotiable', 'eligible', 'available',
    'move', 'reschedule', 'squeeze', 'lower', 'reduce', 'match', 'hold', 'reserve', 'honour', 'honor', 'redo', 'rush',
    'speed up', 'exchange', 'fix', 'install', 'print', 'finish', 'complete', 'meet', 'lend', 'sell', 'help with', 'stay',
    'attend', 'travel', 'go ahead with', 'go lower', 'budge',
    'apply', 'drop', 'knock', 'part of', 'take off', 'swap', 'split', 'transfer', 'release', 'send', 'ship', 'cancel', 'accommodate',
    'book', 'go below', 'go any lower', 'beat',
    // What a request would need the thing to be: "isn't refundable", "not on the cards", "isn't an option".
    'pause', 'refundable', 'transferable', 'exchangeable', 'returnable', 'on the cards', 'in the cards', 'an option',
    // What a small trade does: "can't cater for thirty", "isn't free this time".
    'cater', 'cater for', 'host', 'play', 'set up', 'free', 'refunded', 'promise', 'open',
    // A trade's own work refused: "we can't engrave on the back", "I can't take in the dress by Friday".
    // (Not words a thing can do by itself: "the stain might not come out", "the oven isn't clean".)
    'discount', 'engrave', 'board', 'take in', 'alter', 'bake', 'paint', 'design', 'shoot', 'film', 'edit', 'translate', 'teach',
    'train', 'groom', 'look after', 'cook', 'rent', 'hire', 'sew', 'frame', 'tune', 'fit in', 'squeeze in', 'come round',
  ],
  /** Habitual negations ("we don't offer") decline only these: "we don't take cards" is a house rule. */
  habitNegators: ["don't", 'do not', "doesn't", 'does not', 'dont', 'doesnt'],
  habitObjects: [
    'offer', 'provide', 'do', 'touch', 'cover', 'include', 'refund', 'give', 'work on', 'support', 'repair', 'handle', 'deliver',
    // What a complaint asks for: "we don't replace candles that have tunneled".
    'replace', 'exchange', 'waive', 'release', 'redo', 'reprint', 'extend', 'open', 'board', 'engrave', 'alter', 'rent', 'hire out',
    'lend', 'store', 'collect', 'price match', 'price-match', 'match prices', 'send', 'ship', 'post', 'put', 'set up',
  ],
  /** Us as the subject right before a negation ("I can't", "I'm not able to"), or before one of `ownBetween` ("we really can't"). */
  ownSubjects: ['i', 'we', "i'm", "we're", 'im'],
  ownBetween: ['really', 'just', 'simply', 'still', 'am', 'are', 'will'],
  /** The trade's own work, declined only with us as the subject ("the oven isn't clean" declines nothing). */
  ownWork: [
    'sharpen', 'put', 'letter', 'restore', 'clean', 'wash', 'dye', 'tint', 'cut', 'colour', 'color', 'trim', 'upholster',
    'weld', 'plaster', 'tile', 'mount', 'hang', 'carry', 'lift', 'drive', 'collect', 'pick up', 'drop off', 'store', 'keep',
    'photograph', 'record', 'mix', 'publish', 'post', 'write', 'draw', 'knit', 'embroider', 'stitch', 'resize', 'polish',
    'service', 'bring', 'build', 'assemble', 'plant', 'prune', 'mow', 'spray', 'treat', 'inspect', 'survey', 'fly', 'walk',
    'mind', 'babysit', 'feed', 'wrap', 'pack', 'supply', 'source', 'stock', 'work', 'come', 'get', 'turn around', 'sign',
    'issue', 'let', 'run', 'lay', 'fill', 'serve', 'seat', 'park', 'water', 'decorate', 'perform', 'dj',
  ],
  /** Words that may sit between the negation and what it negates ("can't really offer"). */
  declineFillers: ['really', 'currently', 'now', 'always', 'yet', 'be', 'be able to', 'at the moment', 'ever', 'want to', 'usually'],
  /** Decline phrases that need no composition. */
  declines: [
    'unable to', 'no longer', 'not in a position to', 'rather not', 'have to decline', 'must decline',
    'not possible', 'no refund', 'no refunds', 'no discount', 'no discounts', 'no replacement', 'non-refundable',
    'not negotiable', 'difficult for us to', 'hard for us to', 'beyond what', 'outside the scope', 'outside our scope',
    'out of scope', 'fee stands', 'charge stands', 'decision stands', 'fee stays', 'charge stays', 'price stays', 'fee remains', 'price remains', 'charge remains',
    'it stands.', 'it stays.', 'correct as it stands', 'stands as it is', 'stay on your account', 'stays on your account', 'is forfeited', 'are forfeited', 'be forfeited', 'forfeit the',
    'keeping the deposit', 'keep the deposit', 'retain the deposit', 'deposit is retained', 'still applies', 'still stands', 'remains due',
    'not our problem', 'really our problem', 'not something we', 'not something i', "isn't something i", "aren't something i", 'fully booked', 'already booked', 'booked up', 'no availability', 'sold out',
    "don't have the capacity", "don't have the time", "don't have the team", "don't have room", 'no capacity',
    // (A doubt before "we can", "possible", "doable"… declines through the doubts + possibilities composition.)
    'not sure we will be able', "aren't something we", "isn't something we",
    'out of stock', 'outside what', 'more than we can take on', 'more than i can take on', 'diary is full', 'calendar is full',
    // A request type ruled out, or the place full up: "no rush orders this week", "the kiln is full till Friday".
    'no rush orders', 'no rush jobs', 'no same-day', 'no returns', 'no exchanges', 'no custom orders', 'full till', 'full until', 'off the table',
    'are off for', 'is off for', 'off limits', 'off-limits',
    // Outside what was agreed: "they fall outside the two free pickup rounds"; a charge kept: "the total stays as it is".
    // Only our own range, or not enough time: "We only make the three sizes on the site", "Two days isn't enough".
    'we only make', 'i only make', 'we only do', 'i only do', 'we only sell', 'we only offer', 'i only offer', 'we only stock',
    "isn't enough time", 'not enough time', "isn't enough for", 'not enough for',
    'fall outside', 'falls outside', 'fell outside', 'falling outside', 'stays that way', 'stays as it is', 'stay as it is', 'stays as is', 'remains as it is',
    'no can do', 'lowest we go', 'lowest i go', 'as low as we go', 'as low as i go', 'as low as we can go', 'as low as i can go',
    'price stands', 'prices stand', 'quote stands', 'rate stands', 'rates stand', 'total stands',
    'more than i can do', 'more than we can do', 'more than i can manage', 'more than we can manage', 'more than i can handle',
    'more than we can handle', 'not being able to help',
    'schedule is full', 'class is full', 'classes are full', 'course is full', 'we are full', "we're full",
    "unlikely that we'll", "don't really think we can", "don't really think i can", "don't really think we could",
    "don't really think i could", 'unlikely to be able', 'not certain we can', 'not doable', "isn't doable", 'not feasible',
    "isn't feasible", 'not realistic', "isn't realistic",
    'tricky to', 'tricky for us', 'tricky for me', 'prefer not to', "won't work for us", "doesn't work for us",
    "won't work for me", "doesn't work for me", 'not going to work', 'not going to be possible', 'have to say no', 'must say no', 'say no to',
    // The cost left with the customer: "the reprint would be at your cost".
    'at your cost', 'at your own cost', 'at your expense', 'at your own expense',
    'have to pass on', "i'll have to pass", "we'll have to pass", 'turn down', 'turning down', 'turn you down', 'turning you down', 'slot is taken', 'slot is gone',
    'date is taken', 'date is gone', 'already taken', 'already gone', 'is taken by', 'are taken by', 'is already booked',
    'taken already', 'difficult for me to', 'hard for me to', 'difficult to fit', 'hard to fit',
    'hard to squeeze', 'difficult to squeeze', 'no way to fit', 'no room in', 'no space in',
    // A free extra cut off: "No more free changes.", "won't be done free of charge".
    'no more free', 'no further free', 'no more changes', 'no further changes', 'no more revisions', 'no further revisions',
    'no more rounds', 'no further rounds', 'no more edits', 'no further edits', 'not be done free', "won't be done free",
    // A price held against a discount request: "My rates are (usually) fixed".
    // ("The price is fixed at $12 per class" only states a price.)
    'rates are fixed,', 'prices are fixed,', 'price is fixed,', 'rates are fixed.', 'prices are fixed.', 'price is fixed.',
    'rates are usually fixed',
    'prices are usually fixed', 'rates are generally fixed', 'prices are generally fixed', 'rates are set', 'prices are set',
    'invoice is correct', 'charge is correct', 'bill is correct', 'amount is correct', 'fee is correct', 'price is what it is', 'price is final', 'prices are final', 'price is firm', 'prices are firm', 'rates are firm',
    // A plain no in other words: "a 24-hour turnaround is a no from us".
    'a no from us', 'a no from me', 'is a no', "it's a no", "that's a no", 'a no-go', 'a non-starter', 'but no.', 'but no,',
    'the answer is no', 'answer is still no', 'still a no', 'no sunday', 'no saturday', 'no weekend', 'no evening',
    // A complaint's blame turned down: "Not our fault.", "we aren't responsible for".
    'not our fault', 'not my fault', 'not a fault', "isn't a fault", 'not our responsibility', 'not my responsibility', 'not responsible for',
    // A request judged unfair to grant: "I don't think it would be right for us to redo it for free".
    "wouldn't be right for us", 'would not be right for us', "wouldn't be fair for us", 'think it would be right', 'think it would be fair',
  ],
  /** Right before a decline phrase, these mean the refusal is not ours ("you can't", "we won't have to"). */
  declineExceptions: [
    "can't wait", "can't thank", "can't recommend", "won't have to", "don't have to", "don't hesitate", "don't worry",
    "won't happen", "doesn't happen", "not be lost", 'not lost', "don't need", "won't need", 'not need', 'no need',
    "can't apologise", "can't apologize", "isn't what you", 'not what you', "won't hold", "won't think",
    "don't know", "can't work out", "can't get over", "can't get enough", "can't get hold of", "can't get through",
    // A timetable, not a refusal: "Doors don't open until 6:30".
    "don't open until", "doesn't open until", 'do not open until', 'does not open until', "won't open until", "aren't open until",
    "isn't open until", 'not open until',
    // "We do not accept being shouted at" sets a rule about conduct; it declines no request.
    'accept being', 'accept abuse', 'accept abusive', 'accept rude', 'accept rudeness', 'accept shouting', 'accept swearing',
    'accept threats', 'accept insults', 'accept that kind of', 'accept this kind of',
  ],
  /** Declines whose subject is the thing asked for ("they fall outside the free rounds"), never someone else's refusal. */
  declinesOfThings: ['fall outside', 'falls outside', 'fell outside', 'falling outside'],
  /** Subjects that make a negation the customer's, not the business's. */
  otherSubjects: ['you', 'they', 'he', 'she'],
  terminations: [
    'no longer be working',
    'end our', 'end its', 'ending our', 'end the service', 'end your', 'terminate', 'terminating', 'termination', 'not renew', 'not be renewing',
    'not to renew', 'not to continue', 'not to extend', "won't renew", "won't be renewing", 'is cancelled', 'is canceled', 'are banned',
    'is terminated', 'will be terminated', 'stop editing', 'stop working', 'stop providing', 'stop serving', 'stop supplying',
    'stop delivering', 'stop walking', 'stop cleaning', 'stop coaching', 'stop teaching', 'stop tutoring', 'stop training',
    'stop taking bookings', 'stop taking your bookings', "we're ending this", 'we are ending this', 'ending things',
    'part ways', 'parting ways', 'close your account', 'closing your account', 'cancel your membership',
    'separate ways', 'not to carry on', 'not to keep going', 'to close the account', 'closing the account', 'closed the account', 'bookings have been cancelled',
    'bookings have been canceled', 'bookings are cancelled', 'bookings are canceled',
    'discontinue', 'discontinuing', 'step back from', 'step away from', 'stop managing', 'wind down', 'winding down',
    // A recurring service stopped: "stop the daily pastry delivery", "end the weekly sessions".
    'stop his', 'stop her', 'stop the daily', 'stop the weekly', 'stop the fortnightly', 'stop the monthly', 'stopped the weekly', 'stopped the fortnightly', 'stop the regular', 'stop the delivery',
    'stop the deliveries', 'stop the service', 'stop our service', 'stop your service', 'stop the retainer', 'stop the contract',
    'stop the subscription', 'cancel your subscription', 'cancelling your subscription', 'canceling your subscription',
    'cancel your account', 'close my books', 'closing my books', 'end the lease', 'ending the lease', 'ending the service',
    'end the arrangement', 'ending the arrangement', 'end the partnership', 'ending the partnership', 'let you go as a',
    'letting you go as a', 'go our separate ways', 'going our separate ways', 'parting company', 'no longer able to take',
    'no longer be taking', 'no longer accept bookings', 'no longer accepting bookings', 'no longer be able to work',
    'no longer able to work', 'end the weekly', 'end the monthly', 'end the contract', 'end the agreement', 'end the retainer',
    'ending the contract', 'ending the agreement', 'cancel the contract', 'cancel our contract', 'cancel your contract',
    'cancel the retainer', 'cancel the agreement',
    'lessons end on', 'lessons will end', 'sessions end on', 'sessions will end', 'service will end', 'our service ends',
    'your service ends', 'services will end', 'will end on',
    // Looking after something for the customer stops: "stop looking after the shop's Instagram".
    'stop looking after', 'stop hosting', 'stop maintaining', 'stop handling', 'stop servicing', 'stop caring for',
    'stop taking care of', 'stop doing your', 'stop doing the', 'stop running your', 'stepping back from', 'stepping away from',
    'call it a day', 'calling it a day', 'call time on', 'bring an end to', 'bring to an end', 'my last season', 'my final season',
    'our last season', 'our final season', 'arrangement to an end', 'contract to an end', 'agreement to an end',
    'service to an end', 'services to an end', 'partnership to an end', 'cancelling your remaining', 'cancel your remaining',
    'cancelling all future', 'cancel all future', 'cancelling your future', 'cancel your future', 'cancelling all your',
    'cancel all your', "we're done.", 'we are done.', "we're done here", 'we are done here',
    'no more work for you', 'any more work for you', 'any further work for you', 'any more jobs for you',
    'taking on further work', 'take on further work', 'taking on any further work', 'take on any further work',
    'taking on more work', 'take on more work', 'further work for',
    // A run of lessons or a service that stops: "Saturday lessons are finishing for the season".
    'coming to an end', 'come to an end', 'finishing for the', 'wrapping up for the', 'lessons are finishing',
    'classes are finishing', 'sessions are finishing', 'lessons are ending', 'classes are ending', 'sessions are ending', 'month working together', "i'm retiring", 'be my last month', 'be our last month',
    // The last of a run, "together": "This will be our last order together".
    'last order together', 'final order together', 'last season together', 'final season together', 'last booking together',
    'last job together', 'last project together', 'last month together', 'last year together', 'last term together',
    'last delivery together', 'last session together', 'last lesson together', 'last visit together',
    // The last one "with me", "for the last time on" a date, a retirement idiom: "Kemi's final lesson with me".
    'final lesson with', 'last lesson with', 'final session with', 'last session with', 'final class with', 'last class with',
    'final visit with', 'last visit with', 'for the last time on', 'for the last time this', 'for the last time next',
    'hang up my', 'hanging up my', 'closing down', 'closing our doors', 'shutting down the business', 'closing the business',
  ],
  /** "This will be our last order together": the last piece of work, said to the customer (understand/acts.ts). */
  lastTimes: ['order', 'delivery', 'session', 'job', 'booking', 'project', 'visit', 'clean', 'shoot', 'lesson', 'class', 'contract']
    .flatMap((work) => [`last ${work}`, `final ${work}`]),
  /** Up to two words before it, what makes it the one that ends: "will be our last order". */
  lastTimeHeads: ['be', 'is'],
  /** Whom that last piece of work is for. */
  lastTimeOwners: ['together', 'with us', 'with you', 'for you', 'your', 'our'],
  /** A seasonal cut-off is no ending: "this is our last delivery before Christmas". */
  lastTimeExceptions: ['before', 'this year', 'of the year', 'this month', 'this week', 'of the season'],
  /** "No longer" before one of `tradeVerbs` ends the service ("we will no longer provide support"). */
  noLongerAble: ['no longer'],
  /** Between `noLongerAble` and the work: "we will no longer be able to offer…". */
  noLongerFillers: ['be able to', 'be', 'really'],
  /** The trade's own work, which `noLongerAble` stops. */
  tradeVerbs: ['provide', 'work', 'serve', 'offer', 'continue'],
  /**
   * A run of the service stopped: "I'll be stopping my visits to the yard", "we're stopping
   * wholesale", "ending the weekly cleans". Progressive and future forms only: "we end our
   * sessions with a cool-down" is a habit.
   */
  runEnders: ['stopping', 'ending', 'to stop', 'to end', 'will stop', "we'll stop", "i'll stop", 'will end', "we'll end", "i'll end"],
  runFillers: [
    'my', 'our', 'your', 'the', 'all', 'his', 'her', 'their', 'weekly', 'monthly', 'fortnightly', 'regular', 'daily', 'group', 'private', 'wholesale',
    // The trade named before the run: "ending the cleaning contract".
    'cleaning', 'gardening', 'garden', 'support', 'hosting', 'delivery', 'catering', 'service', 'website', 'bookkeeping', 'walking',
    'window', 'lawn', 'pool', 'current', 'existing', 'rental', 'hire', 'lease',
  ],
  runs: [
    'visits', 'rounds', 'wholesale', 'lessons', 'sessions', 'classes', 'walks', 'cleans', 'supply', 'deliveries', 'service',
    'services', 'subscription', 'retainer', 'maintenance', 'coaching', 'tutoring', 'grooming', 'appointments', 'orders',
    'contract', 'agreement', 'arrangement',
  ],
  /**
   * The customer's own service stopped "anymore": "I won't be doing your windows anymore". A
   * negation, the customer's name for it within a few words, then the tail.
   */
  endedForCustomer: {
    negators: ["won't be", 'will not be', "i'm not", "we're not", 'am not', 'are not'],
    // A visit to the customer's place stopped: "I won't be coming out to Longmeadow any more".
    served: ['your', 'you', 'coming', 'visiting'],
    tails: ['anymore', 'any more', 'any longer'],
    /** After one of `tradeVerbs` and the customer: "we will not serve you again". */
    againTails: ['again'],
  },
  /** Verbs a negation turns into ending service ("will not renew", "tidak akan kami perpanjang"). */
  terminationObjects: [
    'renew', 'renewing', 'continue', 'continuing', 'extend the contract', 'extend your contract',
    // "won't be renewed", "decided not to carry on with your plan".
    'renewed', 'continued', 'carry on', 'carrying on', 'keep going with',
    // "I'm not training you anymore", "we won't be working with you after May".
    'training you', 'coaching you', 'teaching you', 'tutoring you', 'working with you', 'working for you', 'cleaning for you',
    'supplying you', 'serving you', 'taking your bookings', 'take your bookings', 'take bookings from you', 'take further bookings', 'taking further bookings',
    'accept further bookings', 'accepting further bookings',
    // "We won't be looking after the site after May."
    'looking after', 'hosting your', 'maintaining your', 'taking any further bookings', 'take any further bookings',
    'taking any more bookings', 'take any more bookings',
    // "I won't be able to keep walking Bailey after May."
    'keep walking', 'keep cleaning', 'keep doing', 'keep working', 'keep looking after', 'keep teaching', 'keep coaching',
    'keep hosting', 'keep supplying', 'keep delivering', 'keep managing', 'keep training', 'keep tutoring',
    // "I won't be having you back in the group class."
    'having you', 'book you in anymore', 'have you back', 'welcoming you back', 'welcome you back',
  ],
  rules: [
    'from now on', 'going forward', 'policy', 'policies', 'working hours', 'office hours', 'opening hours', 'business hours',
    'rule', 'rules', 'paid before', 'be paid', 'payment terms', 'deposit', 'on time', 'please note', 'terms and conditions',
    'in advance', 'up front', 'upfront', 'at the latest', 'should come to me', 'closing the doors', 'stop messaging', 'from next week', 'from next month',
    'starting next', 'will be charged', 'charged in full', 'agreement', 'pay within', 'paid within', 'pay invoices', 'payment within', 'notice',
    'not accept being', "don't accept being", 'not tolerate', "don't tolerate", "won't tolerate", 'not be tolerated',
    "won't be tolerated", 'zero tolerance', 'will be banned',
    // A price rise announced: "Prices go up to £60 from May".
    'prices go up', 'price goes up', 'prices are going up', 'price is going up', 'prices will go up', 'price will go up',
    'prices rise', 'prices will rise', 'price increase', 'new prices', 'new rates',
    "we're closed on", 'deposits', 'will incur', 'late fee', 'late fees', 'cancellation fee', 'we ask that', 'i ask that', 'to ask that', 'i ask for', 'we ask for', 'is closed on', 'are closed on',
    // When the customer may get in touch: "keep messages to daytime hours", "didn't message after 9".
    // Stated house rules: "A reminder that the door locks at 7 pm", "missed classes can't be made up".
    'a reminder that', 'no exceptions', "can't be made up", 'cannot be made up', 'locks at', 'doors close at', 'door closes at',
    'doors lock at', 'walk-ins', 'walk-in', 'opens', 'closes',
    "didn't message", 'not message', "don't message", "didn't call", "didn't text", 'not to message', 'not to call',
    "don't reply to messages", "don't answer messages", 'do not reply to messages', 'do not answer messages',
    'messages on weekends', 'messages at weekends', 'messages at the weekend', 'reply on weekends', 'answer on weekends',
    'keep messages', 'keep calls', 'keep texts', 'keep contact to', 'message after', 'messages after', 'messaging after',
    'text after', 'texts after', 'texting after', 'call after', 'calls after', 'calling after', 'emails after',
    'daytime hours', 'contact hours', 'out of hours', 'outside hours', 'outside of hours', 'after hours',
    'get charged', 'gets charged', 'must be made', 'need to be made', 'needs to be made', 'is due by',
    'are due by', 'no later than', 'charge for late', 'start charging', 'starting to charge', 'full rate',
    'payments could be made', 'payment could be made', 'payments should be made', 'payment should be made',
    // Lateness and when work is sent: "If you arrive late, …", "keep edit requests to weekdays".
    'arrive late', "if you're late", 'late arrival', 'late arrivals', 'no-show', 'no-shows',
    'to weekdays', 'on weekdays', 'weekdays only', 'surcharge',
    // What is taken only on terms, and how the terms changed: "we only take orders placed by the 20th", "the food leaves once it's paid".
    'we only take', 'we only accept', 'we only book', 'we only ship', 'we only deliver', 'i only take', 'i only accept', 'i only book',
    'now only take', 'now only accept', 'will only take', 'will only accept', 'will only book',
    'once paid', "once it's paid", 'once it is paid', 'until paid', "until it's paid", 'change to how', 'changes to how',
    // Who or what a thing is for now, and how the work goes: "Saturday classes will now be for members only".
    'members only', 'only for members', 'residents only', 'adults only', 'by appointment only',
    'on the same page', 'how i work', 'how we work',
  ],
  /** Courtesies that hold a rule word and set no rule. */
  ruleExceptions: ['apologies in advance', 'thanks in advance', 'thank you in advance', 'sorry in advance', 'apologise in advance', 'apologize in advance'],
  /** Before a rule word in its clause, no rule is set: "No need to send the slides in advance". */
  noNeed: ['no need', "don't need to", "don't have to", "needn't"],
  /** A sentence that opens on one of these and a date states a rule from then: "From Saturday 5 July, tables are…". */
  datedRuleOpeners: ['from', 'starting', 'as of', 'beginning', 'effective'],
  /** Calendar words that make that opener a date (digits count too). */
  calendarWords: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
    'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'the 1st', 'next term', 'next season',
  ],
  /** A rule that holds from a point in time ("from next month"): a decline in its sentence sets a boundary. */
  ruleStarts: [
    'from now on', 'going forward', 'moving forward', 'from next week', 'from next month', 'starting next week',
    'starting next month', 'as of next month', 'effective from', 'as a reminder', 'just a reminder', 'a reminder that',
    'a quick reminder', 'a friendly reminder', 'a gentle reminder',
    'from the start of', 'from the beginning of', 'from next term', 'from the new term', 'starting next term', 'from next season',
  ],
  /** Offers of something else: "we can", "instead", "options". Concrete when a detail follows. */
  offers: [
    'we can', 'i can', 'we could', 'i could', "we'd be happy", "i'd be happy", 'happy to',
    "i'd suggest", 'i would suggest', "we'd suggest", 'we suggest', 'i suggest', "i'd recommend", 'we recommend', 'i recommend',
    'what i would', "what i'd", "what we'd", 'if you would like', "if you'd like", 'if you like', 'if you want',
    'if you need', 'if you prefer', "if you'd prefer", 'you might find', 'you may find', 'you could', 'reply with',
    "we'll", 'we will', "i'll", 'i will', 'can also', 'is available', 'extra', 'additional', 'upgrade', 'add-on',
    'the earliest', 'next available', 'pencilled you in', 'penciled you in', 'booked you in', 'just confirm', 'glad to', "i'd be glad", "we'd be glad", 'still have', 'hold it for you', 'hold the date', 'let me know which',
    'best price', 'lowest price', 'is free', 'are free', 'will be free', 'on the house', 'is on us', 'complimentary',
    'smaller', 'cheaper', 'simpler', 'shorter', 'lighter', 'a basic', 'how about', 'would you like', 'we are able to',
    "we're able to", 'able to offer',
    // A free slot put forward: "I have a slot on the 22nd at 10am if that suits".
    'is doable', 'is possible', 'works for me', 'works for us', 'still available', 'still free', 'still open', 'if that would work',
    'if that would suit', 'if that would help', 'wide open', 'any day', "if that's any good", 'if that is any good', 'has room', 'have room for', 'has space', 'pencil that in',
    'pencil you in', 'shall i', 'i have a slot', 'we have a slot', "there's a slot", 'there is a slot', 'i have an opening', 'we have an opening',
    'have space on', 'have room on', 'if that suits', 'if that works', 'would that work', 'does that work',
    "you're welcome to", 'you are welcome to', 'feel free to', 'happy for you to', 'if it helps', 'if that helps',
    'is open',
    'we do have', 'i do have', 'any weekday', 'any other day', 'another day', 'a different day', 'another date',
    // Another business that does it, or the plan the customer moves to: "The hire shop rents projectors from $25".
    'rents', 'hires out', 'hire shop', 'sells', 'stocks', 'specialises in', 'specializes in', 'will move to',
    'will be moved to', 'will switch to', 'will be switched to', 'will carry over',
    // A time put as a question: "monday first thing ok?".
    'ok?', 'okay?', 'alright?', 'any good?', 'would suit',
    // What we already arranged instead: "so we've booked the Friday before".
    "we've booked", 'we have booked', "i've booked", "we've moved", "we've scheduled", "i've scheduled", "we've arranged",
    "i've arranged", "we've rebooked", "i've rebooked",
    'a different date', 'other dates', 'work for you', 'works for you', 'suit you', 'suits you', 'would you prefer',
    // A faster or bigger option for a fee: "or 3 days with the express fee of $50".
    'express fee', 'express service', 'express option', 'express delivery', 'express turnaround', 'rush fee', 'priority fee',
    'priority service',
    // A path that depends on the customer's step: "If your vet gives the vaccine this week, …".
    'if your', 'once you', 'once your', 'as soon as you', 'as soon as your', 'booking stays', 'keep your booking',
    // Another branch does it, or how the customer settles: "our unit in town does the same valet for £45".
    'does the same', 'do the same', 'also does', 'you can pay', 'can be paid', 'please pay', 'is attached',
    // Another size at its price: "For thirty guests it would be £1,250".
    'would be', "it'd be", 'would cost',
    // What is left, offered as a question or a perk: "Thursday has two tables left for 8pm, want one?".
    'tables left', 'spaces left', 'slots left', 'places left', 'spots left', 'seats left', 'rooms left', 'dates left',
    'want one?', 'want it?', 'want them?', 'fancy it?', 'gets you', 'get you a', 'same day',
    // Room in another group, the booking moved, others who hire the thing, the step that keeps it.
    "there's a spot", 'there is a spot', "there's space", 'there is space', "there's room", 'there is room', "there's a place",
    'there is a place', 'can move to', 'can be moved to', 'can switch to', 'can transfer to', 'can be transferred to',
    'hire them', 'rent them', 'hire one', 'rent one', 'sell them', 'stock them', 'keeps the booking', 'keeps your booking',
    'keeps your place', 'holds your place', 'holds the booking', 'secures your',
  ],
  /** An indefinite subject opening a priced sentence: a kind of thing on offer ("A solo walk is £18."). */
  kindOpeners: ['a', 'an'],
  /** A first word ending so names a service as a kind too: "Straightening it is £15." */
  kindSuffixes: ['ing'],
  /** Before an offer word, work already done offers nothing new ("we already sent the proof"). */
  done: ['already'],
  /** A next sentence opened by these narrates: the "offer" before it was done ("We shipped it on 3 June. It then sat…"). */
  sequels: ['it then', 'then it', 'after that', 'but then', 'it was then'],
  /** Words of the future that keep such an offer an offer. */
  futures: ['will', "'ll", 'tomorrow', 'next', 'soon', 'can', 'could'],
  /** Offer words that offer nothing here: a comparison ("back on Tuesday instead of Monday"). */
  offerExceptions: ['instead of'],
  /** Offers that stand without a concrete detail. */
  strongOffers: [
    'instead', 'in its place', 'last invoice', 'options', 'option', 'alternative', 'alternatively', 'here are', 'here is how',
    'refer you', 'referral', 'recommend', 'final invoice', 'hand over', 'handover', 'hand-over', 'handed back', 'hand back',
    'will refund', 'prorated', 'pro-rata', 'credit', 'voucher', 'last clean', 'last session', 'last lesson',
    'last visit', 'last scheduled', 'last delivery', 'last appointment', 'last class', 'final visit', 'final session', 'final delivery',
    'last day of service', 'service ends on', 'will be returned', 'return your',
    // Closing steps when ending service: files, money and access handed back.
    'handed over', 'will be handed', 'send everything', 'pass everything', 'will be transferred', 'transfer the', 'your files', 'all files', 'all the files',
    'final payment', 'final bill', 'final lesson', 'final class', 'last walk', 'refunded', 'be refunding', 'will be credited',
    'paid back', 'pay you back', 'reimbursed', 'will reimburse',
    // A fee let go or money put on the account is the remedy itself: "We've waived the fee this time".
    'waived', 'credited',
    // Referrals to another business.
    'you could try', 'you might try', 'you could contact', 'you could ask', 'might be able to help',
    'may be able to help', 'could help you', 'worth getting in touch', 'worth contacting', 'worth asking', 'worth a try',
    'get in touch with them', 'get in touch with her', 'get in touch with him', 'contact them', 'give them a call',
    'give her a call', 'give him a call', 'their number', 'her number', 'his number', 'their website', 'her website',
    'his website', 'their site', 'her site', 'his site',
    // Someone local who takes the work over: "my colleague Owen Price covers your area".
    'covers your area', 'cover your area', 'works in your area', 'work in your area', 'based near you',
    'have space', 'have availability', 'has availability', 'taking on new', 'taking new clients', 'taking new customers',
    'passed on her notes', 'passed on his notes', 'passed on their notes', 'passed on your notes', 'passed on your details', 'passed your details',
    // Someone else who does the very thing: "my friend Ruth at Clearword does exactly this".
    // Money already on its way back, papers sent: "The remaining £140 went back to your card this morning".
    'back to your card', 'back on your card', 'returned to your card', 'back to your account', "i've attached", 'i have attached',
    "we've attached", 'we have attached',
    'chase them', 'chase it up', 'chase the courier', 'follow it up with', 'follow up with them',
    'does exactly this', 'does exactly that', 'do exactly this', 'do exactly that', 'does just this', 'does this kind of',
    'does that kind of', 'does this sort of', 'does that sort of',
    // A remedy the customer can apply: "here's how to fix it", "you can fix it easily".
    "here's how", 'how to fix', 'you can fix', 'an easy fix', 'a quick fix',
    // Paying differently: "we can split the payment over two months".
    'split the payment', 'split the cost', 'split the bill', 'payment plan', 'pay in instalments', 'pay in installments',
    // Suggestions and introductions to someone else: "You might find a primer helps", "pass on their details".
    'you might find', 'you may find', 'you might want to', 'you may want to', 'could advise', 'can advise', 'put you in touch',
    'put you in contact', 'introduce you', 'another way', 'pass on their', 'pass on the details', 'pass on details', 'pass on a couple',
    'pass on some', 'contact details', 'their details',
    // The alternative announced: "What I can do is …", "What does work: …".
    'what i can do', 'what we can do', 'what i can offer', 'what we can offer', "what i'm able to", "what we're able to",
    'what does work', 'what would work', 'what we can manage', 'meet you halfway', 'meet halfway', 'in the middle on', 'split the difference',
    'last direct debit', 'final direct debit', 'last payment', 'last charge',
    'final order', 'last order', 'final box', 'last box', 'final shipment', 'last shipment', 'final clean', 'final appointment',
    'will be the last one', 'is the last one',
    // What others choose, a perk, a swap, the quickest we can: "Most customers with a wider wall go for two large prints".
    'most customers', 'most people go for', 'many customers', 'a lot of customers', 'most clients', 'most couples',
    'thrown in', 'swap it for', 'swap it now for', 'swap them for', 'exchange it for', 'exchange them for', 'or swap',
    'the quickest i can', 'the quickest we can', 'the fastest i can', 'the fastest we can', 'the soonest i can', 'the soonest we can',
    // The account settled as the closing step: "your deposit covers the slot, so we're square".
    "we're square", 'we are square', "we're even", 'we are even', 'nothing more to pay', 'nothing else to pay', 'nothing further to pay',
    'nothing more is owed', 'nothing is owed', 'nothing owed', "you don't owe", 'you do not owe', 'you owe nothing', 'owe us nothing',
    'owe me nothing', 'account is settled', 'account is clear', 'all settled', 'fully settled', 'settles the account', 'settles your account',
    'nothing outstanding',
  ],
  /** Details that make an offer concrete (digits count too). */
  concrete: [
    'free', 'today', 'tomorrow', 'next week', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'package', 'plan', 'add-on', 'upgrade', 'diagnostic', 'clip', 'discount', 'version', 'design', 'refund', 'session',
    'appointment', 'visit', 'call', 'delivery', 'deliveries', 'slot', 'booking', 'voucher', 'credit', 'invoice',
    'same day', 'january', 'february', 'march', 'april', 'in may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'next month', 'this week', 'weekend', 'swap', 'exchange', 'something else', 'another one', 'a friend', 'someone else', 'instalments', 'installments', 'room', 'table', 'morning', 'afternoon', 'evening', 'rebook', 'reschedule', 'price', 'quote',
    // Papers put forward as the next step: "I can send the full set list from the night".
    'list', 'receipt', 'breakdown', 'copy', 'photos', 'report', 'recording', 'samples', 'swatches', 'timesheet', 'care sheet', 'guide',
  ],
  /** Offers too vague to be a next step. */
  vague: ['maybe next time', 'next time perhaps', 'another time maybe', 'sort something out', 'figure something out', "we'll see", 'at some point', 'we could try', 'i could try', 'try our best', 'do our best', 'see what i can do', 'see what we can do', 'get back to you', 'some other time', 'maybe later', 'where we can', 'sometime soon', 'down the line', 'in due course'],
  apologies: [
    'sorry', 'apologise', 'apologize', 'apologised', 'apologized', 'apologising', 'apologizing', 'apology', 'apologies',
    'we regret', 'i regret', 'regret to', 'regrettably', 'my bad', 'forgive me', 'forgive us', 'pardon',
  ],
  /** Before a grovel phrase, a future we avoid: "I'd rather not promise and then let you down": a letdown avoided, not owned. */
  hypotheticalLeads: ['then', 'than', 'later'],
  /** Thanks a grovel-like intensifier belongs to: "thank you from the bottom of our hearts". */
  gratitudeHeads: ['thank', 'thanks', 'grateful', 'gratitude'],
  /** Grovelling: self-abasement, begging, taking blame wholesale. */
  grovels: [
    'feel terrible', 'feel awful', 'feel horrible', 'feel so bad', 'feel really bad', 'feel absolutely terrible', 'feel dreadful',
    'please forgive', 'please, please forgive', 'hope you can forgive', 'forgive me', 'forgive us', 'all our fault', 'all my fault',
    'disappointed in me', 'disappointed in us', 'hold it against', 'think badly of', 'letting you down', 'let you down',
    "don't know how to apologise", "don't know how to apologize", "can't apologise enough", "can't apologize enough",
    'apologise enough', 'apologize enough', 'i really am', 'so, so sorry', 'beg your', 'we are ashamed', "i'm ashamed",
    'never want to book with us again', 'so ashamed', 'unforgivable', 'so embarrassed', 'i am embarrassed', "i'm embarrassed",
    'mortified', 'sincerest apologies', 'deepest apologies', 'most sincere apologies', 'humbly apologise', 'humbly apologize',
    'devastated', 'beyond sorry', 'forgive myself', 'forgive ourselves', 'hate to say no', 'hate to disappoint',
    // Begging not to be disliked, and feeling ill over it: "please don't hate me", "I feel sick writing this".
    "don't hate me", "don't hate us", 'do not hate me', 'do not hate us', "please don't be angry", 'feel sick writing', 'feel sick saying',
    'feel sick having to', 'feel sick about', 'sick to my stomach', 'so so sorry', 'so so so sorry', 'hate myself', 'feel like a failure', 'feel like an idiot',
  ],
  /** Only these between an apology and a policy word: the apology opens a statement ("maaf ya kak harga udah pas"). */
  openerWords: ['mate', 'folks', 'guys', 'all', 'buddy', 'hun', 'love', 'pal', 'everyone'],
  /** Right after an apology, these time it and name no policy: "Sorry in advance for the long email". */
  courtesyObjects: ['in advance'],
  /** Policy objects that are our own act, so the apology is for it even right after a particle ("maaf ya harus minta DP"). */
  policyActs: ['having to', 'have to ask', 'have to charge', 'need to charge', 'to bother you', 'to be a pain', 'to nag', 'to chase'],
  /** An apology's object that is the policy or decision itself. */
  policyObjects: [
    'policy', 'policies', 'rule', 'rules', 'terms', 'decision', 'price', 'prices', 'fee', 'fees', 'deposit',
    'having to', 'have to ask', 'to bother you', 'in advance', 'our hours',
    'have to charge', 'need to charge', 'to be a pain',
    'being a pain', 'to nag', 'to chase', 'chasing',
  ],
  /** Our own work named wrong: "we got the flavour wrong", "I wrote your name wrong". */
  ourWorkWrong: {
    heads: ['we got', 'i got', 'we wrote', 'i wrote', 'we printed', 'i printed', 'we spelled', 'we spelt', 'i spelled', 'i spelt', 'we had', 'we put', 'i put'],
    tails: ['wrong'],
  },
  /** The business admits its own mistake. */
  faultAdmissions: [
    'our mistake', 'my mistake', 'our error', 'my error', 'our fault', 'my fault', 'we made a mistake', 'i made a mistake',
    'we should have', 'i should have', 'team should have', 'crew should have', "you're right", 'you are right', 'we messed up', 'i messed up', 'we got it wrong',
    'that is on us', "that's on us", "that one's on us", 'that one is on us', 'we dropped the ball', "we're running late", "it's running late", 'is running late', 'we are running late', 'we were running late', "i'm running late", 'i am running late', 'i was running late', 'we missed the deadline', 'our oversight',
    'we forgot', 'i forgot', 'instead of the', 'we let you down', 'for the mistake', 'for the error',
    // Running short: "we did run out of oat milk by about 11".
    'we did run out', 'we ran out of', "we'd run out", 'we had run out', 'i ran out of', 'i did run out',
    'for the mix-up', 'our mix-up', 'for the mix up', 'our mix up',
    // The work itself owning what went wrong: "the parcel should have gone to 41", "they should have been cut at 228 cm".
    'they should have been', 'should have gone to', 'should have been sent', 'should have been delivered',
    'should have been ready', 'should have been done', 'corrected invoice', 'corrected bill', 'corrected receipt',
    'refunded the difference', 'for flagging', 'for pointing that out', 'for pointing this out',
    'was careless', 'were careless', 'our carelessness', 'mistake on our end', 'mistake on our side', 'error on our end',
    'error on our side', 'fault on our side', "shouldn't have happened", 'should not have happened', 'we made an error',
    'i made an error', 'charged you twice', 'charging you twice', 'double-charged', 'double charged', 'overcharged',
    'overcharging', 'we sent the wrong', 'we packed the wrong', 'we delivered the wrong', 'i sent the wrong', 'packing mistake', 'packing error',
    // Something of the customer's lost, or the work late: "we cannot find your roll", "we're running behind".
    'we lost your', 'booking was lost', 'order was lost', "we've lost", 'we have lost', 'cannot find your', "can't find your", "we've misplaced", 'we misplaced',
    'running behind', 'behind schedule', 'fallen behind', 'entirely on us', 'all on us', 'our slip', 'for spotting that', 'for catching that', 'good catch', "we didn't catch", "i didn't catch",
  ],
  /**
   * "You're right that the waiting charge wasn't in the first quote": a fact conceded, not a fault,
   * when the draft goes on to cite what the customer agreed to.
   */
  concessions: ["you're right that", 'you are right that', "you're right to say", "you're correct that", 'you are correct that', "you're right in saying"],
  /**
   * A redo at our cost, with nothing declined and nothing agreed cited, answers our own mistake
   * though no admission is spelled out: "I'll remake both panels at the right length at no charge".
   */
  redos: [
    'remake', 're-make', 'redo', 're-do', 'reprint', 're-print', 'resend', 're-send', 'replace', 'refit', 're-fit', 'recut',
    're-cut', 'reshoot', 're-shoot', 're-clean', 'reclean', 'come back and', 'send a new', 'send another', 'fix it', 'a new one',
    'be back', 'come back', 'put it right', 'put that right',
  ],
  freeOfCharge: [
    'at no charge', 'free of charge', 'no charge', 'at no cost', 'at no extra cost', 'for free', 'free', 'on us', 'on the house', 'at our cost',
    'at our expense', 'nothing to pay', 'no cost to you',
  ],
  /** Before an admission, these leave it open: "maybe we should have" admits nothing. */
  admissionHedges: ['maybe', 'perhaps', 'might', 'possibly'],
  /** Signals that the draft answers a complaint rather than a request. */
  complaintSignals: [
    'letting us know', 'sorry to hear', 'your message about', 'your message regarding', 'your email about', 'your email regarding',
    'complaint', 'stopped working', 'disappointed with', 'frustrating', 'unhappy', 'not happy', 'replacement', 'warranty',
    'guarantee', 'refund', 'waiving', 'waive', 'we missed', 'went wrong', 'expecting', 'what you pictured', 'sorry about', 'frustration', 'upset', 'damaged',
    'broken', 'not working', 'cut short', 'for flagging', 'for pointing that out', 'for pointing this out', 'not what you want to hear', 'not what you wanted to hear', 'for the hassle',
    // The customer's point conceded, or the damages they ask us to cover.
    "you're right that", 'you are right that', "you're correct that", 'you are correct that', 'compensation', 'compensate',
    'be paying for', 'pay for the damage', 'cover the cost of',
    // Weighing the customer's grievance: "I think that's fair", "if you feel it's too much", "did anything wrong".
    'sorry if it', 'sorry if you', 'sorry if the', 'hope that makes sense', 'hope that explains', 'hope this explains', 'hope that clarifies',
    "that's fair", 'is fair', 'seems fair', 'was fair', 'too expensive', 'did anything wrong', 'did something wrong',
    'what else to say', 'tastes different', 'taste different', 'tasted different', 'looks different', 'looked different',
    // A wait complained of: "Sorry for the wait", subject "Still waiting for our photos".
    'for the wait', 'for the delay', 'still waiting', 'fair question',
    'for the trouble', 'the inconvenience', 'that this happened', 'what happened', 'getting in touch about',
    // What the customer's pictures show: "From your photos, …".
    'refunding', 'your photo', 'your photos', 'the photo', 'for the photos', 'before and after photos',
    // The outcome explained as normal, or what would not have happened: "Ratings move up and down, and that is normal".
    'is normal', "that's normal", 'perfectly normal', 'completely normal', 'quite normal', "wouldn't have happened", 'would not have happened',
    'what else you want me to say', 'what else you want us to say',
    // A charge kept after a dispute: "So the invoice total stays as it is."
    'stays as it is', 'remains as it is',
    // What went wrong with the thing itself: "linen shrinks a little", "the colour faded".
    'shrink', 'shrinks', 'shrank', 'shrunk', 'faded', 'fading', 'stained', 'scratched', 'cracked', 'torn', 'ripped', 'leaking', 'peeling',
    'you describe', 'you described', 'you noticed', 'you reported', 'you spotted', 'not our fault', 'not my fault', "i've checked", "we've checked", 'sorry you felt', 'annoying', 'disappointing', 'deduction', 'deducted', 'redoing', 'a fault',
  ],
  /** Everyday words beyond the function words, the language detector's extra evidence. */
  languageWords,
  /** A reply's subject that names a grievance: "Re: Why was I charged?", "Re: Wrong colour". */
  complaintSubjects: [
    'why', 'wrong', 'missing', 'charged', 'overcharged', 'damaged', 'broken', 'complaint', 'problem', 'not happy', 'unhappy',
    'disappointed', 'still waiting', 'never arrived', 'not arrived', "hasn't arrived", '??', '?!',
    // A charge disputed: "Re: Cleaning charge on hire CV-118", "Re: Late fee".
    'charge', 'fee', 'deduction', 'deducted',
  ],
  /** Words that say the business kept to what was agreed. */
  rightEvidence: [
    'you signed', 'as agreed', 'you picked', 'as it says', 'says so on', 'label says', 'card says', 'tag says', 'as booked', 'you accepted', 'agreed in writing', 'confirmed by you', 'shown at booking', 'as stated', 'our terms', 'the form you signed',
    'you approved', 'you signed off', 'you confirmed', 'you agreed to', 'you ticked', 'you chose', 'you selected', 'you ordered',
    // The written terms or what was explained at the time: "As set out in the hire agreement", "As I explained at the appointment".
    'as set out', 'as outlined', 'as per our', 'as per the', 'as written', 'as noted', 'as shown on', 'as shown in', 'order form', 'booking form', 'as submitted', 'care label', 'written on the', 'contract says', 'contract does say', 'agreement says', 'as i explained', 'as we explained', 'as explained',
    'already explained',
    // What the customer's own paperwork or the listing says: "your ticket says", "as the quote notes".
    'ticket says', 'receipt says', 'quote says', 'quote said', 'quote notes', 'form says', 'listing says',
    'on my quote', 'on our quote', 'sold as seen',
    // Work placed where the approved plan put it: "where the layout you approved shows it".
    'plan shows', 'layout shows', 'drawing shows', 'design shows', 'shows it', 'marked on the', 'marked in the',
    'on the seating plan', 'matched together', 'chose together', 'picked together',
    'the same for everyone', 'applies to everyone', 'applies to all',
    // The charge itemised on the paperwork: "It was listed as a separate item on the quote", "it says right on the quote".
    'listed as a separate', 'as a separate item', 'as a separate line', 'itemised on', 'itemized on', 'was listed on', 'were listed on',
    'says right on', 'says on the quote', 'clearly states', 'clearly says',
    // What the customer wrote down, and the care instructions: "the 82cm you wrote on the ticket", "the care card".
    'you wrote on', 'you wrote in', 'you wrote down', 'you specified', 'as arranged', 'signed for', 'exactly as',
    'from the contract', 'in the contract', 'per the contract', 'under the contract', 'label mentions', 'as the label', 'care card', 'care instructions',
  ],
  /**
   * What was agreed, in words ordinary mail uses too ("As we agreed, here's the quote; you asked for
   * oak posts"): they cite the agreement beside a complaint signal, but two of them alone do not
   * make a reply a defence.
   */
  rightEvidenceWeak: [
    'you booked', 'on your confirmation', 'in your confirmation', 'in your contract', 'the one you picked', 'the one you chose',
    // (Not a plain "you asked for": "the 9pm slot you asked for is taken" restates the request.)
    'which you asked for', 'you asked us to', 'you asked me to', 'on your order', 'as per your order', 'we agreed', 'agreed on',
    'the agreed', 'you agreed', 'the terms', 'booking terms', 'on the website', 'on our website', 'in my quote', 'in our quote',
    'in the listing', 'of the listing', 'in the description',
  ],
  /** A condition ahead of an agreement word ("If you approve, we start Monday") offers a step; it cites nothing agreed. */
  conditionals: ['if', 'unless', 'once'],
  /** A quote or a confirmation of this booking: its deposit and balance are terms of the deal, not a house rule. */
  deals: [
    'valid until', 'the total is', 'total comes to', 'is confirmed', 'are confirmed', 'received your',
    // A quote's price and the go-ahead: "the fee is €450 … If you're happy to go ahead".
    'the fee is', 'the price is', 'the cost is', 'the fee would be', 'the price would be', 'to go ahead',
  ],
  /** A greeting to a group ("Hi all", "Dear parents"): the message announces, it answers no one. */
  groupAddresses: [
    'hi all', 'hello all', 'dear all', 'hi everyone', 'hello everyone', 'hi everybody', 'hi team', 'hello team', 'dear parents',
    'dear customers', 'dear members', 'dear clients', 'hi folks', 'hey all', 'hey everyone', 'dear guests', 'dear residents',
  ],
  /** House rules about contact and conduct: never the terms of this one deal, though a booking is confirmed beside them. */
  conductRules: [
    'stop messaging', 'personal number', 'personal numbers', 'personal phone', 'messages after', 'messaging after', 'texts after',
    'texting after', 'calls after', 'calling after', 'out of hours', 'after hours', 'outside hours', 'not tolerate', "won't tolerate",
    "don't tolerate", 'zero tolerance', 'not be tolerated', "won't be tolerated",
  ],
  /** Opening a sentence, these confirm what the customer wrote ("Iya Om, …", "You're right: …"). */
  confirmations: ["you're right", 'you are right', "you're quite right", 'you are quite right', "you're absolutely right", 'yes'],
  /** Interjections that may open a confirmation ("Waduh, bener kak, …"). */
  interjections: ['oh', 'ah', 'ugh'],
  /** A fault noun that, with our own marker up to three words on, admits the mistake ("kesalahan penjadwalan armada kami"). */
  faultNouns: ['mistake', 'error', 'slip'],
  /** Our own, closing such an admission. */
  ourMarkers: ['on our side', 'on our part', 'on my part'],
  /** An apology for a slow answer, which owns no complaint ("Maaf baru balas"). */
  lateReplies: ['delay in our reply', 'delay in responding', 'late reply', 'slow reply', 'delayed reply', 'delay in replying', 'delay in getting back', 'getting back to you', 'slow response', 'late response'],
  /** A subject, not a reply, naming rules or terms: the message sets them out, however softly it words them. */
  ruleSubjects: ['rules', 'rule', 'policy', 'policies', 'guidelines', 'terms', 'conditions', 'etiquette', 'code of conduct'],
  /** A subject naming the customer's request: a decline under it is a refusal. */
  requestSubjects: ['request'],
  /** …unless it names our apology instead. */
  requestSubjectExceptions: ['apology', 'apologies', 'sorry'],
  /** A condition on the customer's wish ("if you need …"), composed with addressees and wishes into offers. */
  wishConditions: ['if'],
  /** Whom the letter addresses, the agent of an offer. */
  addressees: ['you'],
  /** The customer's wish or need that conditions an offer. */
  wishes: ['need', 'prefer'],
  /** The customer's payment: "your payment hasn't arrived" is a state, no refusal. */
  customerPayments: ['payment', 'transfer', 'deposit', 'balance'],
  /** "Not yet" before the arrival word: the payment may then stand a few words back. */
  notYet: ["haven't", 'have', 'not', "hasn't", 'has'],
  /** What a payment not yet arrived lacks ("hasn't arrived", "not received"). */
  arrivals: ['arrived', 'come through', 'cleared', 'received'],
  /** Words opening the clause that follows a decline ("…, but Lily can reshape the layers this week"). */
  contrastLeads: ['but', 'however', 'though', 'although'],
  /** What the business or someone else can still do in that clause. */
  contrastModals: [
    'can', 'could', 'will', 'would be happy', 'is happy to', 'are happy to', 'costs', 'comes off', 'is available', 'are available',
    'is just', 'is only', 'for just', 'for only',
    // The other thing, already part of the deal: "…, but sugar flowers are included in the price".
    'is included', 'are included', 'just as',
  ],
  /** Our own doubt ("I'm not sure", "I can't see") that, with a possibility word later in its clause, declines softly. */
  doubts: [
    'not sure', 'not really sure', 'not too sure', 'not entirely sure', 'not so sure', 'unsure', 'doubt', 'doubtful', 'unlikely', "don't see", "can't see", 'do not see', 'cannot see', "don't think",
    'not convinced', 'not confident', 'not certain', 'hard to see', 'struggle to see',
    'do not think',
  ],
  /** What the doubt is about: "not sure a refund is really on the cards", "can't see that happening". */
  possibilities: [
    'possible', 'doable', 'feasible', 'realistic', 'workable', 'on the cards', 'in the cards', 'going to happen',
    'going to work', 'happening', 'an option', 'would work', 'would really work', 'will work', 'we can', 'we could', 'i can', 'i could', "we'd be able", "i'd be able",
    "we'll be able", "i'll be able",
  ],
} as const;
