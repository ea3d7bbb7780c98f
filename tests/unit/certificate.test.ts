import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  CERTIFIED_FIELDS,
  COMPLETION_FILE_NAME,
  CertificateInputError,
  RECORD_FORMAT,
  RECORD_FORMAT_VERSION,
  buildCertificatePdf,
  canonicalRecord,
  checkCompletionFile,
  checkName,
  checkRecordShape,
  compareRecords,
  createCompletionFile,
  missingGlyphs,
  newCertificateId,
  normalizeCertificateId,
  normalizeCode,
  normalizeName,
  readCertificatePdf,
  verificationCode,
  verifyCertificateFile,
  verifyLink,
  parsePrintedDate,
  recordFromPrinted,
  verifyRecord,
  type CertificateLayout,
  type CertifiedRecord,
  type CompletionDetails,
  type CompletionFile,
  type PaperSize,
} from '../../src/lib/certificate';
import { replaceAttachment, tamperAttachment } from '../support/tamper-pdf';
import { readPdf } from '../support/pdf-tools';

const FONT = new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif.ttf'));
const GLYPHS = fontkit.create(FONT);

const RECORD: CertifiedRecord = {
  format: RECORD_FORMAT,
  formatVersion: RECORD_FORMAT_VERSION,
  certificateId: 'PWC-7K3M-9QXR-2D4F',
  learnerName: 'José Núñez',
  activityTitle: 'Posting with Care: Social Media Best Practices for Spine Care Professionals',
  organization: 'Example Spine Society',
  completedOn: '2026-11-29',
  scorePercent: 85,
  passMarkPercent: 80,
  activeMinutes: 143,
  creditStatement: 'This activity is approved for 2.5 continuing education credits.',
};

const DETAILS: CompletionDetails = {
  issuedAt: '2026-11-29T15:04:05.000Z',
  modules: [{ id: 'spine-care', title: 'Spine care online', completedAt: '2026-11-28T10:00:00.000Z' }],
  scenarios: [
    {
      id: 'patient-photo',
      title: 'A patient photo',
      theme: 'privacy',
      rating: 'best',
      endedAt: '2026-11-28T11:00:00.000Z',
    },
  ],
  assessment: { attemptId: 3, submittedAt: '2026-11-29T14:00:00.000Z', percent: 85, passMark: 80, attempts: 2 },
  evaluation: {
    submittedAt: '2026-11-29T14:30:00.000Z',
    answers: [{ id: 'useful', question: 'Was it useful?', answer: 'Yes' }],
  },
  attestation: {
    statement: 'I completed this activity myself.',
    attestedAt: '2026-11-29T15:00:00.000Z',
    activeMinutes: 143,
  },
};

const LAYOUT: CertificateLayout = {
  paper: 'letter',
  verifyUrl: 'https://posting-with-care.example/verify/',
  citation:
    'Doe J, Roe R. Social media best practices for spine care professionals. Global Spine Journal. 2025;15(4):1234-1245.',
  signatory: { name: 'Dr. Jane Example', title: 'Program Director' },
};

/** The reference code, computed independently of the library with node:crypto and BigInt. */
function referenceCode(record: CertifiedRecord): string {
  const hex = createHash('sha256').update(canonicalRecord(record), 'utf8').digest('hex');
  let bits = BigInt(`0x${hex.slice(0, 20)}`);
  let code = '';
  for (let index = 0; index < 16; index++) {
    code = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return code.match(/.{4}/g)!.join('-');
}

/** A different but valid value for each certified field. */
function changed(record: CertifiedRecord, key: (typeof CERTIFIED_FIELDS)[number]['key']): CertifiedRecord {
  const value = record[key];
  if (key === 'certificateId') return { ...record, certificateId: 'PWC-7K3M-9QXR-2D4G' };
  if (typeof value === 'number') return { ...record, [key]: key === 'activeMinutes' ? value + 1 : value + 0.5 };
  return { ...record, [key]: `${value}x` };
}

async function fileFor(learnerName: string): Promise<CompletionFile> {
  return createCompletionFile({ ...RECORD, learnerName }, DETAILS);
}

describe('verificationCode', () => {
  test('gives the same pinned code for the same record every time', async () => {
    expect(await verificationCode(RECORD)).toBe('25Z4-KY46-NJ5H-4PPM');
    expect(await verificationCode(RECORD)).toBe('25Z4-KY46-NJ5H-4PPM');
  });

  test('is the first 80 bits of SHA-256 of the canonical record in Crockford base32', async () => {
    expect(await verificationCode(RECORD)).toBe(referenceCode(RECORD));
  });

  test('changes when any one certified field changes', async () => {
    const original = await verificationCode(RECORD);
    for (const { key } of CERTIFIED_FIELDS) {
      expect(await verificationCode(changed(RECORD, key)), key).not.toBe(original);
    }
  });

  test('ignores extra keys and key order', async () => {
    const extra = { ...RECORD, nickname: 'Pepe', details: { secret: true } } as CertifiedRecord;
    const reordered = Object.fromEntries(Object.entries(RECORD).reverse()) as unknown as CertifiedRecord;
    expect(await verificationCode(extra)).toBe('25Z4-KY46-NJ5H-4PPM');
    expect(await verificationCode(reordered)).toBe('25Z4-KY46-NJ5H-4PPM');
  });
});

describe('canonicalRecord', () => {
  test('sorts the keys and leaves out anything that is not a certified field', () => {
    const withExtra = { ...RECORD, extra: 1 } as CertifiedRecord;
    expect(canonicalRecord(withExtra)).toBe(
      '{"activeMinutes":143,"activityTitle":"Posting with Care: Social Media Best Practices for Spine Care ' +
        'Professionals","certificateId":"PWC-7K3M-9QXR-2D4F","completedOn":"2026-11-29","creditStatement":"This ' +
        'activity is approved for 2.5 continuing education credits.","format":"posting-with-care/completion-record",' +
        '"formatVersion":1,"learnerName":"José Núñez","organization":"Example Spine Society","passMarkPercent":80,' +
        '"scorePercent":85}',
    );
  });
});

describe('normalizeCode', () => {
  test('accepts lowercase, missing hyphens, spaces and underscores', () => {
    expect(normalizeCode('25z4ky46nj5h4ppm')).toBe('25Z4-KY46-NJ5H-4PPM');
    expect(normalizeCode(' 25Z4 KY46_NJ5H-4ppm ')).toBe('25Z4-KY46-NJ5H-4PPM');
  });

  test('reads O as zero and I or L as one', () => {
    expect(normalizeCode('OOIL-1111-0000-ABCD')).toBe('0011-1111-0000-ABCD');
  });

  test('rejects codes of the wrong length or with letters outside the alphabet', () => {
    for (const junk of [
      '',
      'hello',
      '25Z4-KY46-NJ5H-4PP',
      '25Z4-KY46-NJ5H-4PPMX',
      '25Z4-KY46-NJ5H-4PPU',
      '25Z4+KY46',
    ]) {
      expect(normalizeCode(junk), junk).toBe('');
    }
  });
});

describe('verifyRecord', () => {
  test('accepts the code as typed and refuses a wrong one', async () => {
    expect(await verifyRecord(RECORD, '25z4 ky46 nj5h 4ppm')).toEqual({
      intact: true,
      expectedCode: '25Z4-KY46-NJ5H-4PPM',
    });
    expect((await verifyRecord({ ...RECORD, scorePercent: 95 }, '25Z4-KY46-NJ5H-4PPM')).intact).toBe(false);
  });
});

describe('newCertificateId', () => {
  test('is PWC followed by three groups of four Crockford characters', () => {
    for (let index = 0; index < 20; index++) {
      expect(newCertificateId()).toMatch(/^PWC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    }
  });

  test('uses the random source it is given', () => {
    const counting = (bytes: Uint8Array) => bytes.map((_, index) => index + 32);
    expect(newCertificateId(counting)).toBe('PWC-0123-4567-89AB');
  });
});

describe('normalizeCertificateId', () => {
  test('accepts any case, with or without the prefix and hyphens', () => {
    for (const typed of ['pwc7k3m9qxr2d4f', 'PWC-7K3M-9QXR-2D4F', '7k3m-9qxr-2d4f', ' pwc 7K3M 9QXR 2D4F ']) {
      expect(normalizeCertificateId(typed), typed).toBe('PWC-7K3M-9QXR-2D4F');
    }
  });

  test('rejects IDs of the wrong length or prefix', () => {
    for (const junk of ['', 'PWC-7K3M-9QXR-2D4', 'ABC-7K3M-9QXR-2D4F', 'PWC-7K3M-9QXR-2D4FF', 'PWC-7K3M-9QXR-2D4U']) {
      expect(normalizeCertificateId(junk), junk).toBe('');
    }
  });
});

describe('compareRecords', () => {
  test('lists each changed field with its label and both values', () => {
    const found = { ...RECORD, scorePercent: 95, learnerName: 'Jose Nunez' };
    expect(compareRecords(RECORD, found)).toEqual([
      { key: 'learnerName', label: 'Name', expected: 'José Núñez', found: 'Jose Nunez' },
      { key: 'scorePercent', label: 'Final assessment score', expected: '85', found: '95' },
    ]);
  });

  test('treats the same text in NFD and NFC as equal', () => {
    expect(compareRecords(RECORD, { ...RECORD, learnerName: RECORD.learnerName.normalize('NFD') })).toEqual([]);
  });
});

describe('checkRecordShape', () => {
  test('accepts a record and returns only its certified keys', () => {
    expect(checkRecordShape({ ...RECORD, extra: 1 })).toEqual({ ok: true, record: RECORD });
  });

  test('names the bad field', () => {
    const cases: [unknown, string][] = [
      [null, 'not an object'],
      [{ ...RECORD, format: 'other' }, 'record.format'],
      [{ ...RECORD, formatVersion: 2 }, 'record.formatVersion'],
      [{ ...RECORD, certificateId: 'PWC-1' }, 'record.certificateId'],
      [{ ...RECORD, learnerName: ' José  Núñez' }, 'record.learnerName'],
      [{ ...RECORD, completedOn: '2026-02-30' }, 'record.completedOn'],
      [{ ...RECORD, scorePercent: 85.25 }, 'record.scorePercent'],
      [{ ...RECORD, passMarkPercent: 101 }, 'record.passMarkPercent'],
      [{ ...RECORD, activeMinutes: -1 }, 'record.activeMinutes'],
      [{ ...RECORD, creditStatement: 3 }, 'record.creditStatement'],
    ];
    for (const [value, fieldName] of cases) {
      const result = checkRecordShape(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem).toContain(fieldName);
    }
  });
});

describe('checkCompletionFile', () => {
  test('accepts a completion file', async () => {
    const file = await fileFor('José Núñez');
    expect(checkCompletionFile(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, file });
  });

  test('names the bad field in the details', async () => {
    const file = JSON.parse(JSON.stringify(await fileFor('José Núñez')));
    file.details.modules[0].title = 7;
    expect(checkCompletionFile(file)).toEqual({
      ok: false,
      problem: 'The field "details.modules[0].title" is missing or not text.',
    });
  });
});

describe('normalizeName', () => {
  test('composes characters, trims and collapses every kind of whitespace', () => {
    expect(normalizeName('  Ann\u00a0\u00a0Lee\t\nSmith ')).toBe('Ann Lee Smith');
    expect(normalizeName('Jose\u0301')).toBe('José');
  });
});

const LONG_NAME =
  'Maria Magdalena Josefina Alexandrina von Hohenzollern-Sigmaringen Lancaster-Montgomery de la Cruz y Fernández Ortega Paz';
const ACCEPTED = [
  'José Núñez',
  'Nguyễn Thị Ánh',
  'Ἀλέξανδρος',
  'Пётр Ильич',
  "O'Brien-Smith",
  '<script>alert(1)</script>',
  LONG_NAME,
];

describe('checkName', () => {
  test('the long test name is exactly 120 code points', () => {
    expect([...LONG_NAME]).toHaveLength(120);
  });

  test.each(ACCEPTED)('accepts %s', (name) => {
    expect(checkName(name)).toEqual({ ok: true, name });
  });

  test('returns NFD input in NFC', () => {
    expect(checkName('Jose\u0301')).toEqual({ ok: true, name: 'José' });
  });

  test.each([
    ['', 'empty', []],
    ['   ', 'empty', []],
    [`${LONG_NAME}a`, 'too-long', []],
    ['王小明', 'cjk', ['王', '小', '明']],
    ['محمد', 'right-to-left', ['م', 'ح', 'د']],
    ['देव', 'complex-script', ['द', 'े', 'व']],
    ['Ann 😀', 'emoji', ['😀']],
    ['Ann\u202eevil', 'control', ['\u202e']],
  ])('refuses %j as %s', (name, reason, characters) => {
    expect(checkName(name)).toEqual({ ok: false, reason, characters });
  });

  test('reports an emoji sequence joined by zero-width joiners as emoji, not as control', () => {
    expect(checkName('Ann 👩\u200d💻')).toEqual({ ok: false, reason: 'emoji', characters: ['👩', '\u200d', '💻'] });
  });
});

describe('missingGlyphs', () => {
  test('lists the characters DejaVu Serif cannot draw, without spaces', () => {
    const hasGlyph = (codePoint: number) => GLYPHS.hasGlyphForCodePoint(codePoint);
    expect(missingGlyphs('José Núñez', hasGlyph)).toEqual([]);
    // U+1EFC LATIN CAPITAL LETTER MIDDLE-WELSH V passes checkName but is not in DejaVu Serif.
    expect(missingGlyphs('Ỽaughan Ỽ', hasGlyph)).toEqual(['Ỽ']);
  });
});

describe('verifyLink', () => {
  test('puts the checked fields in the fragment, so none reaches the server', () => {
    const link = new URL(verifyLink(LAYOUT.verifyUrl, RECORD, '25Z4-KY46-NJ5H-4PPM'));
    expect(link.search).toBe('');
    expect(Object.fromEntries(new URLSearchParams(link.hash.slice(1)))).toEqual({
      id: 'PWC-7K3M-9QXR-2D4F',
      code: '25Z4-KY46-NJ5H-4PPM',
      date: '2026-11-29',
      score: '85',
      pass: '80',
      minutes: '143',
    });
  });
});

/** Glyph IDs drawn with the embedded font: pdf-lib writes each text run as a hex string of 2-byte glyph IDs. */
function drawnGlyphIds(contents: string): number[] {
  return [...contents.matchAll(/<([0-9A-Fa-f]+)> Tj/g)].flatMap(([, hex]) =>
    (hex!.match(/.{4}/g) ?? []).map((glyph) => parseInt(glyph, 16)),
  );
}

describe('buildCertificatePdf', () => {
  async function build(name: string, paper: PaperSize) {
    const file = await fileFor(name);
    const bytes = await buildCertificatePdf(file, { font: FONT }, { ...LAYOUT, paper });
    return { file, bytes, read: await readPdf(bytes) };
  }

  const cases: [string, PaperSize][] = [
    ...ACCEPTED.map((name): [string, PaperSize] => [name, 'letter']),
    ['José Núñez', 'a4'],
  ];
  test.each(cases)('prints %s on %s paper, read back by pdf.js without a warning', async (name, paper) => {
    const { file, bytes, read } = await build(name, paper);
    const flat = read.text.replace(/\s+/g, ' ');
    expect(flat).toContain(name);
    expect(flat).toContain('85%');
    expect(flat).toContain(file.record.certificateId);
    expect(flat).toContain(file.verificationCode);
    expect(read.warnings).toEqual([]);
    expect(read.pageCount).toBe(1);
    // The completion record reads back as it was attached.
    expect(new TextDecoder().decode(read.attachments[COMPLETION_FILE_NAME])).toBe(JSON.stringify(file, null, 2));
    // The QR code scans, even with the longest name, and leads to the verify page with the fields.
    expect(read.qrCodes).toEqual([verifyLink(LAYOUT.verifyUrl, file.record, file.verificationCode)]);

    const pdfDoc = await PDFDocument.load(bytes, { updateMetadata: false });
    // Text is drawn with real glyphs: glyph 0 (.notdef, the empty box) is never used.
    const pageContents = pdfDoc.getPage(0).node.Contents();
    const streams =
      pageContents instanceof PDFArray
        ? pageContents.asArray().map((ref) => pdfDoc.context.lookup(ref))
        : [pageContents];
    const contents = streams
      .filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream)
      .map((stream) => new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode()))
      .join('\n');
    const glyphs = drawnGlyphIds(contents);
    expect(glyphs.length).toBeGreaterThan(100);
    expect(glyphs).not.toContain(0);
    const { width, height } = pdfDoc.getPage(0).getMediaBox();
    expect([width, height]).toEqual(paper === 'letter' ? [792, 612] : [841.89, 595.28]);
    expect(pdfDoc.getPageCount()).toBe(1);
    expect(pdfDoc.getTitle()).toBe(`Certificate of completion: ${RECORD.activityTitle}`);
    expect(pdfDoc.getAuthor()).toBe(RECORD.organization);
    expect(pdfDoc.getKeywords()).toBe(`${file.record.certificateId} ${file.verificationCode}`);
    expect(pdfDoc.getCreationDate()?.toISOString()).toBe(DETAILS.issuedAt);
  });

  test('draws a logo when given one', async () => {
    // A 2x1 RGB PNG (one teal pixel, one white).
    const png = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGOQj4/+//8/AAoCA9dUOAdhAAAAAElFTkSuQmCC'),
      (character) => character.charCodeAt(0),
    );
    const bytes = await buildCertificatePdf(
      await fileFor('José Núñez'),
      { font: FONT, logo: { bytes: png, type: 'png' } },
      LAYOUT,
    );
    expect(new TextDecoder('latin1').decode(bytes)).toContain('/Subtype /Image');
  });

  test('refuses a CJK name before drawing', async () => {
    const attempt = buildCertificatePdf(await fileFor('王小明'), { font: FONT }, LAYOUT);
    await expect(attempt).rejects.toThrow(CertificateInputError);
    await expect(attempt).rejects.toMatchObject({ reason: 'cjk', characters: ['王', '小', '明'] });
  });

  test('refuses a name with a character the font lacks, so no box is drawn', async () => {
    expect(checkName('Ỽaughan').ok).toBe(true);
    expect(GLYPHS.hasGlyphForCodePoint(0x1efc)).toBe(false);
    const attempt = buildCertificatePdf(await fileFor('Ỽaughan'), { font: FONT }, LAYOUT);
    await expect(attempt).rejects.toThrow(CertificateInputError);
    await expect(attempt).rejects.toMatchObject({ reason: 'unsupported', characters: ['Ỽ'] });
  });

  test('refuses a file whose code does not match its record', async () => {
    const file = await fileFor('José Núñez');
    const attempt = buildCertificatePdf(
      { ...file, record: { ...file.record, scorePercent: 95 } },
      { font: FONT },
      LAYOUT,
    );
    await expect(attempt).rejects.toThrow('does not match');
  });
});

describe('readCertificatePdf', () => {
  let file: CompletionFile;
  let bytes: Uint8Array;

  beforeAll(async () => {
    file = await fileFor('Nguyễn Thị Ánh');
    bytes = await buildCertificatePdf(file, { font: FONT }, LAYOUT);
  });

  test('reads back the same completion file and the record stored at issue', async () => {
    const result = await readCertificatePdf(bytes);
    expect(result).toEqual({
      ok: true,
      file,
      issued: { record: file.record, verificationCode: file.verificationCode },
    });
  });

  test('says "not-pdf" for random bytes', async () => {
    const random = crypto.getRandomValues(new Uint8Array(4096));
    expect(await readCertificatePdf(random)).toMatchObject({ ok: false, problem: 'not-pdf' });
  });

  test('says "no-record" for a PDF without the attachment', async () => {
    const plain = await PDFDocument.create();
    plain.addPage();
    expect(await readCertificatePdf(await plain.save())).toMatchObject({ ok: false, problem: 'no-record' });
  });

  test('says "bad-record" for an attachment that is not JSON', async () => {
    const broken = await replaceAttachment(bytes, () => new TextEncoder().encode('{"record": '));
    expect(await readCertificatePdf(broken)).toMatchObject({ ok: false, problem: 'bad-record' });
  });

  test('says "bad-record", naming the field, for JSON of the wrong shape', async () => {
    const broken = await tamperAttachment(bytes, (edited) => {
      edited.record.activeMinutes = 'lots' as unknown as number;
    });
    expect(await readCertificatePdf(broken)).toEqual({
      ok: false,
      problem: 'bad-record',
      message: 'The field "record.activeMinutes" is missing or not a number.',
    });
  });
});

describe('verifyCertificateFile', () => {
  let file: CompletionFile;
  let bytes: Uint8Array;

  beforeAll(async () => {
    file = await fileFor('Пётр Ильич');
    bytes = await buildCertificatePdf(file, { font: FONT }, LAYOUT);
  });

  async function verify(pdf: Uint8Array) {
    const result = await readCertificatePdf(pdf);
    if (!result.ok) throw new Error(result.message);
    return verifyCertificateFile(result);
  }

  test('finds an untouched certificate intact', async () => {
    expect(await verify(bytes)).toEqual({
      intact: true,
      expectedCode: file.verificationCode,
      differences: [],
      problems: [],
    });
  });

  test('catches an edited score and names the field', async () => {
    const edited = await tamperAttachment(bytes, (completion) => {
      completion.record.scorePercent = 95;
    });
    const verification = await verify(edited);
    expect(verification.intact).toBe(false);
    expect(verification.differences).toEqual([
      { key: 'scorePercent', label: 'Final assessment score', expected: '85', found: '95' },
    ]);
    expect(verification.problems).toContain(
      'The attached record does not produce the verification code stored with it.',
    );
  });

  test('catches an edit whose code was recomputed, from the record stored at issue', async () => {
    const edited = await tamperAttachment(bytes, (completion) => {
      completion.record.scorePercent = 95;
    });
    const read = await readCertificatePdf(edited);
    if (!read.ok) throw new Error(read.message);
    read.file.verificationCode = await verificationCode(read.file.record);
    const verification = await verifyCertificateFile(read);
    expect(verification.intact).toBe(false);
    expect(verification.differences.map((difference) => difference.label)).toEqual(['Final assessment score']);
  });

  test('a file without the copy stored at issue is never called intact, and its code is still checked', async () => {
    const missing = await verifyCertificateFile({ file, issued: null });
    expect(missing.intact).toBe(false);
    expect(missing.problems).toEqual([expect.stringMatching(/copy of the certified fields .* is missing/)]);
    const edited = { ...file, record: { ...file.record, activeMinutes: 500 } };
    expect(await verifyCertificateFile({ file: edited, issued: null })).toMatchObject({
      intact: false,
      differences: [],
    });
  });
});

describe('parsePrintedDate', () => {
  test('reads the date as the certificate prints it, in either form or both', () => {
    expect(parsePrintedDate('2026-11-29')).toBe('2026-11-29');
    expect(parsePrintedDate(' 29 November 2026 ')).toBe('2026-11-29');
    expect(parsePrintedDate('3 march 2027')).toBe('2027-03-03');
    expect(parsePrintedDate('29 November 2026 (2026-11-29)')).toBe('2026-11-29');
  });

  test('refuses dates that do not exist or cannot be read without guessing', () => {
    expect(parsePrintedDate('2026-02-30')).toBeNull();
    expect(parsePrintedDate('29/11/2026')).toBeNull();
    expect(parsePrintedDate('11/29/2026')).toBeNull();
    expect(parsePrintedDate('29 Novembre 2026')).toBeNull();
    expect(parsePrintedDate('')).toBeNull();
  });
});

describe('recordFromPrinted', () => {
  const printed = {
    certificateId: 'pwc7k3m9qxr2d4f',
    code: '25z4 ky46 nj5h 4ppm',
    learnerName: '  José   Núñez ',
    completedOn: '29 November 2026',
    scorePercent: '85%',
    passMarkPercent: '80',
    activeMinutes: '143',
    activityTitle: ` ${RECORD.activityTitle} `,
    organization: RECORD.organization,
    creditStatement: RECORD.creditStatement,
  };

  test('reads typed fields as printed, forgiving case, spacing, hyphens and a percent sign', async () => {
    const check = recordFromPrinted(printed);
    if (!check.ok) throw new Error(JSON.stringify(check.errors));
    expect(check.record).toEqual(RECORD);
    expect((await verifyRecord(check.record, check.code)).intact).toBe(true);
  });

  test('names every field that cannot be used', () => {
    const check = recordFromPrinted({
      ...printed,
      certificateId: 'PWC-123',
      code: '',
      learnerName: '   ',
      completedOn: '29/11/2026',
      scorePercent: '120',
      activeMinutes: '2.5',
      organization: ' ',
    });
    expect(check).toEqual({
      ok: false,
      errors: {
        certificateId: 'id',
        code: 'code',
        learnerName: 'name',
        completedOn: 'date',
        scorePercent: 'percent',
        activeMinutes: 'minutes',
        organization: 'required',
      },
    });
  });
});
