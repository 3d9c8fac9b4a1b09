// Alternative cases in English: drafts that owe an option or next step and lack one (flagged),
// and drafts that have one or owe none. alternative.test.ts runs them.
import type { AlternativeCase } from './case';

export const enCases: AlternativeCase[] = [
  {
    name: 'en: room in another group ("there\'s a spot in the Tuesday group") is the alternative',
    body: "Hi Kim,\n\nThe puppy class is full. There's a spot in the Tuesday group, which covers the same things.\n\nBest,\nJo",
    flagged: false,
  },
  {
    name: 'en: the place moved ("can move to the March intake") is the alternative',
    body: "Hi Kim,\n\nWe can't refund the course fee. Your place can move to the March intake at no cost, just reply to confirm.\n\nBest,\nJo",
    flagged: false,
  },
  {
    name: 'en: the step that keeps the booking ("paying by Thursday keeps it") is the next step',
    body: "Hi Kim,\n\nWe're not able to hold the room past Friday without the deposit. Paying it by Thursday keeps the booking.\n\nBest,\nJo",
    flagged: false,
  },
  {
    name: 'en: what is left, offered as a question ("two tables left for 8pm, want one?"), is the alternative',
    body: "Hi Oli,\n\nFriday's fully booked, sorry. Thursday evening has two tables left for 8pm, want one?\n\nCheers,\nBea",
    flagged: false,
  },
  {
    name: 'en: the same refusal with only small talk after it is flagged',
    body: "Hi Oli,\n\nFriday's fully booked, sorry. Most weekends go quickly in December.\n\nCheers,\nBea",
    flagged: true,
  },
  {
    name: 'en: "We only make the three sizes" declines; what most customers go for instead is the option',
    body: "Hi Raj,\n\nWe only make the three sizes on the site. Most customers with a wider wall go for two of the large prints side by side.\n\nBest,\nLin",
    flagged: false,
  },
  {
    name: 'en: "isn\'t enough time" declines; "the quickest I can do" is the alternative',
    body: "Hi Kai,\n\nTwo days isn't enough time for a hand-bound book. Ten working days is the quickest I can do.\n\nThanks,\nMo",
    flagged: false,
  },
  {
    name: 'en: "isn\'t enough time" with no quicker option is flagged',
    body: "Hi Kai,\n\nTwo days isn't enough time for a hand-bound book. Each one is sewn by hand.\n\nThanks,\nMo",
    flagged: true,
  },
  {
    name: 'en: a price-list line after the refusal ("Solo walk: £18, same route.") is the alternative',
    body: "Hi Carla,\n\nI can't put Bruno in the group walks until he's neutered. Solo walk: £18, same route.\n\nThanks,\nPip",
    flagged: false,
  },
  {
    name: 'en: a priced fix named by its gerund ("Straightening it is £15.") is the next step of a complaint reply',
    body: "Hi Will,\n\nThe clicking you describe comes from the rear hanger, which was bent in the crash. Straightening it is £15.\n\nCheers,\nKev",
    options: { scenario: 'complaint-right', inRight: true },
    flagged: false,
  },
  {
    name: 'en: the same reply restating the price of the part already fitted offers nothing',
    body: "Hi Will,\n\nThe clicking you describe comes from the rear hanger, which was bent in the crash. The chain was £15.\n\nCheers,\nKev",
    options: { scenario: 'complaint-right', inRight: true },
    flagged: true,
  },
  {
    name: 'en: ending with a referral that "has space" and notes passed on is not flagged',
    body: "Hi Fran,\n\nAfter twelve years I've decided to hang up my clippers, so I won't be doing Poppy's grooms after Christmas. Tails Up on Mill Lane have space and I've passed on her notes.\n\nBest,\nJan",
    flagged: false,
  },
  {
    name: 'en: a kind of thing priced after the refusal ("A clean and re-proof is £35.") is the alternative',
    body: "Hi Lena,\n\nWe can't dye the suede jacket, the leather would crack. A clean and re-proof is £35.\n\nBest,\nOla",
    flagged: false,
  },
  {
    name: 'en: the price of the very thing refused ("The armchair is £640.") offers nothing',
    body: "Hi Lena,\n\nWe can't take 20% off the armchair. The armchair is £640.\n\nBest,\nOla",
    flagged: true,
  },
  {
    name: 'en: ending after no-shows with the account settled ("nothing else to pay") gives the closing step',
    body: "Hi Dee,\n\nThat's the fourth missed session without notice, so I won't take further bookings from you. The £30 you prepaid covers the last two, so nothing else to pay.\n\nRegards,\nKai",
    flagged: false,
  },
  {
    name: 'en: the same ending with no closing step is flagged',
    body: "Hi Dee,\n\nI won't take further bookings from you after the way Saturday went.\n\nRegards,\nKai",
    flagged: true,
  },
  {
    name: 'en: a complaint reply offering a care sheet after "won\'t be refunding" gives the next step',
    body: "Hi Ravi,\n\nSome fading in the first month is perfectly normal for a hand-dyed rug. I won't be refunding it, but I can send a care sheet with washing tips.\n\nBest,\nMo",
    flagged: false,
  },
  {
    name: 'en: "…, but sugar flowers … are included in the price" is the alternative in the refusal sentence',
    body: "Hi Jo,\n\nWe can't do fresh flowers on the tiers (food safety), but sugar flowers look just as pretty and are included in the price.\n\nBest,\nMei",
    flagged: false,
  },
  {
    name: 'en: "…, but delivery isn\'t included" offers nothing',
    body: "Hi Jo,\n\nWe can't do fresh flowers on the tiers, but the stand isn't included in the price either.\n\nBest,\nMei",
    flagged: true,
  },
  {
    name: 'en: a date "taken by a wedding" declines; another that is "still available" is the option',
    body: 'Hi Priya,\n\nSaturday is taken by a wedding, sorry. Sunday afternoon from 2 is still available, same price.\n\nBest,\nOwen',
    flagged: false,
  },
  {
    name: 'en: a trade verb refused ("can\'t engrave") with nothing else offered is flagged',
    body: "Hi Priya,\n\nWe can't engrave on the curved back of that watch.\n\nBest,\nOwen",
    flagged: true,
  },
  {
    name: 'en: "…, if that would work" puts forward the other place to engrave',
    body: "Hi Priya,\n\nWe can't engrave on the curved back of that watch. The clasp has a flat panel that takes up to 12 letters, if that would work.\n\nBest,\nOwen",
    flagged: false,
  },
  {
    name: 'en: "Tuesday is doable" after a refused Friday is the option',
    body: "Hi Priya,\n\nI can't take in the dress by Friday. Tuesday is doable.\n\nBest,\nOwen",
    flagged: false,
  },
  {
    name: 'en: tickets passed on to a friend, after "but", are the alternative',
    body: "Hi Priya,\n\nTickets aren't refundable, but they can be passed on to a friend - just email us their name before the day.\n\nBest,\nOwen",
    flagged: false,
  },
  {
    name: 'en: the rest of the deposit "went back to your card" is the next step of a defended deduction',
    body: "Hi Sophie,\n\nThe booking terms say no pets, and the £60 we kept is the cleaner's invoice. The remaining £140 went back to your card this morning.\n\nBest wishes,\nAlison",
    options: { scenario: 'complaint-right', inRight: true },
    flagged: false,
  },
  {
    name: 'en: another date that "has room", put as a question ("shall I pencil that in?"), is the option',
    body: "Hi Sam,\n\nWe're fully booked on the 14th. The 21st has room for your group, so shall I pencil that in?\n\nThanks,\nBea",
    flagged: false,
  },
  {
    name: 'en: "Monday I\'m in from 8 if that\'s any good" offers a day',
    body: "Hi Sam,\n\nWe don't open Sundays. Monday I'm in from 8 if that's any good.\n\nThanks,\nBea",
    flagged: false,
  },
  {
    name: 'en: "no rush orders" with nothing else is still flagged',
    body: 'sorry no rush orders this week, the kiln is full till friday\n\nthanks\nBea',
    flagged: true,
  },
  {
    name: 'en: offering to chase the courier is the next step when postage is not refunded',
    body: "Hi Mark,\n\nYour order left us on 2 May, inside the dispatch time on the website, so I'm afraid we can't refund the postage.\n\nHappy to chase them for you though.\n\nBest,\nJen",
    flagged: false,
  },
  {
    name: 'en: a swap offered in the chat\'s last line is the alternative',
    body: 'hi Ruth\n\nno refunds on sale items sorry, it says that on the tag\n\nup to you if you want to swap it for something else',
    flagged: false,
  },
  {
    name: 'en: a day that is "wide open" after a full one is an option',
    body: "Hi Ruth,\n\nThursday's fully booked, I'm afraid. Friday morning is wide open though.\n\nThanks,\nDan",
    flagged: false,
  },
  {
    name: 'en: a defended charge with the balance "due by" a date has its next step',
    body: "Hi Carl,\n\nThe set-up fee was on the quote you accepted on 4 May, as agreed in writing.\n\nThe balance is due by 20 June.\n\nBest,\nNina",
    options: { scenario: 'complaint-right', inRight: true },
    flagged: false,
  },
  {
    name: 'en: a defended charge with no step at all is still flagged',
    body: "Hi Carl,\n\nThe set-up fee was on the quote you accepted on 4 May, as agreed in writing.\n\nBest,\nNina",
    options: { scenario: 'complaint-right', inRight: true },
    flagged: true,
  },
  {
    name: 'en: a colleague who "covers your area" is the referral when visits stop',
    body: "Hi Claire,\n\nI'll be stopping my visits to the yard after the April round. My colleague Owen Price covers your area.\n\nBest,\nTom",
    flagged: false,
  },
  {
    name: 'en: a referral to someone who "does exactly this", with her web address, is the alternative',
    body: "Hi Dev,\n\nShow notes aren't part of the editing package, so I won't be writing those. My friend Ruth at Clearword does exactly this for podcasts. Her site is clearword.co.\n\nTalk soon,\nSam",
    flagged: false,
  },
  {
    name: 'en: a web address where nothing is declined is a place to turn to',
    body: "Hi Dev,\n\nWe don't write transcripts. The Transcript Co. takes podcast work: transcriptco.com/podcasts.\n\nTalk soon,\nSam",
    flagged: false,
  },
  {
    name: 'en: a web address inside the refusal itself offers nothing',
    body: "Hi Dev,\n\nAs our terms at samreidaudio.com say, we don't offer show notes or transcripts.\n\nTalk soon,\nSam",
    flagged: true,
  },
  {
    name: 'en: a dish offered "in its place" is an alternative',
    body: "Hi Ruth,\n\nWe can't make the pavlova dairy-free. Glad to do a mango sorbet in its place for your table.\n\nBest,\nTheo",
    flagged: false,
  },
  {
    name: 'en: the "last invoice" closes a termination',
    body: "Hi Jan,\n\nWe won't be renewing the window cleaning contract after June. Your last invoice goes out with the final round.\n\nBest,\nIvo",
    flagged: false,
  },
  {
    name: 'en: a day that "is open" after a decline is an option',
    body: "Hi Ada,\n\nWe don't usually deliver on bank holidays. Tuesday from 9 to 1 is open.\n\nBest,\nRon",
    flagged: false,
  },
  {
    name: 'en: a paid option put as "a repair would be $60"',
    body: "Hi Sid,\n\nThe lamp was damaged by a fall, which the warranty doesn't cover. A new shade would be $35, ready Friday.\n\nThanks,\nOakworks",
    flagged: false,
  },
  {
    name: 'en: handing everything over to the next provider closes the service',
    body: "Hi Fran,\n\nI'm retiring in the spring, so March will be my last month doing your payroll. I'll send everything to whoever takes over.\n\nAll the best,\nMaggie",
    flagged: false,
  },
  {
    name: 'en: "another way to do it" with a price is an alternative',
    body: "Hi Tara,\n\nI don't think eight riders would work on one boat. Another way to do it is two boats side by side at £18 each.\n\nBest,\nJon",
    flagged: false,
  },
  {
    name: 'en: an offer to introduce the customer to someone else is a referral',
    body: "Hi Kate,\n\nI'm going to stop doing the Sunday classes after March. Priya at Lotus Studio runs one and I'd be happy to introduce you.\n\nBest,\nMo",
    flagged: false,
  },
  {
    name: 'en: an attached invoice to pay closes the account',
    body: "Hi Dean,\n\nWe won't be taking any more bookings from you. The invoice for the damage (£70) is attached, please pay it within 7 days.\n\nRegards,\nHall Hire",
    flagged: false,
  },
  {
    name: 'en: refusal with priced options passes',
    body: "Hi Marcus,\n\nI can't start a third round under the current quote. A single extra round is $60, delivered in 2 days.\n\nBest,\nDana",
    flagged: false,
  },
  {
    name: 'en: a referral in the postscript, given as a phone number, counts',
    body: "Hi Mrs. Osei,\n\nOne thing we can't take is the upright piano. Our insurance doesn't cover pianos.\n\nSee you Saturday,\nDev\n\nPS: Keys & Co Piano Movers did a careful job for another customer last month - 01632 960441.",
    flagged: false,
  },
  {
    name: 'en: a number in the refusal sentence itself (an order number) is no contact',
    body: "Hi Tom,\n\nWe can't refund order 2024-000123.\n\nBest,\nAna",
    flagged: true,
    fixed: "Hi Tom,\n\nWe can't refund order 2024-000123. What we can do instead is […].\n\nBest,\nAna",
  },
  {
    name: 'en: "What I can do is …" announces the alternative',
    body: "Hi Kwame,\n\nAnnual plans can't be refunded after 30 days. What I can do is move you to monthly billing from the next renewal.\n\nBest,\nLena",
    flagged: false,
  },
  {
    name: 'en: a vague clause does not cancel the final invoice in the next clause',
    body: "Hi Nadia,\n\nWe'll stop hosting pinecrestbakery.com on 31 August. We'll send the backup at some point before then, and the final invoice will cover August only.\n\nBest,\nIan",
    flagged: false,
  },
  {
    name: 'en: naming the remaining lessons without saying what happens to them is no closing step',
    body: "Dear Mrs. Grady,\n\nI will not be continuing as Liam's driving instructor. This decision is final and applies to the four remaining lessons in his block as well.\n\nRegards,\nPaul",
    flagged: true,
    fixed: "Dear Mrs. Grady,\n\nI will not be continuing as Liam's driving instructor. Here is how we will close the account: […] by [date]. This decision is final and applies to the four remaining lessons in his block as well.\n\nRegards,\nPaul",
  },
  {
    name: 'en: "No more free changes." declines',
    body: "Hi Jordan,\n\nThe package includes three rounds, and we are well past that.\n\nNo more free changes.\n\nSam",
    flagged: true,
    fixed: "Hi Jordan,\n\nThe package includes three rounds, and we are well past that.\n\nNo more free changes. What we can do instead is […].\n\nSam",
  },
  {
    name: 'en: "stop looking after" ends service',
    body: "Hi Mel,\n\nWe will stop looking after the shop's Instagram after March.\n\nKira",
    flagged: true,
    fixed: "Hi Mel,\n\nWe will stop looking after the shop's Instagram after March. Here is how we will close the account: […] by [date].\n\nKira",
  },
  {
    name: 'en: a path through the customer\'s own step ("If your vet emails us the record this week, …") counts',
    body: "Hello Mr. Petrov,\n\nWe can't take Max on the 12th without his vaccination record. If your vet emails us the record this week, his booking stays as it is.\n\nBest wishes,\nHayley",
    flagged: false,
  },
  {
    name: 'en: a free slot put forward ("I have a slot on the 22nd at 10am if that suits") counts',
    body: "Hi Rob,\n\nI'm afraid it won't be possible to squeeze you in before the 20th. I have a slot on the 22nd at 10am if that suits.\n\nThanks,\nJen",
    flagged: false,
  },
  {
    name: 'en: "won\'t be able to keep walking" ends service; passing on other walkers\' details is the referral',
    body: "Hi Sue,\n\nI won't be able to keep walking Bailey after the end of May. I'd be happy to pass on a couple of local walkers' details if that helps.\n\nBest,\nJo",
    flagged: false,
  },
  {
    name: 'en: "isn\'t something I can offer" declines; a rush shop named after "or" is the referral',
    body: "Hi Leah,\n\nA same-day turnaround isn't something I can offer on wedding alterations. Hemline Express on King St does rush jobs, you might want to try them.\n\nBest,\nMaria",
    flagged: false,
  },
  {
    name: 'en: "not something we\'re able to do, I\'m afraid" with nothing after it is flagged',
    body: "Hi Greg,\n\nThat's not something we're able to do, I'm afraid.\n\nBest,\nFrame House",
    flagged: true,
    fixed: "Hi Greg,\n\nThat's not something we're able to do, I'm afraid. What we can do instead is […].\n\nBest,\nFrame House",
  },
  {
    name: 'en: "You\'re welcome to leave your bags from 10 am" is what the guest can do',
    body: "Hi Fiona,\n\nWe won't be able to offer early check-in on the 4th as the room is booked the night before. You're welcome to leave your bags with us from 10 am.\n\nWarm regards,\nThe Old Mill B&B",
    flagged: false,
  },
  {
    name: 'en: "a no from us" declines; a faster option for a fee is the alternative',
    body: "Hi Jon,\n\nSadly a 24-hour turnaround is a no from us on a job this size. Standard turnaround is 5 working days, or 3 with the express fee of $50.\n\nThanks,\nPrintworks",
    flagged: false,
  },
  {
    name: 'en: "the price is what it is" declines; splitting the payment is the alternative',
    body: "Hi Jake,\n\nThe price is what it is unfortunately, it reflects the materials. If it helps, we can split the payment over two months.\n\nCheers,\nAl",
    flagged: false,
  },
  {
    name: 'en: "a no from us" with nothing after it is flagged',
    body: "Hi Jon,\n\nSadly a 24-hour turnaround is a no from us on a job this size.\n\nThanks,\nPrintworks",
    flagged: true,
  },
  {
    name: 'en: cancelling the remaining appointments ends service and needs a closing step',
    body: "Hi Ian,\n\nAfter Friday I'm cancelling your remaining appointments.\n\nRuth",
    flagged: true,
  },
  {
    name: 'en: "…, but Lily can reshape the layers for free this week" is the alternative in the refusal sentence',
    body: "Hi Meg,\n\nYour consultation card says 'take 4 inches off'. We can't refund the cut, but Lily can reshape the layers for free this week.\n\nBest,\nSalon Nine",
    flagged: false,
  },
  {
    name: 'en: "…, but we can\'t …" after a decline is no alternative',
    body: "Hi Meg,\n\nWe can't refund the cut, but we can't reshape it this week either.\n\nBest,\nSalon Nine",
    flagged: true,
  },
  {
    name: 'en: informal: stock on hand offered with "we do have"',
    body: "hey!! so we can't do custom colours on the mugs sorry, they come from the supplier pre-glazed. we do have 6 colours in stock tho - blue, sage, cream, black, pink, mustard :)\n\nthx\nMug Life",
    flagged: false,
  },
  {
    name: 'en: closed on Sundays; "Saturday 10-4 or any weekday evening till 7 works" is the alternative',
    body: "Hi Priya,\n\nWe are closed on Sundays so can't do the fitting then. Saturday 10-4 or any weekday evening till 7 works.\n\nThanks,\nBridal Room",
    flagged: false,
  },
  {
    name: 'en: "Your invoice is correct" declines the dispute; a bare demand to pay is no next step offered',
    body: "Hi Mr. Grant,\n\nYour invoice is correct and the amount stays as it is.\n\nRegards,\nAccounts",
    flagged: true,
  },
  {
    name: 'en: several house rules (door locks, no make-up classes) need no alternative',
    body: "Hi all,\n\nA reminder that the studio door locks at 7 pm sharp. If you're late, you won't be let in, no exceptions. Classes missed this way can't be made up.\n\nThanks,\nCore Pilates",
    flagged: false,
  },
  {
    name: 'en: "Would Thursday at 3 or Saturday at 11 work for you?" offers other times',
    body: "Hi Ana,\n\nUnfortunately Friday is fully booked. Would Thursday at 3 or Saturday at 11 work for you?\n\nThanks,\nClaire",
    flagged: false,
  },
  {
    name: 'en: "Not our fault." turns the complaint down; with nothing offered it is flagged',
    body: "Hi Tom,\n\nThe table needs coasters, it says so on the tag. Not our fault.\n\nBrian",
    flagged: true,
  },
  {
    name: 'en: "but no." declines; nothing else offered',
    body: "Hi Liam,\n\nThanks for asking, but no. The prices on the website are final.\n\nDom",
    flagged: true,
  },
  {
    name: 'en: the alternative only in the last line still counts',
    body: "Hi Jonah,\n\nWe can't offer net 60 terms.\n\nInvoice INV-2291 goes out on Tuesday.\n\nIf cash flow is the worry, we can split the order into two 20 kg deliveries.\n\nMia",
    flagged: false,
  },
  {
    name: 'en: ending service with a final invoice and hand-over needs no referral',
    body: 'Dear Mr. Harlan,\n\nClearpath will no longer provide bookkeeping services from 15 May. Your final invoice follows on 15 May, and all files will be handed back the same day.\n\nRegards,\nNadia',
    flagged: false,
  },
  {
    name: 'en: deciding "not to continue" is ending service; the date of the last visit is its closing step',
    body: "Hi Ruth,\n\nWe have decided not to continue your fortnightly garden service after March.\n\nYour last scheduled visit is on Thursday 27 March.\n\nRegards,\nOwen",
    flagged: false,
  },
  {
    name: 'en: deciding "not to continue" with no closing step is flagged as ending service',
    body: 'Hi Ruth,\n\nWe have decided not to continue your fortnightly garden service.\n\nRegards,\nOwen',
    flagged: true,
    fixed: 'Hi Ruth,\n\nWe have decided not to continue your fortnightly garden service. Here is how we will close the account: […] by [date].\n\nRegards,\nOwen',
  },
  {
    name: 'en: the "we can" inside a hedged refusal ("not sure we can refund") offers nothing',
    body: "Hi Lena,\n\nI'm not sure we can refund the jacket, as it was worn and washed.\n\nBest,\nTom",
    flagged: true,
    fixed: "Hi Lena,\n\nI'm not sure we can refund the jacket, as it was worn and washed. What we can do instead is […].\n\nBest,\nTom",
  },
  {
    name: 'en: an offer after the refusal in the same sentence still counts',
    body: "Hi Lena,\n\nWe can't refund the worn jacket, but we can offer a 20% voucher on your next order.\n\nBest,\nTom",
    flagged: false,
  },
  {
    name: 'en: a vague "maybe later" is no alternative',
    body: "Hi Ben,\n\nWe can't take the rush job this week. Maybe later, we'll see at some point.\n\nMarta",
    flagged: true,
    fixed: "Hi Ben,\n\nWe can't take the rush job this week. What we can do instead is […]. Maybe later, we'll see at some point.\n\nMarta",
  },
  {
    name: 'en: a refusal with nothing instead',
    body: "Hi Ms. Greene,\n\nThe roses were fresh and the right size, so there won't be a refund.\n\nRegards,\nPetal & Stem",
    flagged: true,
    fixed: "Hi Ms. Greene,\n\nThe roses were fresh and the right size, so there won't be a refund. What we can do instead is […].\n\nRegards,\nPetal & Stem",
  },
  {
    name: 'en: a termination with no closing step gets one (no referral)',
    body: 'Kevin,\n\nYour 12-month membership is cancelled, effective immediately.\n\nLotus Room Yoga',
    options: { settings: { referrals: [{ en: 'Sunrise Yoga down the road is lovely.' }] } },
    flagged: true,
    fixed: 'Kevin,\n\nYour 12-month membership is cancelled, effective immediately. Here is how we will close the account: […] by [date].\n\nLotus Room Yoga',
  },
  {
    name: 'en: "no need" and "no extra cost" are not refusals',
    body: "Hi Carlos,\n\nThe right beans ship tomorrow at no extra cost. There's no need to send the others back.\n\nMia",
    flagged: false,
  },
  {
    name: 'en: "I\'m not training you anymore" ends service; with no closing step it is flagged',
    body: "Hi Steve,\n\nI'm not training you anymore after this week.\n\nRegards,\nRyan",
    flagged: true,
    fixed: "Hi Steve,\n\nI'm not training you anymore after this week. Here is how we will close the account: […] by [date].\n\nRegards,\nRyan",
  },
  {
    name: 'en: "we won\'t be working with you" plus the refund of unused sessions passes',
    body: "Hi Steve,\n\nWe won't be working with you after 30 May. Your four unused sessions will be refunded on 1 June.\n\nRegards,\nRyan",
    flagged: false,
  },
  {
    name: 'en: "it might be a bit tricky to fit anything in" is a refusal; nothing concrete follows',
    body: "Dear Mrs. Patel,\n\nMy weekends are full, so it might be a bit tricky to fit extra sessions in. I'll get back to you at some point.\n\nKind regards,\nDaniel",
    flagged: true,
  },
  {
    name: 'en: "we do not accept being shouted at" sets a rule; it declines nothing',
    body: 'Hi Tanya,\n\nOur stylists do not accept being shouted at. From now on, please raise any concern with me by email.\n\nThank you,\nGlow Hair Studio',
    flagged: false,
  },
  {
    name: 'en: "let you go as a client" ends service; sending the files is its closing step',
    body: "Hi Sam,\n\nI'm going to have to let you go as a client after May. All the files will be sent to you on Friday 31 May.\n\nBest,\nJo",
    flagged: false,
  },
  {
    name: 'en: "we can\'t move the shoot" declines; nothing else is offered',
    body: "Hi Sam,\n\nThe Saturday slot is gone, and we can't move the shoot.\n\nBest,\nJo",
    flagged: true,
  },
  {
    name: 'en: "I\'d prefer not to" declines; "maybe next time" is no alternative',
    body: "Hi Sam,\n\nI'd prefer not to do a discount on this order. Maybe next time!\n\nBest,\nJo",
    flagged: true,
  },
  {
    name: 'en: good news about a moved booking declines nothing',
    body: 'Hi Sam,\n\nGood news: we managed to move your booking to Tuesday 4 June at 9 am, as you asked.\n\nBest,\nJo',
    flagged: false,
  },
  {
    name: 'en: the customer\'s own ask ("thanks for your email about adding extra sessions") is no offer',
    body: 'Dear Mrs. Patel,\n\nThank you for your email about adding extra weekend sessions before 12 May. My weekends are fully booked until June.\n\nKind regards,\nDaniel',
    flagged: true,
  },
  {
    name: 'en: a thank-you clause followed by a real offer in the next clause still counts',
    body: 'Dear Mrs. Patel,\n\nThank you for your email about extra sessions; my weekends are fully booked, but I can add a Wednesday session at 5 pm.\n\nKind regards,\nDaniel',
    flagged: false,
  },
  {
    name: 'en: cancelling a subscription with the date of the final box passes',
    body: 'Hi Jo,\n\nUnfortunately we have to cancel your subscription box from next month. The final box ships on 3 April.\n\nThanks,\nSam',
    flagged: false,
  },
  {
    name: 'en: closing the books to clients with no last lesson is flagged',
    body: "Hi Jo,\n\nAfter a lot of thought, I've decided to close my books to tutoring clients from July.\n\nThanks,\nSam",
    flagged: true,
  },
  {
    name: 'en: "but your next delivery is free" is an alternative inside the refusal sentence',
    body: "Hi Ken,\n\nThe delivery fee was shown at checkout. We can't refund it, but your next delivery is free.\n\nBest,\nSam",
    flagged: false,
  },
  {
    name: 'en: "our best price is $450" is a counter-offer',
    body: "Hi Dan,\n\nWe can't match that price. Our best price is $450.\n\nRegards,\nJo",
    flagged: false,
  },
  {
    name: 'en: "we can\'t apply the weekday rate" declines; with nothing else offered it is flagged',
    body: "Hi Mr. Doyle,\n\nOur Sunday call-out rate is $120, and we can't apply the weekday rate of $70 to that job.\n\nBest regards,\nPaul",
    flagged: true,
  },
  {
    name: 'en: "out of stock" declines; the other colour in stock is the alternative',
    body: 'Hi Lucy,\n\nSadly the green dress is out of stock in your size. The navy one is available in a 12 for $85.\n\nBest,\nAmy',
    flagged: false,
  },
  {
    name: 'en: "my diary is full" with nothing offered is flagged',
    body: "Hi Lucy,\n\nMy diary is full until July, I'm afraid.\n\nBest,\nAmy",
    flagged: true,
  },
  {
    name: 'en: "We will no longer provide … after 31 August" is the decision, not its own next step',
    body: 'Hi Greg,\n\nWe will no longer provide IT support to Summit Dental after 31 August. We wish you all the best.\n\nRegards,\nLiam',
    flagged: true,
  },
  {
    name: 'en: the same termination with the unused fee paid back passes',
    body: 'Hi Greg,\n\nWe will no longer provide IT support to Summit Dental after 31 August. The unused part of your annual fee, $600, will be paid back to you by 5 September.\n\nRegards,\nLiam',
    flagged: false,
  },
  {
    name: 'en: an offer after the decline in the same clause still counts',
    body: "Hi Rachel,\n\nWe can't do Saturday but we can do Sunday at 10 am.\n\nBest,\nAmy",
    flagged: false,
  },
  {
    name: 'en: a referral phrased as "you could try …" counts',
    body: "Hi Rachel,\n\nWe can't take on a wedding cake for 300 guests. You could try Sunrise Bakery on Mill Lane.\n\nBest,\nAmy",
    flagged: false,
  },
  {
    name: 'en: "… might be able to help" names another business',
    body: "Hi Rachel,\n\nWe can't take on a wedding cake for 300 guests. Sunrise Bakery on Mill Lane might be able to help.\n\nBest,\nAmy",
    flagged: false,
  },
  {
    name: 'en: good wishes are no alternative',
    body: "Hi Rachel,\n\nWe can't take on a wedding cake for 300 guests. I hope you find someone.\n\nBest,\nAmy",
    flagged: true,
  },
  {
    name: 'en: a forfeited deposit is a decision; with nothing offered it is flagged',
    body: 'Hi Sam,\n\nAs the booking was cancelled 2 days before, the deposit is forfeited.\n\nBest,\nJo',
    flagged: true,
  },
  {
    name: 'en: "the price remains $450" with a smaller option passes',
    body: 'Hi Sam,\n\nThe price remains $450. A smaller package with 20 photos is $300.\n\nBest,\nJo',
    flagged: false,
  },
  {
    name: 'en: "lessons end on 30 May" ends service; with no closing step it is flagged',
    body: 'Dear Mr. Holt,\n\nWe are not able to continue, and lessons end on 30 May.\n\nRegards,\nKaren',
    flagged: true,
  },
  {
    name: 'en: the detail of what was declined does not make a vague offer concrete',
    body: "Hi Sam,\n\nWe can't offer a 20% discount, but we'll help where we can.\n\nBest,\nJo",
    flagged: true,
  },
  {
    name: 'en: the price of a bigger order is the option ("For thirty guests it would be £1,250")',
    body: "Dear Helen,\n\nThe £540 I quoted was for twelve guests, so I can't cater for thirty at that price. For thirty guests it would be £1,250.\n\nBest wishes,\nMarianne",
    flagged: false,
  },
  {
    name: 'en: "I can\'t cater for thirty at that price" with nothing else is flagged',
    body: "Dear Helen,\n\nThe £540 I quoted was for twelve guests, so I can't cater for thirty at that price.\n\nBest wishes,\nMarianne",
    flagged: true,
  },
  {
    name: 'en: another branch that does the same job at a price is the option',
    body: "Hi Jade,\n\nSorry, your street is outside our service area, so we can't send the van.\n\nOur unit in town does the same full valet for £45.\n\nThanks,\nLeo",
    flagged: false,
  },
  {
    name: 'en: meeting halfway on a redo is an option',
    body: "Hi Georgia,\n\nYou signed off the hem at the fitting, so we won't redo it for free. We could meet you halfway on the cost.\n\nBest,\nIrina",
    flagged: false,
  },
  {
    name: 'en: how the outstanding balance can be paid is the next step when ending service',
    body: "Dear Ms. Lowe,\n\nWe will end the service contract on 15 July. You can pay the balance of £432 by bank transfer before 15 July.\n\nKind regards,\nAlan",
    flagged: false,
  },
  {
    name: 'en: lessons finishing with the rest sorted "sometime soon" has no next step',
    body: "Hi Mel,\n\nThe Saturday junior lessons are finishing for the season. We'll sort out Finn's remaining sessions sometime soon.\n\nThanks,\nSurf School",
    flagged: true,
  },
  {
    name: 'en: a complaint reply that only defends the signed terms owes a next step',
    body: "Dear Ms. Reyes,\n\nThank you for your email about the $80 late return fee. The rental agreement you signed says tools returned after 5 pm are charged a second day. The drill came back at 7:40 pm.\n\nThe fee reflects that term.\n\nKind regards,\nOwen",
    options: { scenario: 'complaint-right' },
    flagged: true,
  },
  {
    name: 'en: the same defence with a hedged offer ("perhaps we could…") declines nothing (the hedge is firmness\'s)',
    body: "Dear Ms. Reyes,\n\nThe rental agreement you signed says tools returned after 5 pm are charged a second day. Perhaps we could look at the fee again, I'm not sure yet.\n\nKind regards,\nOwen",
    options: { scenario: 'complaint-right' },
    flagged: false,
  },
  {
    name: 'en: a complaint reply that explains and offers nothing owes a next step, cited terms or not',
    body: "Hi Ms. Greene,\n\nThanks for letting us know. The roses delivered on Friday were fresh and the right variety, and shades vary with the season.\n\nRegards,\nPetal & Stem",
    options: { scenario: 'complaint-right' },
    flagged: true,
  },
  {
    name: 'en: a complaint about timing answered with the date ("will be … by Friday 31 May") has its next step',
    body: "Hi Mr. Bauer,\n\nAs listed in the booking confirmation, galleries are delivered within 21 working days. Your gallery will be in your inbox by Friday 31 May.\n\nBest,\nIsla",
    options: { scenario: 'complaint-right' },
    flagged: false,
  },
  {
    name: 'en: "going to say no to" declines, with nothing offered',
    body: "Hi Jo,\n\nI've had a think, and I'm going to say no to the 15% discount. Our prices already sit below most studios in town.\n\nBest,\nKira",
    flagged: true,
  },
  {
    name: 'en: a reprint "at your cost" leaves the cost with the customer, with nothing offered',
    body: "Hi Dee,\n\nThe proof you approved on 2 May showed the same spelling, so the reprint would be at your cost.\n\nThanks,\nPrint Hub",
    flagged: true,
  },
  {
    name: 'en: a fee "waived" this time is the remedy itself; "won\'t be waived" is not',
    body: "Hi Jo,\n\nThanks for your message about the cleaning fee. The hire agreement you signed lists it for glitter. As a one-off, we've waived it this time.\n\nBest,\nHall",
    options: { scenario: 'complaint-right' },
    flagged: false,
  },
  {
    name: 'en: "instead of" compares what happened; it offers nothing',
    body: "Hi Marcus,\n\nThanks for your email about the $25 late fee. Our terms, which you accepted at booking, charge it when a return is more than a day late, and the van came back on Tuesday instead of Monday.\n\nBest regards,\nRoadway Van Hire",
    options: { scenario: 'complaint-right' },
    flagged: true,
  },
];
