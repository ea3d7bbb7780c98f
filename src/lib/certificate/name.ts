/**
 * Which learner names and credentials the certificate can print. Both are drawn with one font, DejaVu Serif, by
 * pdf-lib, which does no shaping and no bidi: scripts that need either (CJK is a font-coverage matter, right-to-left
 * and Brahmic scripts a layout one) are refused with a reason the form can explain, rather than printed wrongly.
 */

/** Why a name cannot be printed. */
export type NameProblem =
  'empty' | 'too-long' | 'cjk' | 'right-to-left' | 'complex-script' | 'emoji' | 'control' | 'unsupported';

/** Why credentials cannot be printed (they may be empty: most certificates have none). */
export type CredentialsProblem = Exclude<NameProblem, 'empty'>;

/** Result of `checkName`: the normalized name, or the reason and the offending characters. */
export type NameCheck = { ok: true; name: string } | { ok: false; reason: NameProblem; characters: string[] };

/** Result of `checkCredentials`: the normalized credentials ('' for none), or the reason and offending characters. */
export type CredentialsCheck =
  { ok: true; credentials: string } | { ok: false; reason: CredentialsProblem; characters: string[] };

/** The longest name, in code points, the certificate prints (it then takes two lines at the smallest size). */
export const MAX_NAME_LENGTH = 120;

/** The longest credentials, in code points, printed after the name (for example `MD, PhD`). */
export const MAX_CREDENTIALS_LENGTH = 40;

/** The typed field a `CertificateInputError` is about. */
export type CertificateInputField = 'learnerName' | 'credentials';

/** Raised when a certificate cannot be made for the name or credentials given; `characters` lists the offending ones. */
export class CertificateInputError extends Error {
  override name = 'CertificateInputError';
  /** Why the text was refused. */
  readonly reason: NameProblem;
  /** The offending characters, unique, in order of appearance. */
  readonly characters: string[];
  /** Which field was refused. */
  readonly field: CertificateInputField;

  constructor(reason: NameProblem, characters: string[] = [], field: CertificateInputField = 'learnerName') {
    const what = field === 'credentials' ? 'The credentials' : 'The name';
    super(
      characters.length > 0
        ? `${what} cannot be printed (${reason}): ${characters.join(' ')}`
        : `${what} cannot be printed (${reason}).`,
    );
    this.reason = reason;
    this.characters = characters;
    this.field = field;
  }
}

// Rules are tried in this order; the first with offending characters decides the reason.
const CONTROL = /\p{C}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
const RIGHT_TO_LEFT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const PRINTABLE_SCRIPT =
  /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Common}\p{Script=Inherited}]/u;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]/u;
// Joiners and the emoji variation selector belong to an emoji sequence when the name has an emoji in it.
const EMOJI_GLUE = /[\u200d\ufe0f\u20e3]/u;

/** A name as printed and certified: NFC, trimmed, every run of whitespace (NBSP included) made one space. */
export function normalizeName(input: string): string {
  return input.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Whether a name can be printed with the certificate font; see `NameCheck`. The name is normalized first. */
export function checkName(input: string): NameCheck {
  const name = normalizeName(input);
  if (name === '') return { ok: false, reason: 'empty', characters: [] };
  const problem = printProblem(name, MAX_NAME_LENGTH);
  return problem ? { ok: false, ...problem } : { ok: true, name };
}

/**
 * Credentials as printed and certified after the name: normalized like a name, and without the comma or spaces a
 * learner may type before them, since the certificate puts ", " between the name and the credentials.
 */
export function normalizeCredentials(input: string): string {
  return normalizeName(input).replace(/^[\s,]+/u, '');
}

/**
 * Whether credentials can be printed with the certificate font, by the same rules as names; empty is fine. See
 * `CredentialsCheck`. The credentials are normalized first.
 */
export function checkCredentials(input: string): CredentialsCheck {
  const credentials = normalizeCredentials(input);
  if (credentials === '') return { ok: true, credentials };
  const problem = printProblem(credentials, MAX_CREDENTIALS_LENGTH);
  return problem ? { ok: false, ...problem } : { ok: true, credentials };
}

/** Why normalized, non-empty text cannot be printed, or null when it can. */
function printProblem(text: string, maxLength: number): { reason: CredentialsProblem; characters: string[] } | null {
  const characters = [...text];
  if (characters.length > maxLength) return { reason: 'too-long', characters: [] };

  const hasEmoji = characters.some((character) => EMOJI.test(character));
  const isEmoji = (character: string) => EMOJI.test(character) || (hasEmoji && EMOJI_GLUE.test(character));
  const rules: [CredentialsProblem, (character: string) => boolean][] = [
    ['control', (character) => CONTROL.test(character) && !isEmoji(character)],
    ['cjk', (character) => CJK.test(character)],
    ['right-to-left', (character) => RIGHT_TO_LEFT.test(character)],
    [
      'complex-script',
      (character) =>
        WORD_CHARACTER.test(character) &&
        !PRINTABLE_SCRIPT.test(character) &&
        !CJK.test(character) &&
        !RIGHT_TO_LEFT.test(character),
    ],
    ['emoji', isEmoji],
  ];
  for (const [reason, offends] of rules) {
    const offending = unique(characters.filter(offends));
    if (offending.length > 0) return { reason, characters: offending };
  }
  return null;
}

/** The characters of `name` the font cannot draw (spaces excluded), unique, in order. */
export function missingGlyphs(name: string, hasGlyph: (codePoint: number) => boolean): string[] {
  return unique([...name].filter((character) => character !== ' ' && !hasGlyph(character.codePointAt(0) ?? 0)));
}

function unique(characters: string[]): string[] {
  return [...new Set(characters)];
}
