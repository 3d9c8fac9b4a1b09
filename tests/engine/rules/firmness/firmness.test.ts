// Firmness, both languages: hedged or negotiable decisions are flagged and fixed into plain
// statements; hedges on suggestions, "belum bisa" with a firm reason, and ordinary mail pass.
import { describe, expect, test } from 'vitest';
import { analyze, fixAll, type AnalyzeOptions } from '../../../../src/engine';

type Case = { name: string; body: string; options?: AnalyzeOptions; flagged: boolean; fixed?: string };

const cases: Case[] = [
  {
    name: 'en: a refusal that goes to "see if there\'s any wiggle room" reopens it',
    body: "Hi Pat,\n\nThe ticket is non-refundable, as the booking page says. I'll have a word with the manager, though, and see if there's any wiggle room.\n\nBest,\nKit",
    flagged: true,
  },
  {
    name: 'en: ending a contract "unless you\'d rather we carried on" leaves it open',
    body: "Hi Sam,\n\nWe'll be ending the cleaning contract on 30 June, unless you'd rather we carried on a bit longer, in which case just say.\n\nThe final invoice will follow on 1 July.\n\nBest,\nKit",
    flagged: true,
  },
  {
    name: 'en: the amount left to the customer ("or whatever you feel is fair") reopens a refused discount',
    body: "Hi Jan,\n\nWe can't take 30% off the hire. Maybe 10%, or whatever you feel is fair. The smaller marquee is £600.\n\nBest,\nKit",
    flagged: true,
  },
  {
    name: 'en: a rule waived with a hedge ("but if you must, it\'s probably fine")',
    body: "Hi all,\n\nFrom Monday, please collect children by 3pm. If pick-up is a little later than that, it's probably fine.\n\nThanks,\nKit",
    flagged: true,
  },
  {
    name: 'id: jumlah diserahkan ke pelanggan ("berapa yang Bapak anggap pantas") membuka lagi penolakan',
    body: 'Halo Pak,\n\nPotongan 30% untuk sewa tenda tidak bisa kami berikan. Mungkin 10% atau berapa yang Bapak anggap pantas. Tenda ukuran kecil Rp600.000.\n\nSalam,\nKiki',
    flagged: true,
  },
  {
    name: 'id: aturan yang dilepas dengan ragu ("mungkin gak apa-apa")',
    body: 'Halo Bunda,\n\nMulai Senin, anak dijemput paling lambat jam 15.00. Kalau telat sedikit mungkin gak apa-apa.\n\nSalam,\nKiki',
    flagged: true,
  },
  {
    name: 'en: an invitation to talk is replaced by "This decision is final." unless the draft already says it',
    body: "Hi Sam,\n\nWe can't refund the deposit. We can move your date to June. Let me know what you think.\n\nBest,\nKit",
    flagged: true,
    fixed: "Hi Sam,\n\nWe can't refund the deposit. We can move your date to June. This decision is final.\n\nBest,\nKit",
  },
  {
    name: 'en: …and removed when the draft already says the decision is final',
    body: "Hi Sam,\n\nThis decision is final: we can't refund the deposit. We can move your date to June. Let me know what you think.\n\nBest,\nKit",
    flagged: true,
    fixed: "Hi Sam,\n\nThis decision is final: we can't refund the deposit. We can move your date to June.\n\nBest,\nKit",
  },
  {
    name: 'en: the decision taken to someone else ("I\'ll run it past my partner") reopens it',
    body: "Hi Sam,\n\nThe deposit isn't refundable. I'll run it past my partner tonight though and see what she thinks.\n\nMo",
    flagged: true,
  },
  {
    name: 'en: a price rise left open ("we can probably work something out") is a hedged rule',
    body: "Hi Sam,\n\nPrices go up to £60 from May. If that's a stretch, just say and we can probably work something out.\n\nMo",
    flagged: true,
  },
  {
    name: 'en: the same price rise with an offer to answer questions passes',
    body: 'Hi Sam,\n\nPrices go up to £60 from May. If you have questions, just reply to this email.\n\nMo',
    flagged: false,
  },
  {
    name: 'en: an ending left open ("I could probably keep going a month or two")',
    body: "Hi Sam,\n\nWe're ending the cleaning contract on 30 June. If you're stuck, I could probably keep going a month or two.\n\nMo",
    flagged: true,
  },
  {
    name: 'id: keputusan dibawa ke keluarga ("coba saya omongin sama suami dulu") membukanya lagi',
    body: 'Halo kak,\n\nDP tidak bisa dikembalikan ya kak. Tapi nanti coba saya omongin sama suami dulu deh.\n\nSalam',
    flagged: true,
  },
  {
    name: 'id: harga pas yang bisa "diatur-atur" tidak tegas',
    body: 'Halo kak,\n\nHarga sudah pas kak. Cuma kalau kakak ambil banyak, ya bisa lah kita atur-atur.\n\nSalam',
    flagged: true,
  },
  {
    name: 'id: akhir kontrak yang "masih bisa kita lanjut" tidak tegas',
    body: 'Halo Pak,\n\nKontrak kebersihan kantor Bapak kami akhiri per 30 Juni. Tapi kalau Bapak masih butuh, sepertinya masih bisa kita lanjut sebulan dua bulan.\n\nSalam',
    flagged: true,
  },
  {
    name: 'en: the same ending stated plainly passes',
    body: "Hi Sam,\n\nWe'll be ending the cleaning contract on 30 June. The final invoice will follow on 1 July.\n\nBest,\nKit",
    flagged: false,
  },
  {
    name: 'en: "I\'m not sure why you thought…" doubts the customer\'s view, not the decision',
    body: "Hi Lou,\n\nI'm not sure why you thought the deposit would come back after you cancelled the day before. The deposit is non-refundable, as your booking terms say. We can move the date once at no cost.\n\nRegards,\nKim",
    options: { scenario: 'complaint-right', inRight: true },
    flagged: false,
  },
  {
    name: 'en: "I don\'t think we\'re the right fit" is the general reason for ending, not a hedge on it',
    body: "Hi Jess,\n\nI don't think we're the right fit for your garden any more, and we've decided to stop the fortnightly visits after May. The last invoice goes out on 31 May.\n\nBest,\nRon",
    options: { scenario: 'termination', inRight: true },
    flagged: false,
  },
  {
    name: 'en: "I don\'t think we can keep … going" still hedges the ending itself',
    body: "Hi Jess,\n\nI don't think we can keep the fortnightly visits going after May. The last invoice goes out on 31 May.\n\nBest,\nRon",
    options: { scenario: 'termination', inRight: true },
    flagged: true,
  },
  {
    name: 'id: "saya rasa kami kurang cocok" names the fit, the ending stays firm',
    body: 'Halo Bu Rina,\n\nSaya rasa kami kurang cocok untuk kebutuhan taman Ibu, jadi perawatan dua mingguan kami hentikan akhir Mei. Tagihan terakhir kami kirim 31 Mei.\n\nSalam,\nPak Darto',
    options: { scenario: 'termination', inRight: true },
    flagged: false,
  },
  {
    name: 'en: a new payment rule left to "some arrangement" if it is "going to be a problem" is open to haggling',
    body: "Hi all,\n\nFrom 1 March, invoices will be due within 14 days. If that's going to be a real problem for anyone, just shout and I'm sure we can come to some arrangement.\n\nThanks,\nRita",
    flagged: true,
  },
  {
    name: 'en: ending a membership while "open to revisiting that" reopens it',
    body: "Hi Sam,\n\nWe've decided to end your membership from 1 May, though I'd be open to revisiting that. Your last direct debit is 1 April.\n\nThanks,\nRita",
    flagged: true,
  },
  {
    name: 'en: "in two minds … let me have a think" about a fee the customer agreed to',
    body: "Hi Sam,\n\nThe class pack is non-refundable, as stated at checkout. I'm in two minds about it myself, so let me have a think over the weekend.\n\nThanks,\nRita",
    options: { scenario: 'complaint-right', inRight: true },
    flagged: true,
  },
  {
    name: 'en: the same membership ended firmly, with its last debit, passes',
    body: "Hi Sam,\n\nWe've decided to end your membership from 1 May. Your last direct debit is 1 April.\n\nThanks,\nRita",
    flagged: false,
  },
  {
    name: 'en: "I\'m not convinced we could" hedges a refusal with doubt',
    body: "Hi Ruth,\n\nI'm not convinced we could do the full menu for 40 on Christmas Eve. A buffet for 40 is $900.\n\nThanks,\nDan",
    flagged: true,
  },
  {
    name: 'en: "not convinced" about a dish in the offer hedges no decision',
    body: "Hi Ruth,\n\nWe can't do the full menu for 40 on Christmas Eve. A buffet for 40 is $900. I'm not convinced the salmon travels well, so I'd swap it for beef.\n\nThanks,\nDan",
    options: { scenario: 'refusal', inRight: true },
    flagged: false,
  },
  {
    name: 'en: a free redo offered with a hedge where the business is right reopens the terms',
    body: "Hi Jo,\n\nYou approved the proof on 3 May, so the banner matches it. Maybe we could reprint it for free, if that helps.\n\nBest,\nKai",
    options: { scenario: 'complaint-right', inRight: true },
    flagged: true,
  },
  {
    name: 'en: a hedged paid suggestion concedes nothing',
    body: "Hi Jo,\n\nYou approved the proof on 3 May, so the banner matches it. You might find the matte vinyl at $40 reads better outdoors.\n\nBest,\nKai",
    options: { scenario: 'complaint-right', inRight: true },
    flagged: false,
  },
  {
    name: 'id: biaya yang disepakati dihapus dengan ragu ("mgkn bisa kami hapus")',
    body: 'Halo kak,\n\nBiaya tambahan Rp100.000 sudah tertulis di penawaran. Tp mgkn biayanya bisa kami hapus aja kalo kakak keberatan.\n\nSalam',
    options: { scenario: 'complaint-right', inRight: true },
    flagged: true,
  },
  {
    name: 'id: "mungkin" pada saran berbayar tidak mengalah',
    body: 'Halo kak,\n\nBiaya tambahan Rp100.000 sudah tertulis di penawaran. Mungkin paket Hemat Rp250.000 bisa jadi pilihan untuk pindahan berikutnya.\n\nSalam',
    options: { scenario: 'complaint-right', inRight: true },
    flagged: false,
  },
  {
    name: 'id: a hedged tip the customer can follow ("mungkin lain kali bisa pilih … biar gratis ongkir") gives nothing away',
    body: 'Halo kak,\n\nOngkir Rp20.000 sudah tertulis di deskripsi produk ya kak. Mungkin lain kali bisa pilih ambil sendiri di toko biar gratis ongkir.\n\nMakasih kak',
    options: { scenario: 'complaint-right', inRight: true },
    flagged: false,
  },
  {
    name: 'en: a deposit rule waived on request ("if it\'s really a problem … we can skip it")',
    body: "Hi everyone,\n\nFrom 1 March, bookings will need a 30% deposit. If it's really a problem for you, just let me know and we can skip it.\n\nThanks,\nMel",
    flagged: true,
  },
  {
    name: 'en: "we might be able to refund part of it" gives in with the hedge before the offer',
    body: "Hi Jo,\n\nThanks for your message about the cleaning fee. The hire agreement you signed lists it for glitter. We might be able to refund part of it if that helps.\n\nBest,\nHall",
    options: { scenario: 'complaint-right', inRight: true },
    flagged: true,
  },
  {
    name: 'id: "barangkali biaya tersebut dapat kami hapuskan" mengalah dengan ragu',
    body: 'Dengan hormat,\n\nBiaya kebersihan sudah tercantum di perjanjian sewa yang Bapak tanda tangani. Barangkali biaya tersebut dapat kami hapuskan apabila Bapak berkenan.\n\nHormat kami',
    options: { scenario: 'complaint-right', inRight: true },
    flagged: true,
  },
  {
    name: 'en: "This might not be possible" still hedges ("this" makes no noun of "might")',
    body: "Hi Jo,\n\nThis might not be possible for the wedding date. We can do the Sunday instead.\n\nBest,\nKai",
    flagged: true,
  },
  {
    name: 'en: "the kind of service" is a noun, not a hedge',
    body: "Dear Mr. Rivera,\n\nWe will end our maintenance service on 31 July. We are not able to provide the kind of service you expect. The final invoice follows on 31 July.\n\nRegards,\nHannah",
    flagged: false,
  },
  {
    name: 'en: a habit declined ("don\'t usually") then given in to ("I guess we could") is not firm',
    body: "Hi Nell,\n\nWe don't usually deliver before 7 am. I guess we could make an early drop work for you though.\n\nBest,\nOla",
    flagged: true,
  },
  {
    name: 'id: a refusal given in to ("ya udah deh, aku usahain")',
    body: 'Halo kak,\n\nSebenernya pesanan kilat nggak bisa kak. Ya udah deh, aku usahain selesai besok.\n\nMakasih kak',
    flagged: true,
  },
  {
    name: 'en: a boundary asked as "we\'d like to ask that…, if possible" is hedged',
    body: "Hi all,\n\nWe'd like to ask that, if possible, maybe bikes aren't left in the hallway. No worries if not.\n\nThanks,\nKit",
    flagged: true,
  },
  {
    name: 'en: a refusal left to be thought over ("could possibly", "I\'d have to think about it")',
    body: "Hi Kim,\n\nThe hire deposit is non-refundable, as agreed. We could possibly consider a small credit, I'd have to think about it.\n\nBest,\nRoy",
    flagged: true,
  },
  {
    name: 'en: an offer to negotiate the rate reopens it',
    body: "Hi Leo,\n\nWe can't go below £40 an hour, but I'm happy to negotiate if it feels steep.\n\nBest,\nSue",
    flagged: true,
  },
  {
    name: 'id: a refusal opened to talk again ("boleh dibicarakan lagi kok")',
    body: 'Halo kak,\n\nMohon maaf kak, DP tidak bisa dikembalikan sesuai syarat booking. Tapi kalau keberatan, boleh dibicarakan lagi kok.\n\nSalam',
    flagged: true,
  },
  {
    name: 'id: chat hours loosened for an urgent case ("boleh lah", "diusahain")',
    body: 'Halo kak, admin cuma online jam 09.00-17.00 ya kak. Tapi kalau penting sih boleh lah chat malam, nanti diusahain.\n\nMakasih!',
    flagged: true,
  },
  {
    name: 'id: chat hours stated plainly stay firm',
    body: 'Halo kak, admin cuma online jam 09.00-17.00 ya kak. Chat di luar jam itu kami balas besok pagi.\n\nMakasih!',
    flagged: false,
  },
  {
    name: 'id: a deposit rule waived for long-time customers ("sih bebas aja")',
    body: 'Halo kak,\n\nMulai bulan depan DP 50% ya kak, tapi kalau kakak langganan lama sih bebas aja.\n\nSalam',
    flagged: true,
  },
  {
    name: 'id: "bebas" as free of charge keeps the rule',
    body: 'Halo kak,\n\nMulai bulan depan DP 50% ya kak. Ongkir bebas untuk area Depok.\n\nSalam',
    flagged: false,
  },
  {
    name: 'id: the decision handed up to the owner ("nanti coba aku tanya owner dulu") reopens it',
    body: 'Halo kak,\n\nDiskon belum bisa ya kak, tapi nanti coba aku tanya owner dulu. Free ongkir Rp15.000 bisa.\n\nSalam',
    flagged: true,
  },
  {
    name: 'id: the working-hours rule given up for an urgent case ("kalau mendesak ya boleh lah")',
    body: 'Halo kak Evan,\n\nMulai sekarang jam kerjaku Senin–Jumat 09.00–17.00, tapi kalau mendesak ya boleh lah chat malam.\n\nMakasih kak!\nNayla',
    flagged: true,
  },
  {
    name: 'id: an urgent case at a price keeps the rule ("Kalau mendesak, ada biaya express")',
    body: 'Halo kak Evan,\n\nMulai sekarang jam kerjaku Senin–Jumat 09.00–17.00. Kalau mendesak, revisi malam ada biaya express Rp50.000.\n\nMakasih kak!\nNayla',
    flagged: false,
  },
  {
    name: 'en: a working-hours rule reopened ("I might be able to make exceptions now and then")',
    body: "Hi everyone,\n\nFrom now on, if you arrive late your session still ends at the booked time. I might be able to make exceptions now and then, so feel free to ask.\n\nEllie",
    flagged: true,
  },
  {
    name: 'en: a plain refusal with an option passes',
    body: "Hi Jonah,\n\nWe can't offer net 60. We can split the order into two 20 kg deliveries.\n\nCheers,\nMia",
    flagged: false,
  },
  {
    name: 'en: a hedge on a referral is fine',
    body: "Dear Mr. Duarte,\n\nWe will no longer provide cleaning from 30 June. You might find Tidy Corner a good fit; their number is 555-0142.\n\nRosa",
    flagged: false,
  },
  {
    name: 'en: our doubt about a possibility is a hedged no ("not sure a refund is really on the cards")',
    body: "Hi Kwame,\n\nI'm not sure a refund is really on the cards at this point. What I can do is move you to monthly billing from 1 June.\n\nBest,\nLena",
    flagged: true,
  },
  {
    name: 'en: "rates are usually fixed, though I could see what I can do" reopens the price',
    body: "Hi Sofia,\n\nThe bridal package is $450. My rates are usually fixed, though I could see what I can do if the budget is tight.\n\nxx\nNoor",
    flagged: true,
    fixed: "Hi Sofia,\n\nThe bridal package is $450. My rates are usually fixed.\n\nxx\nNoor",
  },
  {
    name: 'en: "the team still talk about" an anecdote reopens nothing',
    body: "Hello Mr. Petrov,\n\nThe team still talk about how Max adopted the corner bed. We can't take him on the 12th without his vaccination record. If your vet emails us the record this week, his booking stays as it is.\n\nBest wishes,\nHayley",
    flagged: false,
  },
  {
    name: 'en: a rule left to the customers\' approval ("only if people are okay with that")',
    body: "Hi lovelies,\n\nFrom next month late cancellations get charged half the price. Only if people are okay with that, I don't want anyone upset.\n\nAmara",
    flagged: true,
  },
  {
    name: 'en: "isn\'t refundable" decides; "I guess we could maybe look at a partial refund" reopens it',
    body: "Hi Jess,\n\nThe ticket price isn't refundable. I guess we could maybe look at a partial refund if you feel really strongly about it? Here's a code for 20% off your next booking: LIGHT20.\n\nCheers,\nTeam Locked In",
    flagged: true,
    fixed: "Hi Jess,\n\nThe ticket price isn't refundable. This decision is final. Here's a code for 20% off your next booking: LIGHT20.\n\nCheers,\nTeam Locked In",
  },
  {
    name: 'en: a hedged house rule about messages ("I\'d maybe like to keep messages to daytime hours")',
    body: "Hi parents,\n\nI'd maybe like to keep messages to daytime hours.\n\nThanks,\nDaniel",
    flagged: true,
    fixed: "Hi parents,\n\nI'd like to keep messages to daytime hours.\n\nThanks,\nDaniel",
  },
  {
    name: 'en: "I\'m thinking we should probably call it a day on the retainer" hedges the end of service',
    body: "Hi Amy,\n\nI'm thinking we should probably call it a day on the monthly retainer. Your final invoice will follow on 30 June.\n\nSpeak soon,\nTom",
    flagged: true,
  },
  {
    name: 'en: "We\'d prefer if you maybe didn\'t message the salon after 9 pm" hedges a house rule',
    body: "Hi Tara,\n\nWe'd prefer if you maybe didn't message the salon after 9 pm.\n\nThanks,\nBea",
    flagged: true,
    fixed: "Hi Tara,\n\nWe'd prefer if you didn't message the salon after 9 pm.\n\nThanks,\nBea",
  },
  {
    name: 'en: "I don\'t really want to extend the deadline, but I guess I could give you until Monday" reopens it',
    body: "Hi Zoe,\n\nI don't really want to extend the deadline again, but I guess I could give you until Monday if you absolutely need it.\n\nCheers,\nMo",
    flagged: true,
  },
  {
    name: 'en: "we might not be able to" becomes "we are not able to"',
    body: 'Hi Ana,\n\nWe might not be able to take 20% off the oak table. The ash version is $1,420.\n\nBest,\nTomas',
    flagged: true,
    fixed: 'Hi Ana,\n\nWe are not able to take 20% off the oak table. The ash version is $1,420.\n\nBest,\nTomas',
  },
  {
    name: 'en: "Perhaps" on the decision goes, the capital moves',
    body: "Dear Mr. Okafor,\n\nPerhaps it won't be possible to confirm by Friday 14 October. We can confirm by 21 October.\n\nPriya",
    flagged: true,
    fixed: "Dear Mr. Okafor,\n\nIt won't be possible to confirm by Friday 14 October. We can confirm by 21 October.\n\nPriya",
  },
  {
    name: 'en: an invitation to negotiate becomes a clear statement',
    body: "Hi Greg,\n\nWe will not renew the contract when it ends on 31 August. We haven't fully decided, so let me know what you think.\n\nYour handover document follows on 25 August.\n\nLiam",
    flagged: true,
    fixed: 'Hi Greg,\n\nWe will not renew the contract when it ends on 31 August. This decision is final.\n\nYour handover document follows on 25 August.\n\nLiam',
  },
  {
    name: 'en: "not negotiable" is firm, not an invitation',
    body: 'Hi Tom,\n\nThe $25 fee is on the price list and is not negotiable. Next time, a brushing plan avoids it.\n\nAna',
    flagged: false,
  },
  {
    name: 'en: hedges in a complaint-wrong reply are not firmness problems',
    body: "Hi Carlos,\n\nThat was our mistake. It should maybe reach you by Thursday.\n\nMia",
    flagged: false,
  },
  {
    name: 'en: "Maybe if you read…" is a jab at the customer, not a hedge on the decision',
    body: 'Hi Paul,\n\nThe late cancellation fee is $40 and it stays. Maybe if you check the form, the reason will be clear. We can move your next session to Friday at no cost.\n\nRegards,\nClare',
    flagged: false,
  },
  {
    name: 'en: "Maybe if you\'d read…" (contracted) is no hedge either',
    body: "Hi Sam,\n\nThe fee stays. Maybe if you'd read the booking form, the reason would be clear. We can move your next session to Friday at no cost.\n\nBest,\nJo",
    flagged: false,
  },
  {
    name: 'en: "It seems we can\'t" loses its hedge',
    body: "Hi Sam,\n\nIt seems we can't fit the cake order in this week. We can do it for Monday 6 May.\n\nBest,\nJo",
    flagged: true,
    fixed: "Hi Sam,\n\nWe can't fit the cake order in this week. We can do it for Monday 6 May.\n\nBest,\nJo",
  },
  {
    name: 'en: "We\'re unlikely to be able to" becomes "We are not able to"',
    body: 'Hi Sam,\n\nWe\'re unlikely to be able to refund this. A $20 voucher is available.\n\nBest,\nJo',
    flagged: true,
    fixed: 'Hi Sam,\n\nWe are not able to refund this. A $20 voucher is available.\n\nBest,\nJo',
  },
  {
    name: 'en: "open to suggestions" and "middle ground" reopen a refusal',
    body: "Hi Sam,\n\nWe can't do the discount, but maybe we can find a middle ground. A smaller package is $300.\n\nBest,\nJo",
    flagged: true,
  },
  {
    name: 'en: "unlikely" in a plain status update of ordinary mail is not a firmness issue',
    body: 'Hi Sam,\n\nRain is unlikely on Saturday, so the shoot stays at 10 am in the park.\n\nBest,\nJo',
    flagged: false,
  },
  {
    name: 'en: a late-fee rule followed by "no worries if not" is left optional',
    body: 'Hi all,\n\nFrom 1 March, late payments will incur a $15 fee. No worries if not, though.\n\nThanks,\nJo',
    flagged: true,
  },
  {
    name: 'en: a plain late-fee rule is firm',
    body: 'Hi all,\n\nFrom 1 March, late payments will incur a $15 fee. Invoices are payable within 14 days.\n\nThanks,\nJo',
    flagged: false,
  },
  {
    name: 'en: "I doubt we can" becomes "We cannot"',
    body: 'Hi Dan,\n\nI doubt we can do the rush order by Friday. We can deliver on Tuesday.\n\nRegards,\nJo',
    flagged: true,
    fixed: 'Hi Dan,\n\nWe cannot do the rush order by Friday. We can deliver on Tuesday.\n\nRegards,\nJo',
  },
  {
    name: 'en: "it\'s unlikely we\'ll be able to" after "I\'m afraid" becomes firm',
    body: "Hi Dan,\n\nI'm afraid it's unlikely we'll be able to match that price. Our best price is $450.\n\nRegards,\nJo",
    flagged: true,
    fixed: "Hi Dan,\n\nI'm afraid we are not able to match that price. Our best price is $450.\n\nRegards,\nJo",
  },
  {
    name: 'en: "I don\'t really think we can" becomes "we cannot"',
    body: "Hi Dan,\n\nThe warranty doesn't cover this, so I don't really think we can replace it. We can repair it for $60.\n\nRegards,\nJo",
    flagged: true,
    fixed: "Hi Dan,\n\nThe warranty doesn't cover this, so we cannot replace it. We can repair it for $60.\n\nRegards,\nJo",
  },
  {
    name: 'en: "it would be great if" softens a payment rule into a wish',
    body: 'Hi all,\n\nFrom next month, it would be great if invoices were paid within 14 days.\n\nThanks,\nJo',
    flagged: true,
  },
  {
    name: 'en: "please try to" leaves the notice rule optional',
    body: "Hi all,\n\nGoing forward, please try to give us 24 hours' notice of cancellations.\n\nThanks,\nJo",
    flagged: true,
    fixed: "Hi all,\n\nGoing forward, please give us 24 hours' notice of cancellations.\n\nThanks,\nJo",
  },
  {
    name: 'en: "we can be a bit flexible" reopens a deposit rule',
    body: 'Hi all,\n\nPlease note our new policy: deposits are required for all bookings, though we can be a bit flexible.\n\nThanks,\nJo',
    flagged: true,
  },
  {
    name: 'en: "I suppose we could maybe … if you\'re really unhappy" reopens an approved proof',
    body: "Hi Naomi,\n\nThanks for letting us know about the colours. The proof you approved shows the same shades. I suppose we could maybe reprint at a discount if you're really unhappy?\n\nBest,\nKim",
    flagged: true,
  },
  {
    name: 'en: "I don\'t think it was really something we missed" doubts the business\'s own stance',
    body: "Hi Naomi,\n\nThanks for letting us know about the oven. Our Standard Clean covers the outside of appliances, as shown at booking. I don't think it was really something we missed.\n\nBest,\nKim",
    flagged: true,
  },
  {
    name: 'en: "if that feels fair to you" reopens an agreed rule',
    body: 'Hi Mrs. Oyelaran,\n\nThe slip you signed says standard wash, so we cannot refund the blouse. We could cover part of the cost, if that feels fair to you?\n\nKind regards,\nJoy',
    flagged: true,
    fixed: 'Hi Mrs. Oyelaran,\n\nThe slip you signed says standard wash, so we cannot refund the blouse. We could cover part of the cost?\n\nKind regards,\nJoy',
  },
  {
    name: 'en: "we\'ll figure it out" leaves a payment rule optional',
    body: "Hi everyone,\n\nFrom next month walks are paid in advance. If that doesn't suit you, we'll figure it out.\n\nThanks,\nBea",
    flagged: true,
  },
  {
    name: 'en: "nothing is set in stone" on ending service',
    body: 'Hi Daniel,\n\nWe will stop the daily pastry delivery after 30 September, but nothing is set in stone. Your final invoice comes on 1 October.\n\nBest,\nHannah',
    flagged: true,
  },
  {
    name: 'id: penolakan jelas dengan pilihan lolos',
    body: 'Halo kak Putri 😊\n\nPermak ini gak termasuk garansi gratis ya kak. Tapi kami bisa bantu longgarin jahitan, biayanya Rp50.000.\n\nSalam,\nBu Ani',
    flagged: false,
  },
  {
    name: 'id: "mungkin" pada saran, bukan pada keputusan, boleh',
    body: 'Halo kak Yoga 🙏\n\nUntuk sparepart bawaan, kami gak kasih garansi ya kak. Kalau mau lebih hemat, mungkin LCD OEM Rp520.000 bisa jadi pilihan.\n\nSalam,\nFajar',
    flagged: false,
  },
  {
    name: 'id: "belum bisa" dengan alasan tegas bukan keraguan',
    body: 'Halo kak,\n\nPesanan custom belum bisa kami terima bulan ini karena kuota produksi sudah penuh. Slot berikutnya tanggal 5 Juli.\n\nSalam,\nAyu',
    flagged: false,
  },
  {
    name: 'id: "sepertinya ... tidak bisa" kehilangan keraguannya',
    body: 'Halo kak Dinda,\n\nSoal refund, sepertinya gak bisa ya kak. Kami bisa kasih mandi gratis minggu depan.\n\nSalam,\nHappy Paws',
    flagged: true,
    fixed: 'Halo kak Dinda,\n\nSoal refund, gak bisa ya kak. Kami bisa kasih mandi gratis minggu depan.\n\nSalam,\nHappy Paws',
  },
  {
    name: 'id: ajakan menawar di ekor kalimat dihapus, keputusannya tetap',
    body: 'Halo Pak Joko,\n\nKami tidak bisa renew kontraknya, tapi belum final juga sih, let me know pendapat Bapak ya.\n\nInvoice terakhir kami kirim 30 September.\n\nThanks,\nAndre',
    flagged: true,
    fixed: 'Halo Pak Joko,\n\nKami tidak bisa renew kontraknya.\n\nInvoice terakhir kami kirim 30 September.\n\nThanks,\nAndre',
  },
  {
    name: 'id: "bisa dinego" dalam aturan',
    body: 'Halo kak Rio,\n\nMulai sekarang DP 50% wajib dibayar sebelum jadwal dikunci. Kalau keberatan, bisa dinego kok kak.\n\nSalam,\nBersih Kilat',
    flagged: true,
    fixed: 'Halo kak Rio,\n\nMulai sekarang DP 50% wajib dibayar sebelum jadwal dikunci. Keputusan ini sudah final.\n\nSalam,\nBersih Kilat',
  },
  {
    name: 'id: "kurang yakin bisa" adalah penolakan yang ragu, jadi "tidak bisa"',
    body: 'Halo kak,\n\nUntuk refund, kami kurang yakin bisa diproses ya kak karena sudah lewat 7 hari. Kami bisa tukar ukuran gratis minggu ini.\n\nSalam,\nToko Rama',
    flagged: true,
    fixed: 'Halo kak,\n\nUntuk refund, kami tidak bisa diproses ya kak karena sudah lewat 7 hari. Kami bisa tukar ukuran gratis minggu ini.\n\nSalam,\nToko Rama',
  },
  {
    name: 'id: "bisa kita bahas lagi" membuka lagi keputusan',
    body: 'Halo Bu Ani,\n\nDP Rp500.000 tidak bisa dikembalikan karena bahan sudah kami beli. Tapi kalau Ibu keberatan, bisa kita bahas lagi ya.\n\nKami bisa geser jadwal jahit ke bulan depan tanpa biaya.\n\nSalam,\nRina',
    flagged: true,
    fixed: 'Halo Bu Ani,\n\nDP Rp500.000 tidak bisa dikembalikan karena bahan sudah kami beli. Keputusan ini sudah final.\n\nKami bisa geser jadwal jahit ke bulan depan tanpa biaya.\n\nSalam,\nRina',
  },
  {
    name: 'id: "nanti aku pikir-pikir lagi" pada penolakan',
    body: 'Hai kak Sisi,\n\nRevisi ke-4 tidak termasuk paket Basic ya kak, add-on revisi Rp150.000. Tapi entar aku pikir-pikir lagi deh.\n\nThanks,\nDimas',
    flagged: true,
  },
  {
    name: 'id: "tidak bisa ditawar" itu tegas',
    body: 'Halo kak,\n\nHarga sudah pas dan tidak bisa ditawar ya kak. Kalau mau lebih hemat, ada paket mini Rp100.000 isi 10 pcs.\n\nSalam,\nDapur Bunda',
    flagged: false,
  },
  {
    name: 'id: "gimana nanti aja … nanti saya coba ajukan" membuka lagi penolakan',
    body: 'Halo Pak,\n\nUntuk garansi, kami gak bisa ganti unit baru Pak. Bisa kami servis gratis, estimasi 3 hari kerja.\n\nTapi ya gimana nanti aja Pak, kalau Bapak tetap mau unit baru nanti saya coba ajukan.\n\nSalam,\nServis HP Cahaya',
    flagged: true,
  },
  {
    name: 'id: "mungkin masih bisa kok" membuat aturan jadi pilihan',
    body: 'Halo kakak-kakak 😊\n\nMulai minggu depan, orderan di atas jam 21.00 baru kami proses besok pagi ya. Tapi kalau urgent, mungkin masih bisa kok, chat aja.\n\nMakasih!\nToko Rama',
    flagged: true,
  },
  {
    name: 'id: "sepertinya agak sulit kami penuhi" menjadi "tidak bisa kami penuhi"',
    body: 'Dengan hormat,\n\nUntuk pengiriman hari Minggu, sepertinya agak sulit kami penuhi karena kurir libur. Kami bisa kirim Senin jam 08.00.\n\nHormat kami,\nKatering Sehat',
    flagged: true,
    fixed: 'Dengan hormat,\n\nUntuk pengiriman hari Minggu, tidak bisa kami penuhi karena kurir libur. Kami bisa kirim Senin jam 08.00.\n\nHormat kami,\nKatering Sehat',
  },
  {
    name: 'id: "kemungkinan besar tidak bisa" kehilangan keraguannya',
    body: 'Halo kak,\n\nRefund ongkir kemungkinan besar tidak bisa ya kak. Kami bisa kasih voucher Rp20.000.\n\nSalam,\nToko Rama',
    flagged: true,
    fixed: 'Halo kak,\n\nRefund ongkir tidak bisa ya kak. Kami bisa kasih voucher Rp20.000.\n\nSalam,\nToko Rama',
  },
  {
    name: 'id: "harga masih bisa dinegosiasikan" membuka tawar-menawar',
    body: 'Dengan hormat,\n\nMulai Juli tarif sewa menjadi Rp5.000.000 per bulan, namun masih bisa dinegosiasikan.\n\nHormat kami,\nSewa Makmur',
    flagged: true,
  },
  {
    name: 'id: "tidak terbuka untuk negosiasi" itu tegas',
    body: 'Dengan hormat,\n\nMulai Juli tarif sewa menjadi Rp5.000.000 per bulan dan tidak terbuka untuk negosiasi.\n\nHormat kami,\nSewa Makmur',
    flagged: false,
  },
  {
    name: 'id: merendahkan diri sendiri ("saya juga masih belajar")',
    body: 'Halo Pak,\n\nSaya juga masih belajar sih Pak, tapi revisi gratis maksimal 3 kali, revisi ke-4 Rp250.000.\n\nSalam,\nNadia',
    flagged: true,
  },
  {
    name: 'id: "saya kurang yakin … bisa" dengan kata di antaranya menjadi "… tidak bisa"',
    body: 'Halo Bu Sinta,\n\nUntuk cetak ulang gratis, saya kurang yakin pesanan ini bisa masuk garansi karena file sudah Ibu setujui. Kami bisa cetak ulang dengan potongan 30%.\n\nSalam,\nRudi',
    flagged: true,
    fixed: 'Halo Bu Sinta,\n\nUntuk cetak ulang gratis, pesanan ini tidak bisa masuk garansi karena file sudah Ibu setujui. Kami bisa cetak ulang dengan potongan 30%.\n\nSalam,\nRudi',
  },
  {
    name: 'id: "tidak mungkin" itu tegas, bukan keraguan',
    body: 'Halo kak,\n\nPengiriman hari ini tidak mungkin kami lakukan karena kurir sudah berangkat. Kami kirim besok jam 09.00.\n\nSalam,\nToko Rama',
    flagged: false,
  },
  {
    name: 'id: "… juga gapapa" membatalkan aturan di kalimat berikutnya',
    body: 'Halo kakak-kakak,\n\nMulai Senin, pesanan wajib lunas sebelum dikirim. Kalau belum sempat lunas juga gapapa kok.\n\nSalam,\nToko Rama',
    flagged: true,
  },
  {
    name: 'id: "setelah mempertimbangkan" memberi dasar keputusan, bukan membukanya lagi',
    body: 'Dengan hormat,\n\nSetelah mempertimbangkan riwayat pembayaran, kami tidak dapat melanjutkan kontrak sewa gudang mulai 1 Mei. Deposit Rp2.000.000 kami kembalikan pada 5 Mei.\n\nHormat kami,\nGudang Sentosa',
    flagged: false,
  },
  {
    name: 'id: "masih kami pertimbangkan" membuka lagi pengakhiran',
    body: 'Dengan hormat,\n\nKerja sama katering kantor tidak kami lanjutkan setelah Juni, meski masih kami pertimbangkan. Tagihan terakhir kami kirim 30 Juni.\n\nHormat kami,\nKatering Sehat',
    flagged: true,
  },
  {
    name: 'id: "kalau bisa sih" pada aturan dihapus',
    body: 'Halo Bapak/Ibu,\n\nMulai bulan depan, iuran kebersihan kalau bisa sih dibayar sebelum tanggal 5 ya.\n\nTerima kasih,\nPengurus',
    flagged: true,
    fixed: 'Halo Bapak/Ibu,\n\nMulai bulan depan, iuran kebersihan dibayar sebelum tanggal 5 ya.\n\nTerima kasih,\nPengurus',
  },
  {
    name: 'id: "kayaknya susah deh" adalah penolakan yang ragu',
    body: 'Halo kak,\n\nKayaknya susah deh kak kalau diskon 30%. Kami ada paket hemat Rp99.000.\n\nMakasih kak,\nToko Kue Mawar',
    flagged: true,
    fixed: 'Halo kak,\n\nSusah deh kak kalau diskon 30%. Kami ada paket hemat Rp99.000.\n\nMakasih kak,\nToko Kue Mawar',
  },
  {
    name: 'id: "sekiranya" pada penolakan formal dihapus',
    body: 'Dengan hormat,\n\nTerkait permohonan perpanjangan tenggat, sekiranya hal tersebut belum dapat kami penuhi. Kami dapat membagi tagihan menjadi dua kali bayar, 10 dan 25 Mei.\n\nHormat kami,\nKoperasi Sejahtera',
    flagged: true,
    fixed: 'Dengan hormat,\n\nTerkait permohonan perpanjangan tenggat, hal tersebut belum dapat kami penuhi. Kami dapat membagi tagihan menjadi dua kali bayar, 10 dan 25 Mei.\n\nHormat kami,\nKoperasi Sejahtera',
  },
  {
    name: 'id: "akan kami mempertimbangkannya kembali" membuka lagi penolakan',
    body: 'Dengan hormat,\n\nKeringanan biaya belum dapat kami berikan. Apabila Ibu berkenan, kami akan mempertimbangkannya kembali bulan depan.\n\nHormat kami,\nKoperasi Sejahtera',
    flagged: true,
  },
  {
    name: 'id: "mungkin" pada janji kabar berikutnya, bukan pada keputusan',
    body: 'Halo Pak Jaka,\n\nPotongan harga belum bisa saya kasih Pak, mungkin nanti kalau ada promo akhir tahun saya kabari. Meja jati 120 cm ready Rp2.100.000.\n\nSalam,\nMebel Jati',
    flagged: false,
  },
  {
    name: 'id: "saya ragu … bisa" adalah keraguan yang sama dengan "kurang yakin", jadi "… tidak bisa"',
    body: 'Halo kak,\n\nRefund untuk kelas yang tidak dihadiri saya ragu bisa diproses ya kak. Kelasnya bisa dipindah ke Sabtu depan jam 08.00.\n\nSalam,\nStudio Yoga',
    flagged: true,
    fixed: 'Halo kak,\n\nRefund untuk kelas yang tidak dihadiri tidak bisa diproses ya kak. Kelasnya bisa dipindah ke Sabtu depan jam 08.00.\n\nSalam,\nStudio Yoga',
  },
  {
    name: 'id: "belum tentu bisa" menolak dengan ragu',
    body: 'Halo Pak,\n\nPengiriman hari Minggu belum tentu bisa ya Pak. Senin pagi jam 08.00 kami kirim.\n\nSalam,\nToko Kayu',
    flagged: true,
    fixed: 'Halo Pak,\n\nPengiriman hari Minggu tidak bisa ya Pak. Senin pagi jam 08.00 kami kirim.\n\nSalam,\nToko Kayu',
  },
  {
    name: 'id: "ya sudahlah … gratis saja" menyerah pada aturan yang sudah disepakati',
    body: 'Halo Bu Lina,\n\nSesuai kesepakatan awal, revisi gratis maksimal 2 kali dan ini sudah revisi ketiga. Tapi ya sudahlah Bu, kali ini saya kerjakan gratis saja.\n\nSalam,\nDesain Lina',
    options: { scenario: 'boundary', inRight: true },
    flagged: true,
  },
  {
    name: 'id: "Ya sudah, kalau begitu kami kirim besok" hanya menyetujui jadwal',
    body: 'Halo Bu,\n\nYa sudah, kalau begitu kami kirim besok jam 09.00 ya Bu.\n\nSalam,\nToko Kayu',
    flagged: false,
  },
  {
    name: 'id: "mungkin ongkirnya bisa kami kembalikan" mengalah pada keluhan yang tidak berdasar',
    body: 'Halo kak Wulan,\n\nKue ulang tahunnya kami antar jam 16.00 sesuai slot yang kakak pilih waktu checkout. Tapi mungkin ongkirnya bisa kami kembalikan deh kak kalau kakak kecewa.\n\nSalam,\nDapur Bunda',
    options: { scenario: 'complaint-right', inRight: true },
    flagged: true,
  },
  {
    name: 'id: "harusnya sih gak bisa" menyatakan aturan sebagai harapan',
    body: 'Halo kak,\n\nRevisi keempat harusnya sih gak bisa kak, di paket cuma 3 kali. Revisi tambahan Rp100.000 per kali.\n\nMakasih,\nDesain Kita',
    flagged: true,
    fixed: 'Halo kak,\n\nRevisi keempat gak bisa kak, di paket cuma 3 kali. Revisi tambahan Rp100.000 per kali.\n\nMakasih,\nDesain Kita',
  },
  {
    name: 'id: "belum bisa janji … tanya dulu ke pusat" membuka lagi keputusan',
    body: 'Halo kak,\n\nDiskon 20% tidak ada ya kak, belum bisa janji juga, paling kami tanya dulu ke pusat. Harga member Rp180.000.\n\nSalam,\nToko Sepatu',
    flagged: true,
  },
  {
    name: 'id: ongkir yang tertera di invoice, lalu "mungkin bisa kami potong setengah": mengalah (dibaca sebagai balasan keluhan)',
    body: 'Halo Pak Budi,\n\nOngkos kirim Rp150.000 itu sudah tertera di invoice yang Bapak bayar. Kalau Bapak merasa kemahalan, mungkin bisa kami potong setengah.\n\nSalam,\nMebel Jati',
    flagged: true,
  },
  {
    name: 'id: menu sesuai brosur, lalu "kalau memungkinkan nanti kami kasih … gratis": mengalah (dibaca sebagai balasan keluhan)',
    body: 'Halo Bu,\n\nPaket katering kemarin isinya 5 menu, sama seperti di brosur. Kami paham Ibu berharap lebih, jadi kalau memungkinkan nanti kami kasih tambahan 1 menu gratis di pesanan berikutnya.\n\nSalam,\nKatering Bunda',
    flagged: true,
  },
  {
    name: 'id: "kalau mendadak ya gapapa sih" melepas aturan yang baru ditetapkan',
    body: 'Halo kak-kakak member 😊\n\nMulai Agustus, booking kelas pilates maksimal H-1 ya. Tapi kalau mendadak ya gapapa sih, asal masih ada slot.\n\nMakasih!\nPilates Ceria',
    flagged: true,
  },
];

describe('firmness', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const report = analyze({ body: c.body }, c.options);
    expect(report.principles.firmness !== 'pass').toBe(c.flagged);
    if (c.fixed !== undefined) {
      const fixed = fixAll({ body: c.body }, { ...c.options, principles: ['firmness'] });
      expect(fixed).toBe(c.fixed);
      expect(analyze({ body: fixed }, { ...c.options, scenario: report.scenario, inRight: report.inRight }).principles.firmness).toBe('pass');
    }
  });

  test('firmness never applies to ordinary mail', () => {
    const body = 'Hi Aisha,\n\nMaybe we could meet on Thursday? Let me know what you think.\n\nNadia';
    expect(analyze({ body }, { scenario: 'other' }).principles.firmness).toBe('pass');
  });
});
