// Alternative, both languages: a refusal or termination with no option or next step is flagged,
// and the fix inserts the alternative right after the refusal sentence — the user's saved text
// in the draft's language first, else a template with a […] placeholder. No referral when ending
// service (source 002).
import { describe, expect, test } from 'vitest';
import { analyze, fixAll, type AnalyzeOptions } from '../../../../src/engine';
import { baseContext } from '../../../../src/engine/context';
import { alternativeInsertEdit } from '../../../../src/engine/rules/alternative/insert';
import type { Lang, Settings } from '../../../../src/engine';

type Case = { name: string; body: string; options?: AnalyzeOptions; flagged: boolean; fixed?: string };

const cases: Case[] = [
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
    name: 'id: "atau kalau mau" leads into an option',
    body: 'Halo kak,\n\nUntuk warna custom kami nggak bisa kak. Atau kalau mau, warna navy dan maroon selalu ada.\n\nMakasih kak',
    flagged: false,
  },
  {
    name: 'id: a booking moved to a later batch ("bisa dipindah ke … tanggal 14") is an option',
    body: 'Halo kak,\n\nTiket kelas yang dibatalkan H-2 nggak bisa direfund ya kak. Tapi tiketnya bisa dipindah ke kelas tanggal 14 Oktober.\n\nSalam',
    flagged: false,
  },
  {
    name: 'id: finding a replacement for the customer ("bantu carikan pengganti") is a referral',
    body: 'Halo Bu,\n\nMulai bulan depan saya tidak bisa lagi mengajar renang Tio. Saya bisa bantu carikan pengganti kalau Ibu berkenan.\n\nSalam,\nKak Sari',
    flagged: false,
  },
  {
    name: 'id: another way to do it online is concrete ("bisa daftar online")',
    body: 'Selamat siang Bu,\n\nKami tidak bisa mendahulukan pasien tertentu. Ibu bisa daftar online sehari sebelumnya supaya dapat nomor awal.\n\nSalam sehat,\nKlinik',
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
    name: 'id: another channel ("bisa lewat admin") is the next step',
    body: 'Halo kak,\n\nMohon maaf kak, kami nggak kasih nomor pribadi fotografer ya kak. Untuk jadwal bisa lewat admin di nomor ini.\n\nMakasih kak',
    flagged: false,
  },
  {
    name: 'id: "Kalau Bapak mau, bisa ambil paket …" after a price held firm',
    body: 'Mohon maaf Pak, harga sudah nett. Kalau Bapak mau, bisa ambil paket yang lebih kecil.\n\nSalam,\nToko Kue',
    flagged: false,
  },
  {
    name: 'id: a price held firm with nothing else is flagged',
    body: 'Mohon maaf Pak, harga sudah nett ya.\n\nSalam,\nToko Kue',
    flagged: true,
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
    name: 'id: rujukan gaya chat ("kami bisa rekomendasiin …") counts',
    body: 'Halo kak,\n\nKami nggak kirim kue ke luar kota ya kak. Kalau buat yang di Bogor, kami bisa rekomendasiin toko kue langganan kami di sana.\n\nMakasih kak',
    flagged: false,
  },
  {
    name: 'id: an introduction to another tutor is a referral',
    body: 'Halo Bu,\n\nMulai Juli saya tidak bisa lagi mengajar les Nadia. Saya bisa kenalkan Ibu ke teman saya yang juga guru les matematika.\n\nSalam,\nRina',
    flagged: false,
  },
  {
    name: 'id: deposit handed back when the keys are returned is the closing step',
    body: 'Mas Doni, kamar no. 2 tidak saya perpanjang bulan depan. Deposit saya balikin pas kunci diserahin tanggal 30.\n\nBu Har',
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
    name: 'id: "…, tapi bisa tukar ukuran minggu ini" adalah alternatifnya',
    body: 'Halo kak,\n\nMaaf kak, bajunya gak bisa refund, tapi bisa tukar ukuran minggu ini ya.\n\nSalam,\nToko Rama',
    flagged: false,
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
    name: 'id: sesi terakhir adalah langkah penutupan',
    body: 'Halo Bu Sari,\n\nKami memutuskan untuk tidak melanjutkan les privat Dimas setelah bulan ini. Sesi terakhir adalah hari Sabtu, 29 Maret.\n\nSalam,\nPak Yudi',
    flagged: false,
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
    name: 'id: penolakan dengan dua pilihan lolos',
    body: 'Halo kak Rina 😊\n\nMohon maaf, pengiriman 1 jam lagi sudah gak bisa ya kak.\n\nYang bisa kami bantu:\n1. Kirim besok jam 08.00–10.00.\n2. Ambil sendiri di toko sebelum jam 19.00.\n\nSalam,\nAyu',
    flagged: false,
  },
  {
    name: 'id: pemutusan dengan tagihan terakhir dan serah terima lolos',
    body: 'Dengan hormat,\n\nKami tidak dapat lagi melanjutkan layanan pembukuan mulai 31 Oktober 2024. Tagihan terakhir kami kirim pada 31 Oktober 2024 dan seluruh dokumen kami serahkan kembali.\n\nHormat kami,\nDewi',
    flagged: false,
  },
  {
    name: 'id: "tidak perlu" bukan penolakan',
    body: 'Dengan hormat,\n\nTerima kasih sudah mendaftar. Ibu tidak perlu membawa matras.\n\nHormat kami,\nPutu',
    flagged: false,
  },
  {
    name: 'id: penolakan tanpa pilihan',
    body: 'Yth. Ibu Maya,\n\nLes pada pukul 21.00 tidak dapat kami berikan.\n\nHormat kami,\nLestari',
    flagged: true,
    fixed: 'Yth. Ibu Maya,\n\nLes pada pukul 21.00 tidak dapat kami berikan. Sebagai gantinya, kami dapat […].\n\nHormat kami,\nLestari',
  },
  {
    name: 'id: kalimat alternatif tersimpan dipakai, dalam bahasa draf',
    body: 'Halo kak,\n\nKami gak bakal ganti rugi apa-apa ya kak.\n\nSalam',
    options: { settings: { alternatives: [{ en: 'We can recover data for $40.', id: 'kami bisa bantu pemulihan data dengan biaya Rp150.000' }] } },
    flagged: true,
    fixed: 'Halo kak,\n\nKami gak bakal ganti rugi apa-apa ya kak. Kami bisa bantu pemulihan data dengan biaya Rp150.000.\n\nSalam',
  },
  {
    name: 'id: penolakan dengan urutan santai ("Diskon gak ada") tanpa pilihan',
    body: 'Halo Bu,\n\nDiskon gak ada ya Bu. Harga les Rp120.000 per pertemuan.\n\nSalam,\nFina',
    flagged: true,
    fixed: 'Halo Bu,\n\nDiskon gak ada ya Bu. Sebagai gantinya, kami dapat […]. Harga les Rp120.000 per pertemuan.\n\nSalam,\nFina',
  },
  {
    name: 'id: pilihan di PS setelah salam penutup tetap dihitung',
    body: 'Halo Mas Arif,\n\nServis hari Minggu belum bisa kami terima karena bengkel tutup.\n\nSalam,\nBengkel Jaya\n\nPS: Senin jam 08.00 masih kosong, mobil bisa kami kerjakan pertama kali.',
    flagged: false,
  },
  {
    name: 'id: stok habis dengan pilihan lain lolos',
    body: 'Halo kak,\n\nMaaf kak, stok warna hitam ukuran 42 sudah habis. Kalau mau, warna navy ukuran 42 masih ada, harganya sama Rp350.000.\n\nSalam,\nToko Sepatu Rama',
    flagged: false,
  },
  {
    name: 'id: jadwal penuh tanpa pilihan',
    body: 'Halo kak,\n\nMaaf kak, jadwal foto hari Sabtu sudah penuh.\n\nSalam,\nStudio Lensa',
    flagged: true,
    fixed: 'Halo kak,\n\nMaaf kak, jadwal foto hari Sabtu sudah penuh. Sebagai gantinya, kami dapat […].\n\nSalam,\nStudio Lensa',
  },
  {
    name: 'id: "gak terima retur" (tanpa awalan me-) adalah penolakan',
    body: 'Halo kak,\n\nUkuran sudah sesuai pesanan, jadi kami gak terima retur ya kak.\n\nSalam,\nToko Rama',
    flagged: true,
  },
  {
    name: 'id: "kami punya paket…" dan "kalau Mbak berkenan" adalah tawaran',
    body: 'Halo Mbak Rara,\n\nUntuk lokasi di luar kota, kami belum bisa ya Mbak, karena tim kami hanya melayani Jabodetabek.\n\nKalau Mbak berkenan, kami punya paket indoor Rp3.500.000 di studio kami di Depok.\n\nSalam,\nLensa Senja',
    flagged: false,
  },
  {
    name: 'id: "kakak bisa pakai…" (subjek di depan) adalah tawaran',
    body: 'Halo kak,\n\nMohon maaf kak, untuk pesanan satuan kami tidak bisa kirim ke luar pulau. Kakak bisa pakai jasa titip reseller kami di Makassar, kontaknya 0812-1111-2222.\n\nSalam,\nKaos Kita',
    flagged: false,
  },
  {
    name: 'id: "belum tersedia" bukan tawaran',
    body: 'Halo kak,\n\nMohon maaf kak, kami tidak bisa kirim ke luar pulau. Layanan kargo belum tersedia di toko kami sejak 2024.\n\nSalam,\nKaos Kita',
    flagged: true,
  },
  {
    name: 'id: "kurang memungkinkan" menolak; paket revisi tambahan adalah pilihannya',
    body: 'Dengan hormat,\n\nDesain ulang logo secara gratis kurang memungkinkan bagi kami. Kami dapat menawarkan paket revisi tambahan Rp300.000 untuk 2 kali revisi.\n\nHormat kami,\nStudio Piksel',
    flagged: false,
  },
  {
    name: 'id: "kurang memungkinkan" tanpa pilihan',
    body: 'Dengan hormat,\n\nDesain ulang logo secara gratis kurang memungkinkan bagi kami.\n\nHormat kami,\nStudio Piksel',
    flagged: true,
  },
  {
    name: 'id: "tadi saya tidak bisa angkat telepon" menjelaskan, tidak menolak',
    body: 'Halo Pak Yudi,\n\nMaaf tadi saya tidak bisa angkat telepon, lagi di lokasi pemotretan. Jadwal foto produk Kamis sudah saya catat.\n\nSalam,\nYudha',
    flagged: false,
  },
  {
    name: 'id: "sesi kemarin tidak bisa dikembalikan" tetap penolakan',
    body: 'Halo Pak Hendro,\n\nBiaya sesi kemarin tidak bisa dikembalikan.\n\nSalam,\nRina',
    flagged: true,
  },
  {
    name: 'id: pemutusan tanpa langkah berikutnya',
    body: 'Halo kak Vina,\n\nMulai bulan depan tim kami gak bisa lanjut bersih-bersih rutin di rumah kakak.\n\nSalam,\nBersih Kilat',
    flagged: true,
    fixed: 'Halo kak Vina,\n\nMulai bulan depan tim kami gak bisa lanjut bersih-bersih rutin di rumah kakak. Langkah penutupan dari kami: […] paling lambat [tanggal].\n\nSalam,\nBersih Kilat',
  },
  {
    name: 'id: kata tawaran tepat sesudah penolakan halus adalah yang ditolak ("sulit untuk kami kembalikan")',
    body: 'Halo Bu,\n\nBiaya pendaftaran sulit untuk kami kembalikan karena kelas sudah berjalan.\n\nSalam,\nBimbel Pintar',
    flagged: true,
  },
  {
    name: 'id: "belum bisa kami pastikan" dalam penawaran harga bukan penolakan',
    body: 'Halo Pak Dodi,\n\nHarga rangka atap baja ringan Rp185.000/m². Ongkos bongkar atap lama belum bisa kami pastikan sebelum survei, kisarannya Rp3–5 juta. Survei bisa Rabu jam 09.00.\n\nSalam,\nBaja Kuat',
    flagged: false,
  },
  {
    name: 'id: butir aturan di bawah judul aturan tidak butuh alternatif, walau tanpa tanggal mulai',
    body: 'Halo pelanggan Salon Ayu,\n\nAturan reservasi kami:\n1. Kami tidak melayani pewarnaan rambut tanpa reservasi.\n2. Keterlambatan lebih dari 20 menit dianggap batal.\n\nTerima kasih,\nSalon Ayu',
    flagged: false,
  },
  {
    name: 'id: "tidak mungkin kami kerjakan" menolak; tanpa tawaran ditandai',
    body: 'Halo Mas Dani,\n\nPesanan 200 tumpeng untuk besok pagi tidak mungkin kami kerjakan, dapur kami cuma dua orang.\n\nSalam,\nDapur Nusantara',
    flagged: true,
  },
  {
    name: 'id: deposit yang "akan saya transfer" dengan tanggal adalah langkah penutupan',
    body: 'Halo Mbak Tari,\n\nMulai 1 Juni kami tidak melanjutkan sewa lapak Mbak di pasar kami.\n\nUang jaminan Rp500.000 akan saya transfer ke rekening Mbak paling lambat 5 Juni.\n\nSalam,\nPak Rahmat',
    flagged: false,
  },
  {
    name: 'id: "tidak bisa kami transfer" bukan langkah berikutnya',
    body: 'Halo Mbak Tari,\n\nMulai 1 Juni kami tidak melanjutkan sewa lapak Mbak di pasar kami. Uang jaminan tidak bisa kami transfer balik.\n\nSalam,\nPak Rahmat',
    flagged: true,
  },
  {
    name: 'id: DP yang tetap bisa dipakai untuk booking lain adalah pilihan',
    body: 'Halo kak,\n\nPembatalan H-1 tidak bisa refund ya kak. DP Rp100.000 tetap bisa dipakai untuk booking lain sampai Desember.\n\nSalam,\nStudio Foto Ceria',
    flagged: false,
  },
  {
    name: 'id: "tidak pegang lagi" mengakhiri layanan; tanpa serah terima ditandai',
    body: 'Halo Pak Bagus,\n\nMulai Agustus saya tidak pegang lagi pembukuan toko Bapak karena pindah kota.\n\nTerima kasih atas kepercayaannya,\nLia',
    flagged: true,
  },
  {
    name: 'id: "kalau belum bisa transfer" adalah keadaan pelanggan, bukan penolakan',
    body: 'Halo kak,\n\nPesanan kue kami tunggu konfirmasinya sampai Kamis. Kalau belum bisa transfer, kabari saja ya kak.\n\nSalam,\nDapur Bunda',
    flagged: false,
  },
  {
    name: 'id: "Gantinya, …" dengan hari dan jam adalah alternatif',
    body: 'Halo Pak Tono,\n\nPengecatan hari Minggu belum bisa kami ambil, tukang kami libur. Gantinya, Senin jam 08.00 tim datang ke rumah Bapak.\n\nSalam,\nBengkel Las',
    flagged: false,
  },
  {
    name: 'id: "Bapak bisa …" di tengah kalimat adalah tawaran, bukan nama',
    body: 'Halo Pak Yusuf,\n\nServis ulang gratis tidak bisa kami berikan, tapi Bapak bisa ambil paket isi freon Rp350.000.\n\nSalam,\nTeknik AC',
    flagged: false,
  },
  {
    name: 'id: "tidak kami sediakan" menolak; rujukan "coba hubungi …" dengan alamat lolos',
    body: 'Halo Mas Kevin,\n\nSuku cadang mobil Eropa tidak kami sediakan. Coba hubungi Bengkel Autohaus di Jl. Mawar 12, mereka biasa handle BMW.\n\nSalam,\nBengkel Jaya',
    flagged: false,
  },
  {
    name: 'id: "tidak kami sediakan" tanpa tawaran ditandai',
    body: 'Halo Bu Dian,\n\nSample kain gratis tidak kami sediakan ya Bu.\n\nSalam,\nKonveksi Rapi',
    flagged: true,
  },
  {
    name: 'id: "gk bs" (singkatan chat) menolak; "… ready, bisa kirim besok" lolos',
    body: 'Halo kak,\n\nWarna tosca gk bs kak, catnya lg kosong. Warna mint ready, bisa kirim besok.\n\nMakasih,\nToko Rak',
    flagged: false,
  },
  {
    name: 'id: "tdk bs" tanpa tawaran ditandai',
    body: 'Halo kak,\n\nCOD ke luar kota tdk bs ya kak, kurir kami cuma area Surabaya.\n\nMakasih,\nToko Rak',
    flagged: true,
  },
  {
    name: 'id: tiket yang bisa dialihkan ke orang lain adalah pilihan',
    body: 'Halo kak,\n\nTiket yang sudah dibeli gak bisa direfund kak. Tiketnya masih bisa dialihkan ke teman kakak lewat admin.\n\nSalam,\nTiket Kita',
    flagged: false,
  },
  {
    name: 'id: "nanti kita lihat lagi" bukan langkah berikutnya',
    body: 'Halo Bu Rina,\n\nGanti jadwal les hari ini udah gak bisa Bu, guru sudah berangkat. Nanti kita lihat lagi ya Bu jadwal penggantinya.\n\nSalam,\nBimbel',
    flagged: true,
  },
  {
    name: 'id: "tidak mungkin kami lupa" menenangkan, tidak menolak',
    body: 'Halo kak Yuni,\n\nPesanan 3 loyang bolu sudah kami catat kak, tidak mungkin kami lupa. Dikirim Jumat ya kak.\n\nMakasih,\nDapur Bunda',
    flagged: false,
  },
  {
    name: 'id: penundaan dengan pemicu "begitu …, langsung saya …" adalah langkah berikutnya',
    body: 'Halo Pak Andi,\n\nHalaman kontak sulit untuk saya selesaikan hari ini karena alamat email kantor belum ada. Begitu emailnya ada, langsung saya pasang.\n\nSalam,\nDimas',
    flagged: false,
  },
  {
    name: 'id: "kami antar sampai lobi saja" adalah layanan sebagian yang masih bisa',
    body: 'Halo Bu,\n\nKulkas ke lantai 5 tanpa lift gak bisa kami angkut Bu, terlalu berisiko. Kami antar sampai lobi saja ya Bu.\n\nSalam,\nToko Elektronik',
    flagged: false,
  },
  {
    name: 'id: "cukup sampai bulan ini" mengakhiri les; pertemuan yang diganti adalah langkah penutupan',
    body: 'Halo Bu Tika,\n\nLes gambar Naura cukup sampai bulan ini ya Bu, jadwal saya bentrok dengan kuliah. Sisa 2 pertemuan saya ganti di minggu terakhir.\n\nSalam,\nKak Bella',
    flagged: false,
  },
  {
    name: 'id: rincian milik yang ditolak ("Diskon 20% …") tidak membuat tawaran samar jadi konkret',
    body: 'Halo kak,\n\nDiskon 20% tidak bisa kami berikan, kami bantu sebisanya ya kak.\n\nSalam,\nToko Rama',
    flagged: true,
  },
  {
    name: 'id: "mungkin nanti kalau ada promo saya kabari" bukan langkah konkret',
    body: 'Halo Pak Jaka,\n\nPotongan harga belum bisa saya kasih Pak, mungkin nanti kalau ada promo akhir tahun saya kabari.\n\nSalam,\nMebel Jati',
    flagged: true,
  },
  {
    name: 'en: the detail of what was declined does not make a vague offer concrete',
    body: "Hi Sam,\n\nWe can't offer a 20% discount, but we'll help where we can.\n\nBest,\nJo",
    flagged: true,
  },
  {
    name: 'id: penolakan dan tawaran konkret dalam satu klausa tetap lolos',
    body: 'Halo kak,\n\nHari Sabtu gak bisa tapi kami bisa Minggu jam 10.00 ya kak.\n\nSalam,\nToko Rama',
    flagged: false,
  },
  {
    name: 'id: "sudah dibooking orang lain" menolak; tanpa tanggal lain ditandai',
    body: 'Halo kak,\n\nGaun yang kakak mau sudah dibooking orang lain di tanggal itu kak 🙏 Sayang banget ya.\n\nSalam,\nSewa Gaun Ayu',
    flagged: true,
  },
  {
    name: 'id: "tanggal 18 masih kosong" adalah tanggal lain yang ditawarkan',
    body: 'Halo Pak RT,\n\nTenda untuk tanggal 17 sudah disewa orang lain Pak. Tanggal 18 masih kosong kalau acaranya bisa mundur sehari.\n\nSalam,\nSewa Tenda',
    flagged: false,
  },
  {
    name: 'id: yang "tetap jalan" dengan jadwalnya adalah pilihan',
    body: 'Halo Bu,\n\nLes online belum bisa saya buka Bu. Les tatap muka tetap jalan Selasa dan Kamis jam 16.00.\n\nSalam,\nKak Andi',
    flagged: false,
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
    name: 'id: ready stock to check out is the option ("Yang ready warna hitam dan cream, tinggal checkout")',
    body: 'Halo kak,\n\nCustom warna belum bisa ya kak. Yang ready warna hitam dan cream, tinggal checkout.\n\nSalam',
    flagged: false,
  },
  {
    name: 'id: the lowest price we can go to is the option ("Paling mentok Rp1.200.000")',
    body: 'Halo Pak,\n\nHarga segitu belum bisa kami kasih Pak. Paling mentok Rp1.200.000.\n\nSalam',
    flagged: false,
  },
  {
    name: 'id: a termination with the rest "nanti dikabari lagi kapan-kapan" has no next step',
    body: 'Halo Mas Fajar,\n\nKerja sama reseller dengan toko Mas kami hentikan ya. Untuk sisa stok, nanti dikabari lagi kapan-kapan.\n\nMakasih Mas,\nRahmat',
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
    name: 'id: balasan keluhan yang hanya membela ketentuan tertulis tanpa langkah lanjut',
    body: 'Dengan hormat,\nIbu Rina,\n\nBiaya cuci karpet Rp120.000 sudah tercantum di nota yang Ibu tanda tangani. Noda cat memang tidak termasuk paket reguler.\n\nDemikian penjelasan kami.\n\nHormat kami,\nBersih Jaya',
    options: { scenario: 'complaint-right' },
    flagged: true,
  },
  {
    name: 'id: pembelaan yang sama dengan "kalau mau" menawarkan sesuatu',
    body: 'Halo kak,\n\nBiaya cuci karpet sudah tercantum di nota yang kakak tanda tangani. Kalau mau, nodanya bisa kami coba bersihkan lagi.\n\nSalam,\nBersih Jaya',
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
    name: 'id: jawaban keluhan dengan tanggal kirim ("akan kami kirim paling lambat 20 Juni") sudah punya langkah lanjut',
    body: 'Halo Kak,\n\nSesuai paket yang Kakak setujui, foto edit dikirim 14 hari kerja setelah sesi. Link foto akan kami kirim paling lambat 20 Juni.\n\nSalam,\nLensa Studio',
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
    name: 'id: an exchange the customer can make ("kakak bisa tukar size") is an option',
    body: 'Halo kak, untuk barang sale tidak bisa diretur ya kak sesuai keterangan di deskripsi. Tapi kalau ukurannya kurang pas, kakak bisa tukar size selama stok ada, ongkir ditanggung kakak.\n\nSalam',
    flagged: false,
  },
  {
    name: 'id: a fee "tetap kami kenakan" with nothing offered',
    body: 'Yth. Ibu Rina,\n\nTerima kasih atas informasinya. Sesuai ketentuan, pembatalan H-3 dikenakan biaya 50% dari total. Biaya tersebut tetap kami kenakan.\n\nHormat kami,\nVilla Asri',
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
  {
    name: 'id: a past step with a date ("sudah kami proses tanggal 3") is no option after a refusal',
    body: 'Halo kak,\n\nPesanan sudah kami proses tanggal 3 Mei. Jadi pesanan tidak bisa dibatalkan ya kak.\n\nSalam,\nToko Kain',
    flagged: true,
  },
  {
    name: 'id: the customer\'s own choice ("kurir pilihan Ibu") is no option',
    body: 'Halo Bu,\n\nKue dikirim utuh lewat kurir pilihan Ibu. Kerusakan di perjalanan tidak bisa kami ganti ya Bu.\n\nSalam,\nDapur Manis',
    flagged: true,
  },
  {
    name: 'id: chat-style contrast "tp kalo ambil 2 lusin dapet free ongkir" is an option',
    body: 'halo kak, harga udah pas, gak bisa kurang lagi. tp kalo ambil 2 lusin dapet free ongkir kak 🙏\n\nmakasih kak',
    flagged: false,
  },
  {
    name: 'id: work already done ("sudah kami kirim") is no offer in a reply that only defends',
    body: 'Halo kak Rina,\n\nMakasih udah kabarin ya kak. Bunga sudah kami kirim segar sesuai foto yang kakak setujui, dan di kartu perawatan tertulis vas perlu diisi air tiap hari.\n\nSalam,\nToko Bunga Ayu',
    options: { scenario: 'complaint-right' },
    flagged: true,
  },
  {
    name: 'id: "kalau mau" after our own doubt ("kurang tahu") offers nothing',
    body: 'Halo kak,\n\nHasil warna sudah sesuai yang tertulis di form konsultasi. Kami kurang tahu juga kalau mau diapain lagi.\n\nSalam,\nSalon Ayu',
    options: { scenario: 'complaint-right' },
    flagged: true,
  },
];

describe('alternative', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const report = analyze({ body: c.body }, c.options);
    expect(report.principles.alternative !== 'pass').toBe(c.flagged);
    if (c.fixed !== undefined) {
      const fixed = fixAll({ body: c.body }, { ...c.options, principles: ['alternative'] });
      expect(fixed).toBe(c.fixed);
    }
  });

  test('the quoted refusal of the customer does not count', () => {
    const body = 'Hi Sam,\n\nYou said "we cannot accept late fees" in your email, and that is fine: the fee is waived. See you Friday.\n\nBest,\nAna';
    expect(analyze({ body }).principles.alternative).toBe('pass');
  });

  test('nothing to offer in ordinary mail', () => {
    const body = "Hi Aisha,\n\nWe don't do audits, but here is the bookkeeping quote.\n\nNadia";
    expect(analyze({ body }, { scenario: 'other' }).principles.alternative).toBe('pass');
  });
});

describe('alternativeInsertEdit (the panel insert)', () => {
  function input(text: string, lang: Lang, settings: Settings = {}) {
    return baseContext({ text, subject: '', recipientName: undefined, lang, uiLang: lang, settings });
  }

  test('offers saved options first, the template last, right after the refusal', () => {
    const text = "Hi Tom,\n\nWe can't waive the fee. Thanks for understanding.\n\nAna";
    const settings: Settings = { alternatives: [{ en: 'Next groom is 10% off' }], referrals: [{ id: 'Coba Salon Sehat' }] };
    const refusalEnd = text.indexOf('fee.') + 'fee.'.length;
    expect(alternativeInsertEdit(input(text, 'en', settings), 0)).toEqual({ start: refusalEnd, end: refusalEnd, text: ' Next groom is 10% off.' });
    expect(alternativeInsertEdit(input(text, 'en', settings), 1).text).toBe(' What we can do instead is […].');
  });

  test('with no refusal sentence it goes after the body', () => {
    const text = 'Hi Tom,\n\nThe photos arrived today.\n\nAna';
    const edit = alternativeInsertEdit(input(text, 'en'));
    expect(edit.text).toBe('\n\nWhat we can do instead is […].');
    expect(edit.start).toBe(text.indexOf('today.') + 'today.'.length);
  });
});
