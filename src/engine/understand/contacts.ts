// Contacts in a sentence: a phone number or a web or mail address, where nothing is declined, is
// someone to turn to (a referral) or a next step ("call us on …"). isAlternative (acts.ts) reads it.
import type { Span } from '../text/segment';

/** A phone number, a price or a date holds two digits in a row. */
export const TWO_DIGITS = /\d\d/;
// A phone number: digit groups split by spaces or dashes (not dots or commas, which amounts use).
const PHONE = /(?<![\p{L}\p{N}.,\/#-])\+?\(?\d{2,5}\)?(?:[ -]\d{2,8}){1,3}(?![\p{L}\p{N},\/-]|[ -]\d|\.\d)/gu;

// A web or mail address: "Her site is clearword.co", "write to bookings@harbourkayaks.com".
export const ADDRESS = /(?<![\p{L}\p{N}@.-])(?:[\p{L}\p{N}._%+-]+@)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|co|net|org|io|id|uk|au|nz|ca|ie|shop|store|studio|me|info|biz)(?:\/[^\s]*)?(?![\p{L}\p{N}])/iu;

export function webAddress(text: string): boolean {
  return mayEndAddress(text) && ADDRESS.test(text);
}

/**
 * A dot before a letter that may open one of ADDRESS's endings (c n o i u a s m b, any case, or a
 * non-ASCII letter that case-folds to one, such as ſ): without one the pattern cannot match. Most
 * sentences hold only their final dot, and the pattern tried every position of each (~5% of an
 * Indonesian analysis).
 */
function mayEndAddress(text: string): boolean {
  for (let at = text.indexOf('.'); at >= 0 && at + 1 < text.length; at = text.indexOf('.', at + 1)) {
    const code = text.charCodeAt(at + 1);
    if (code >= 0x80 || ADDRESS_ENDING_STARTS.includes(String.fromCharCode(code | 0x20))) return true;
  }
  return false;
}

const ADDRESS_ENDING_STARTS = 'cnoiuasmb';

/**
 * "Keys & Co moved an upright last month - 01632 960441", "Her site is clearword.co": a phone
 * number or a web or mail address where nothing is declined is a contact to turn to, a referral
 * or a next step ("call us on …").
 */
export function givesContact(sentence: Span, declined: readonly Span[]): boolean {
  if (declined.length > 0) return false;
  if (webAddress(sentence.text)) return true;
  // A phone number holds two digits in a row.
  if (!TWO_DIGITS.test(sentence.text)) return false;
  // exec on the shared pattern: matchAll would copy it on every call.
  const text = sentence.text;
  let found = false;
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m && !found; m = PHONE.exec(text)) {
    const digits = m[0].replace(/\D/g, '').length;
    found = digits >= 9 && digits <= 14;
  }
  PHONE.lastIndex = 0;
  return found;
}
