// Politeness phrase data (English): what sounds rude, curt or blaming to a customer.
export const politeness = {
  /** Insults and profanity, as word families. */
  insults: [
    'idiot', 'idiots', 'idiotic', 'stupid', 'moron', 'moronic', 'dumb', 'pathetic', 'ridiculous', 'disgusting',
    'clueless', 'incompetent', 'useless', 'ignorant', 'shameless', 'crazy', 'nuts', 'lunatic', 'jerk', 'loser',
    'damn', 'damned', 'crap', 'crappy', 'hell', 'bloody', 'shit', 'bullshit', 'wtf', 'screw you', 'piss off',
    'shut up', 'get lost', 'freaking', 'fucking', 'fuck',
  ],
  /** Sarcasm and condescension: needling phrases that need no rude word. */
  sarcasm: [
    'as i already told you', "as i've already told you", 'as i told you', 'as i said before', "as i've said before",
    'like i said', 'like i already said', 'as i already said', "as i'm sure you'll remember", "as i'm sure you know", "as i'm sure you're aware",
    'as you should know', 'as you should have known', 'as anyone can see', 'for the last time,', 'for the last time:', "i shouldn't have to explain",
    "i shouldn't have to tell you", 'i should not have to explain', 'some of us have a life', 'some of us actually work',
    "didn't exactly help", "doesn't exactly help", "wasn't exactly", "isn't exactly rocket science", 'not rocket science', 'a bit rich',
    'next time it would help', 'next time, try reading', 'next time, read', 'before booking rather than after',
    'if you had bothered', "if you'd bothered", 'if you had read', "if you'd read", 'if you had actually', "if you'd actually", 'to be fair, you',
    'good luck with that', 'thanks for nothing', 'nice try', 'clearly you', 'surely you', 'you may have been expecting',
    'it is not that hard', "it's not that hard", "i've told you", 'i have told you', 'told you before', 'told you already',
    'how many times', "i don't know what else to say", "i've explained this", 'i have explained this', "we've explained this",
    'we have explained this', 'yet again', 'read it properly', 'try reading',
    'what part of', 'let me spell it out', 'spell it out for you', 'congratulations, you', "we've been over this",
    'do you even', 'did you even', 'are you even', 'people like you', 'you people', "i'm not your personal",
    'not your personal assistant', 'not your servant', 'something for nothing',
    'we have been over this', 'been over this', 'needs repeating', 'need repeating', 'bears repeating', 'once again, since',
    // Mock surprise at the customer's doing: "Funny how the soot only showed up after…".
    'funny how the', 'funny how you', 'funny how your', 'funny how it only', 'funny that you', 'funny that your',
    'interesting how you', 'interesting that you', 'good try', 'nice attempt', 'for a reason.', 'convenient how', 'how convenient', 'a dozen times', 'how hard is it', 'is it really that hard', "you'd think",
    "i'm sure you'd agree", "i'm sure you'll agree", 'with all due respect', "doesn't run on", "don't run on",
    'easy to forget', 'you could have just', 'not a charity', "isn't free either", 'grow on trees',
    // The delay blamed on the customer: "if you'd stopped changing the colours I'd be done by now".
    "if you'd stopped", 'if you had stopped', "if you hadn't",
    // Scolding for having to repeat oneself, and knowledge the customer "should" have had.
    'as i already explained', "as i've already explained", 'as i have already explained', 'as we already explained',
    "as we've already explained", 'as we have already explained', 'as i already mentioned', "as i've already mentioned",
    'like i already explained', "like i've said", 'like i have said', 'twice now', 'three times now', 'several times now', 'some people are never', 'people are never happy',
    'common knowledge', "you'd know if you", 'you would know if you', "you'd have known if",
    'you would have known if', "you'd have seen it if", 'next time maybe ask', 'next time, maybe ask', 'next time maybe check',
    'next time maybe read', 'next time, maybe read', "next time it'd help", 'next time, it would help', "next time, it'd help",
    'would have helped if you', "would've helped if you", 'would have been nice if you', "would've been nice if you",
    'common sense', "don't need customers like", "don't need clients like", "don't need your business", "don't need your custom",
    "don't want your business", "don't want your custom",
    // Rhetorical questions at the customer: "Did you honestly think 180 envelopes could be done in
    // three days?", "What exactly did you expect after two sessions?".
    'did you honestly think', 'did you really think', 'did you seriously think', 'did you actually think',
    'do you honestly think', 'do you really think', 'do you seriously think', 'do you actually think',
    'did you honestly expect', 'did you really expect', 'did you seriously expect', 'did you actually expect',
    'do you honestly expect', 'do you really expect', 'do you seriously expect', 'do you actually expect',
    'did you honestly believe', 'did you really believe', 'do you honestly believe', 'do you really believe',
    'what did you expect', 'what exactly did you expect', 'what else did you expect', 'what were you expecting',
    'what exactly were you expecting', 'what exactly did you think', 'how did you expect', 'how exactly did you expect',
    'how else did you expect', 'how do you expect us', 'how do you expect me', 'how exactly do you expect',
    'what more do you want', 'what more do you expect', 'what do you want from me', 'what do you want from us',
    'what else you want me to say', 'what else you want us to say', 'what else do you want me to say', 'seriously?',
    'not sure what else you want', "don't know what else you want", 'no idea what else you want',
    'were you expecting us to', 'were you expecting me to', 'did you expect us to', 'did you expect me to',
    'you get what you pay for',
    // Mock deference: "But sure, I'm sure you'd have done a much better job yourselves."
    'better job yourself', 'better job yourselves', 'better job of it yourself', 'better job of it yourselves',
    'but sure,', 'oh sure', 'oh, sure', 'yeah right', 'yeah, right', 'sure, because',
    // Others held up against the customer: "everyone else manages to book on time".
    'everyone else manages', 'everybody else manages', 'most people manage', 'other customers manage', 'every other customer manages',
    'your lot', 'people like yourself',
    // Tired of repeating, and condescension about how things work: "I'm not going to keep repeating myself".
    'repeating myself', 'repeat myself', 'you were told twice', "you've been told twice", 'you have been told twice',
    'you were told several times', 'you were told more than once', "you've been told before", 'you were told before',
    // Time wasted, too much expected, told before, anyone could see, not the only customer (probe families).
    'waste any more time', 'wasting my time', 'wasting our time', 'waste my time', 'waste our time', 'waste of my time',
    'a bit much to expect', 'a bit much to ask', 'a lot to expect', 'hardly fair to expect', 'rather a lot to expect',
    'even you.', 'even you,', 'you were told this', 'you were told that', 'you were told on', 'you were told in',
    "you've been told this", 'you have been told this', 'anyone who can read', 'anyone with eyes', 'anyone would have seen',
    'spoken to like that', 'talked to like that', 'speak to me like that', 'talk to me like that', 'speak to us like that',
    'not the only customer', 'not our only customer', 'not the only client', 'not our only client',
    // Told it was plain to see, the same question asked again, staff as servants, sent to shop elsewhere.
    "it's right there in", 'it is right there in', 'clearly stated in', "it's clearly stated", 'it clearly says', 'asked the same question',
    'asking the same question', 'the same question again', 'have lives too', 'have a life too', 'need to sleep too', 'need sleep too',
    'not a babysitting', 'not a creche', 'not a crèche', 'not a daycare', 'not your babysitter', 'not your babysitters',
    'feel free to go elsewhere', 'feel free to go somewhere else', 'feel free to shop elsewhere', "don't shop here", "don't buy here",
    'go somewhere else then', 'go elsewhere then', 'shop elsewhere then',
    'lol no', 'lol, no', 'haha no', 'haha, no', "that's not how it works", 'that is not how it works', "that's not how this works",
    'not how any of this works', 'good to know you think', 'nice to know you think', "it's not complicated", 'it is not complicated',
    "it isn't complicated", 'not that complicated', 'not sure why you thought', "not sure why you'd think",
    'not sure why you would think',
    // Mock puzzlement and condescension about what the customer can grasp: "not sure which part of '…' was unclear".
    'not sure which part of', 'not sure what part of', "don't know which part of", "don't know what part of",
    "i'd have thought you", 'i would have thought you', "i would've thought you", "i'd have thought anyone",
    'i would have thought anyone', "i would've thought anyone", "i'd have thought most people", 'old enough to understand',
    'old enough to know better', 'this time, read', 'this time read', 'this time, try reading', 'read it this time',
    'for the third time', 'for the fourth time', 'for the umpteenth time', 'for the hundredth time', 'for the tenth time',
    // The customer's behaviour named through what the writer went through: "I've put up with being shouted at".
    "i've put up with", 'i have put up with', "we've put up with", 'we have put up with', 'punching bag', 'your doormat',
    'being shouted at', 'being yelled at', 'being sworn at', 'being screamed at',
    // A complaint played down by what others thought: "most people seemed happy enough".
    'nobody else has complained', 'no one else has complained', 'nobody else complained', 'no one else complained',
    'everyone else was happy', 'everyone else seemed happy', 'everybody else was happy', 'most people seemed happy',
    'most people were happy', 'other customers were happy', 'only one who complained', 'only one to complain',
  ],
  /** Scolding advice inside a sentence: "next time don't …" (see rules/politeness/sarcasm.ts). */
  scoldingLeads: ['next time'],
  scoldingWords: ["don't", 'do not'],
  scoldingTails: ['again, okay', 'again, ok'],
  /** Reminders, not scolding, inside those patterns ("lain kali jangan lupa bawa struk"). */
  scoldingExceptions: ["don't forget", "don't miss", "don't hesitate"],
  /** Commands that, right after a "next time" lead, tell the customer what they failed to do ("Next time, read the sheet"); "next time, bring a bottle" is a tip. */
  scoldingCommands: ['read', 'check', 'ask', 'measure', 'follow', 'listen', 'look at', 'pay attention', 'think', 'plan ahead', 'double-check', 'double check'],
  /** Between "next time" and the "don't", our own subject makes it our promise ("next time we don't…"). */
  scoldingSelf: ['we', 'i'],
  /** Right before the "don't", a wish of the customer's makes it a tip. */
  scoldingWishes: ['you'],
  /** A question opened by these at a clause start tells the customer off: "Is it really that hard to read the form?". */
  rhetoricalLeads: ['how hard is it', 'is it really that hard', 'is it that hard', 'did you even', 'do you even', 'do you honestly think', 'do you really expect'],
  /** …or closed by these right before the question mark: "You read the form, right? Seriously?". */
  rhetoricalTails: ['seriously'],
  /** A word that must stand in such a sentence, so a tail alone asks nothing of the customer. */
  rhetoricalTailAsks: ['you', 'this', 'that', 'what', 'why', 'how'],
  /** The word right after a lead that makes the question a plain one (none needed in English so far). */
  rhetoricalExceptions: ['—'],
  /** Dismissive phrases: the customer's concern waved away. */
  dismissive: [
    'not my problem', 'not our problem', 'really our problem', 'stop asking', 'please stop asking', 'deal with it', "that's on you",
    'that is on you', 'take it or leave it', "i don't care", 'we do not care', "we don't care", 'not my fault', 'not our fault',
    'your problem', 'your loss', 'end of discussion', 'end of story', 'get over it', 'not my concern',
    'not our concern', 'stop complaining', 'stop messaging me', 'stop emailing me', 'done with you', 'not interested in excuses',
    "don't have time for this", 'no time for this', 'the price is the price', 'it is what it is', "it's what it is",
    'not going to argue', 'not going to discuss this', 'no further discussion', "won't discuss this", 'end of conversation',
    'bent over backwards', "i've had enough of", 'i have had enough of', "we've had enough of", 'we have had enough of',
    "i've had enough.", "i've had enough!", "we've had enough.", 'had enough of your',
    'fed up with', 'sick of your', 'sick and tired', 'find someone else.', 'find someone else!', 'go find someone else', "don't bother booking", "don't bother coming", "don't bother contacting", "don't bother calling", 'take your business elsewhere', 'done discussing', 'expect an apology', 'owe us an apology', 'owe me an apology',
    // "Whatever." waves the customer off; "whatever you decide, we'll help" does not.
    'whatever.', 'whatever,', 'whatever!', 'or whatever', 'whatever you say', 'whatever then', 'whatever you think of', 'whatever you feel about',
    'suit yourself',
  ],
  /** The customer's unwillingness a mid-sentence dismissal answers (English entries are phrases or carry their punctuation). */
  unwillingConditions: ["if you don't like it", 'if you do not like it', "if you don't want it", "if that's too much"],
  /** A choice left as take it or leave it: "whatever you decide, book or not". */
  takeItOrLeaveIt: ['or not', 'or leave it'],
  /** An apology for how the writer may come across, before an insult word about themselves: "sorry if this sounds ridiculous". */
  selfDescriptionLeads: ['sorry if', 'apologies if', 'forgive me if'],
  /** Two words right before a dismissive phrase that make it sympathy: "I'm so sorry for your loss". */
  sympathyLeads: ['sorry for', 'sorry about', 'condolences on', 'condolences for', 'sympathy for', 'sympathies for', 'hear of', 'hear about'],
  /** Dismissals only when they end their line: a chat's last "…, whatever" (not "whatever suits you"). */
  dismissiveAtLineEnd: ['whatever', 'so be it', 'if you must'],
  /** Threats (quoting a contract clause is not a threat: see threatExceptions). */
  threats: [
    'or else', 'you will regret', "you'll regret", 'legal action', 'take you to court', 'see you in court', 'report you',
    'sue you', 'call the police', 'blacklist you', 'post your name', 'name and shame', 'we will make sure',
    'you have been warned', 'consider yourself warned', 'last warning', 'final warning',
    'our lawyer', 'our lawyers', 'our solicitor', 'debt collector', 'debt collection', 'collection agency', 'small claims',
    'you will be hearing from',
  ],
  /** Words before a threat phrase that make it a quoted term, not a threat ("under clause 7, legal action…"). */
  threatExceptions: ['clause', 'section', 'contract', 'agreement', 'terms', 'as stated', 'as agreed', 'policy'],
  /** Past blame that a condition before it does not soften: "If you wanted it shorter, you should have said so". */
  pastBlame: ['should have', "should've"],
  /** Second-person references that an accusation is aimed at. */
  you: ['you', "you've", "you're", 'you were', 'you are', 'you have been', 'your', 'yourself', 'you have'],
  /** Words between the person and the trait ("you were really rude"). */
  accusationBridges: ['are', 'were', 'is', 'was', 'been', 'being', 'have', 'has', 'always', 'never', 'so', 'very', 'really', 'extremely', 'frankly', 'just', 'quite', 'a', 'an', 'the', 'totally', 'completely', 'such', 'nothing', 'but', 'incredibly'],
  /** Traits and behaviour words that make a "you" statement an accusation. */
  accusationTraits: [
    'rude', 'disrespectful', 'unreasonable', 'aggressive', 'abusive', 'hostile', 'difficult', 'impossible', 'demanding',
    'entitled', 'lazy', 'careless', 'dishonest', 'lying', 'liar', 'problem', 'nightmare', 'unacceptable', 'impolite',
    'insulting', 'childish', 'toxic', 'annoying', 'arrogant', 'disgusting', 'selfish', 'ungrateful', 'unprofessional',
    'troublesome', 'too demanding', 'very demanding',
  ],
  /** Nouns for someone's conduct: "your attitude is…", "your behaviour toward…". */
  conductNouns: ['attitude', 'behaviour', 'behavior', 'tone', 'manners', 'conduct', 'rudeness', 'temper'],
  /** Blaming statements that need no trait word. */
  blame: [
    'you never read', "you didn't read", 'you did not read', 'you never listen', "you don't listen", 'your own fault',
    "it's your fault", 'it is your fault', 'you should have read', "you should've read", 'you should have checked', "you should've checked", 'you should have known',
    'you failed to', 'you clearly', 'you obviously', 'because of you',
    // What the customer failed to tell: "You didn't fill in the allergy form".
    "you didn't fill", 'you did not fill', 'you never filled', "you didn't tell", 'you did not tell', 'you never told',
    "you didn't mention", 'you did not mention', 'you never mentioned', "you didn't let us know", 'you did not let us know',
    "you didn't inform", 'you did not inform', 'you never let us know',
    // Asking too much: "You expect a lot for what you paid".
    'you expect a lot', 'you expect too much', "you're expecting too much", 'you are expecting too much', 'you want a lot for',
    // Our slip excused by the customer being hard to reach: "you weren't exactly easy to get hold of either".
    "weren't exactly easy to reach", "weren't exactly easy to get hold of", 'hard to get hold of either', 'hard to reach either',
    'not easy to reach either', 'impossible to get hold of', 'never picked up', 'never answered your phone',
    'unprofessional of you', 'rude of you', 'disrespectful of you', 'unfair of you', 'your constant changes', 'your constant complaints', 'your constant messages', 'your endless', 'you kept changing',
    'you keep changing', 'because you kept', 'because you changed', "because you didn't", 'because you did not',
    'because you never', 'thanks to your', 'if you had checked', "if you'd checked", 'if you had told us', "if you'd told us",
    'if you had followed', "if you'd followed", 'had you read', 'had you checked',
    'in fairness, you', 'in fairness to us', 'to be fair to us', 'you have to admit', 'partly your fault', 'partly on you',
    'partly because you', "didn't help either",
    // The customer's own choice thrown back: "You were the one who asked for the shorter fringe".
    'you were the one who', 'you are the one who', "you're the one who",
    // The customer's disregard named: "you have brushed off every one of our reports".
    'you ignored', "you've ignored", 'you have ignored', 'you keep ignoring', 'you kept ignoring', 'you brushed off',
    "you've brushed off", 'you have brushed off', 'you keep brushing off', 'you dismissed', "you've dismissed", 'you have dismissed', 'nothing but trouble', 'been a pain', 'are a pain', 'were a pain', 'been a headache', 'if you had replied', "if you'd replied", 'if you had answered', "if you'd answered",
    // What the customer failed to do, named: "all you had to do was read the listing".
    'all you had to do', 'all you needed to do', 'you only had to', 'you just had to', 'you just needed to', 'the least you could',
    'you could at least', 'you could have at least', "you didn't bother", 'you did not bother', 'you never bothered',
    "couldn't be bothered", "you didn't even", 'you did not even', 'you never even',
    // What the customer should have done, and complaints counted against them: "you should have said so at the time".
    'you should have said', "you should've said", 'you should have told', "you should've told", 'you should have asked',
    "you should've asked", 'you should have mentioned', "you should've mentioned", 'complaint from you', 'complaints from you',
  ],
  /**
   * Blame by a counterfactual: "if you'd filled in the form, it would never have happened", "if
   * Aisha had actually practised, we wouldn't be…". The customer as subject, or anyone with an
   * intensifier, then a consequence later in the sentence.
   */
  counterfactualBlame: {
    /** The customer as the one who failed: "if you'd filled in…", "had you read…". */
    customer: ["if you'd", 'if you had', 'had you'],
    /** Anyone's failure underlined, after a condition word: "if Aisha had actually practised". */
    underlined: ['had actually', 'had even', 'had bothered to', 'had just', 'had simply', 'had only'],
    conditions: ['if'],
    /** Subjects that are no customer: "if the courier had actually turned up" blames a third party or us. */
    notCustomers: ['the', 'our', 'my', 'a', 'an', 'we', 'i', 'it', 'they'],
    /** Skipped between the opener and the deed: "if you'd actually read". */
    intensifiers: ['actually', 'even', 'just', 'simply', 'only', 'bothered to'],
    consequences: ['would', "wouldn't", "we'd", "i'd", "it'd", "you'd", "that'd", 'could have', "could've", 'might have', "might've"],
    /** What follows "if you'd" in a kind offer or a plain condition: "if you'd like", "if you had any questions". */
    notDeeds: [
      'like', 'prefer', 'rather', 'want', 'need', 'any', 'some', 'more', 'a', 'an', 'the', 'to', 'time', 'questions',
      // A choice, not a failing: "if you'd booked the Plus package, it would have included three rounds".
      'booked', 'chosen', 'picked', 'selected', 'opted', 'gone', 'ordered', 'bought', 'upgraded',
    ],
  },
  /** Verbs that open a bossy imperative when they start a sentence with no softener. */
  commandVerbs: [
    'read', 'pick', 'bring', 'stop', 'pay', 'call', 'send', 'come', 'wait', 'remember', 'look', 'follow', 'sign', 'return',
    'give', 'tell', 'understand', 'respect', 'leave', 'fill', 'contact', 'do not', "don't", 'never', 'check', 'make sure',
    'collect', 'go', 'fix', 'settle', 'quit', 'listen', 'learn', 'take',
  ],
  /** Imperatives that are friendly, not bossy ("Don't worry", "Take care"). */
  commandExceptions: [
    "don't worry", 'do not worry', "don't hesitate", 'do not hesitate', 'never mind', 'take care', 'take your time',
    'come and see', 'feel free', 'look forward', 'check out', 'stop by', 'come by', 'give us a call', 'call us',
    'take all the time', 'take as long as', "don't forget", 'do not forget',
    // A chat's dropped "I": "Don't think I can budge on that one" is a hedge, not an order.
    "don't think", "don't know", "don't see", "don't reckon", "don't believe",
  ],
  /** Words anywhere in the sentence that soften an imperative. */
  softeners: [
    'please', 'kindly', 'feel free', 'if you', "if you'd", 'if it helps', 'thanks', 'thank you', 'could you', 'would you',
    'when you can', "when you're", 'whenever', 'happy to', 'let me know', 'just', 'we recommend', 'we suggest', "and i'll",
    "and we'll", 'and we will', 'and i will',
    // An imperative whose consequence is the customer's gain is a conditional offer: "Bring it back unopened and it's a full refund".
    "and it's a", 'and you get',
  ],
  /** Curt openers: a reply that starts with a bare "No." */
  bluntOpeners: ['no', 'nope', 'no way', 'absolutely not', 'not possible', 'denied'],
  /** Polite replacements offered by the fixes. */
  softenedCommand: 'please',
  bluntOpenerReplacement: 'Thank you for asking, but',
  accusationReplacement: 'we are not able to meet your expectations',
  /** Words in capitals that still shout though short: "NOT", "AND", "STOP". */
  shoutedShortWords: [
    'no', 'not', 'and', 'now', 'all', 'stop', 'never', 'must', 'only', 'read', 'pay', 'you', 'your', 'we', 'our', 'is',
    'are', 'was', 'the', 'do', 'dont', 'cant', 'wont', 'this', 'that', 'what', 'why', 'will', 'any', 'ever', 'very',
    'mine', 'my', 'me', 'yes', 'done', 'over', 'late', 'full', 'paid', 'free', 'last', 'again', 'can', 'it', 'of', 'to',
  ],
  /** Words before capitals that quote a sign or a label ("the bays marked VISITOR"): the capitals are the sign's, not shouting. */
  labelLeads: ['marked', 'labelled', 'labeled', 'reads', 'saying', 'says', 'stamped', 'printed', 'sign', 'button'],
  /** Acronyms written in capitals that never count as shouting. */
  knownAcronyms: [
    'PDF', 'DP', 'COD', 'ASAP', 'BCA', 'BNI', 'BRI', 'BSI', 'VAT', 'NAS', 'LCD', 'LED', 'OEM', 'WA', 'SPT', 'PPN', 'PPH',
    'NPWP', 'KTP', 'PT', 'CV', 'HP', 'IT', 'ID', 'OK', 'FAQ', 'SOP', 'USD', 'IDR', 'EUR', 'GBP', 'SMS', 'URL', 'CEO',
    'HR', 'AM', 'PM', 'ETA', 'RSVP', 'PS', 'GST', 'TAX', 'USB', 'SSD', 'PC', 'TV', 'AC', 'QR', 'QRIS', 'GPS', 'API',
    'SEO', 'CRM', 'TAP', 'UK', 'US', 'USA', 'EU', 'ATM', 'POS', 'NB', 'CC', 'BCC', 'MOU', 'NDA', 'SLA', 'RAB', 'PO',
    'INV', 'DM', 'IG', 'FB', 'JNE', 'JNT', 'SMA', 'SMP', 'SD', 'TK', 'RT', 'RW', 'BPJS', 'UMKM', 'OVO', 'GOPAY',
  ],
} as const;
