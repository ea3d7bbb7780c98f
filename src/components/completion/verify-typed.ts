/**
 * The verify page's typed check, beyond the exact recomputation in `lib/certificate/printed`: reading the fields a
 * certificate's link (its QR code) carries, and telling a name typed without its accents or capitals from an
 * altered one.
 */
import { normalizeCredentials, normalizeName } from '../../lib/certificate/name';
import { verifyPrinted, type PrintedFields } from '../../lib/certificate/printed';
import {
  credentialsOf,
  printedName,
  type AnyCertifiedRecord,
  type CertifiedRecord,
} from '../../lib/certificate/record';

/** The printed fields a certificate's verify link carries, by their parameter in the link (see `verifyLink`). */
export const LINKED_FIELDS = [
  ['certificateId', 'id'],
  ['code', 'code'],
  ['completedOn', 'date'],
  ['scorePercent', 'score'],
  ['passMarkPercent', 'pass'],
  ['activeMinutes', 'minutes'],
] as const satisfies readonly (readonly [keyof PrintedFields, string])[];

export type LinkedField = (typeof LINKED_FIELDS)[number][0];

/** What a page address's fragment says: the linked fields it sets, and whether it is a certificate's link. */
export interface VerifyLink {
  /** It carries a certificate ID and code, as every certificate's link does. */
  isLink: boolean;
  /** The linked fields present in the fragment. */
  values: Partial<Record<LinkedField, string>>;
}

/** Reads a fragment such as `#id=PWC-…&code=…&date=2026-11-29`; any other fragment (`#verify-code`) is no link. */
export function readVerifyLink(hash: string): VerifyLink {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const values: Partial<Record<LinkedField, string>> = {};
  for (const [key, param] of LINKED_FIELDS) {
    const value = params.get(param);
    if (value !== null) values[key] = value;
  }
  return { isLink: Boolean(params.get('id') && params.get('code')), values };
}

/** Letters with a stroke, which have no decomposition to take a mark off. */
const STROKED: Record<string, string> = { đ: 'd', ð: 'd', ł: 'l', ø: 'o', ħ: 'h', ŧ: 't', ƀ: 'b', ɨ: 'i' };

/** A name without accents or capitals: NFD with combining marks removed, stroked letters plain, lower case. */
export function foldName(name: string): string {
  return normalizeName(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[đðłøħŧƀɨ]/gu, (letter) => STROKED[letter] ?? letter);
}

/** Whether two names differ, but only in accents or letter case (spacing as the certificate normalizes it). */
export function differsOnlyInAccentsOrCase(a: string, b: string): boolean {
  return normalizeName(a) !== normalizeName(b) && foldName(a) === foldName(b);
}

const withoutMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
/** Capitals at the start of each part of a name: "o'brien-smith" → "O'Brien-Smith". */
const titleCase = (text: string) =>
  text
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/** The usual ways a name is typed differently from print: all capitals, no capitals, capitals per word, no accents. */
function typingVariants(text: string): string[] {
  const cased = [text, text.toUpperCase(), text.toLowerCase(), titleCase(text)];
  return [...cased, ...cased.map(withoutMarks)];
}

/**
 * The name line a certificate prints, when the typed name differs from it only in accents or capitals: the fields
 * typed, with that name, produce the typed code. The name is looked for in the records known on this page (a
 * certificate file checked here, with the same ID: the certificate's own record) and in the usual typing variants
 * of the typed name. Null when none of them gives the code: then the fields are not those the code was made from.
 */
export async function findPrintedName(
  typed: CertifiedRecord,
  code: string,
  known: readonly AnyCertifiedRecord[] = [],
): Promise<string | null> {
  const typedLine = printedName(typed);
  const candidates: { learnerName: string; credentials: string }[] = known
    .filter((record) => record.certificateId === typed.certificateId)
    .map((record) => ({ learnerName: record.learnerName, credentials: credentialsOf(record) }));
  for (const learnerName of typingVariants(typed.learnerName)) {
    for (const credentials of new Set([typed.credentials, ...typingVariants(typed.credentials)])) {
      candidates.push({ learnerName, credentials });
    }
  }
  const tried = new Set<string>();
  for (const candidate of candidates) {
    const learnerName = normalizeName(candidate.learnerName);
    const credentials = normalizeCredentials(candidate.credentials);
    const line = printedName({ ...typed, learnerName, credentials });
    if (tried.has(line) || !differsOnlyInAccentsOrCase(line, typedLine)) continue;
    tried.add(line);
    if ((await verifyPrinted({ ...typed, learnerName, credentials }, code)).intact) return line;
  }
  return null;
}
