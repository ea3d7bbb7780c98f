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
  checkCredentials,
  checkName,
  checkRecordShape,
  compareRecords,
  createCompletionFile,
  missingGlyphs,
  newCertificateId,
  normalizeCertificateId,
  normalizeCode,
  normalizeCredentials,
  normalizeName,
  readCertificatePdf,
  verificationCode,
  verifyCertificateFile,
  verifyLink,
  parsePrintedDate,
  printedName,
  recordFromPrinted,
  verifyPrinted,
  verifyRecord,
  type AnyCertifiedRecord,
  type CertificateLayout,
  type CertifiedRecord,
  type CertifiedRecordV1,
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
  credentials: '',
  activityTitle: 'Posting with Care: Social Media Best Practices for Spine Care Professionals',
  organization: 'Example Spine Society',
  completedOn: '2026-11-29',
  scorePercent: 85,
  passMarkPercent: 80,
  activeMinutes: 143,
  creditStatement: 'This activity is approved for 2.5 continuing education credits.',
};
/** The code of RECORD (version 2, no credentials). */
const CODE = '7N5E-RGBH-PM7H-DQKY';

/** The same record as issued before credentials were certified: its code is the one pinned when version 1 shipped. */
const { credentials: _, ...sameFields } = RECORD;
const RECORD_V1: CertifiedRecordV1 = { ...sameFields, formatVersion: 1 };
const CODE_V1 = '25Z4-KY46-NJ5H-4PPM';

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
function referenceCode(record: AnyCertifiedRecord): string {
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

async function fileFor(learnerName: string, credentials = ''): Promise<CompletionFile> {
  return createCompletionFile({ ...RECORD, learnerName, credentials }, DETAILS);
}

describe('verificationCode', () => {
  test('gives the same pinned code for the same record every time', async () => {
    expect(await verificationCode(RECORD)).toBe(CODE);
    expect(await verificationCode(RECORD)).toBe(CODE);
  });

  test('is the first 80 bits of SHA-256 of the canonical record in Crockford base32', async () => {
    expect(await verificationCode(RECORD)).toBe(referenceCode(RECORD));
    expect(await verificationCode(RECORD_V1)).toBe(referenceCode(RECORD_V1));
  });

  test('a version 1 record keeps the code it was issued with', async () => {
    expect(await verificationCode(RECORD_V1)).toBe(CODE_V1);
    // Even when the object carries a stray credentials key: version 1 certified none.
    expect(await verificationCode({ ...RECORD_V1, credentials: 'MD' } as CertifiedRecordV1)).toBe(CODE_V1);
  });

  test('credentials are certified: with them the code differs from the same record without them', async () => {
    const withCredentials = await verificationCode({ ...RECORD, credentials: 'MD, PhD' });
    expect(withCredentials).toBe(referenceCode({ ...RECORD, credentials: 'MD, PhD' }));
    expect(withCredentials).not.toBe(CODE);
    expect(withCredentials).not.toBe(CODE_V1);
    expect(await verificationCode({ ...RECORD, credentials: 'MD' })).not.toBe(withCredentials);
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
    expect(await verificationCode(extra)).toBe(CODE);
    expect(await verificationCode(reordered)).toBe(CODE);
  });
});

describe('canonicalRecord', () => {
  test('sorts the keys and leaves out anything that is not a certified field', () => {
    const withExtra = { ...RECORD, credentials: 'MD, PhD', extra: 1 } as CertifiedRecord;
    expect(canonicalRecord(withExtra)).toBe(
      '{"activeMinutes":143,"activityTitle":"Posting with Care: Social Media Best Practices for Spine Care ' +
        'Professionals","certificateId":"PWC-7K3M-9QXR-2D4F","completedOn":"2026-11-29","credentials":"MD, PhD",' +
        '"creditStatement":"This activity is approved for 2.5 continuing education credits.",' +
        '"format":"posting-with-care/completion-record","formatVersion":2,"learnerName":"José Núñez",' +
        '"organization":"Example Spine Society","passMarkPercent":80,"scorePercent":85}',
    );
  });

  test('a version 1 record has exactly its old canonical form, with no credentials key', () => {
    const withExtra = { ...RECORD_V1, credentials: '', extra: 1 } as CertifiedRecordV1;
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
    expect(await verifyRecord(RECORD, CODE.toLowerCase().replaceAll('-', ' '))).toEqual({
      intact: true,
      expectedCode: CODE,
    });
    expect((await verifyRecord({ ...RECORD, scorePercent: 95 }, CODE)).intact).toBe(false);
  });

  test('a version 1 record (formatVersion 1, no credentials key) still verifies with its code', async () => {
    expect(await verifyRecord(RECORD_V1, '25z4 ky46 nj5h 4ppm')).toEqual({ intact: true, expectedCode: CODE_V1 });
    // Its code does not carry over to the same fields as version 2, nor the other way round.
    expect((await verifyRecord(RECORD, CODE_V1)).intact).toBe(false);
    expect((await verifyRecord(RECORD_V1, CODE)).intact).toBe(false);
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

  test('names changed credentials; a version 1 record compares as having none', () => {
    const withCredentials = { ...RECORD, credentials: 'MD' };
    expect(compareRecords(RECORD, withCredentials)).toEqual([
      { key: 'credentials', label: 'Credentials', expected: '', found: 'MD' },
    ]);
    expect(compareRecords(RECORD_V1, withCredentials)).toEqual([
      { key: 'credentials', label: 'Credentials', expected: '', found: 'MD' },
    ]);
    expect(compareRecords(RECORD_V1, RECORD_V1)).toEqual([]);
  });
});

describe('printedName', () => {
  test('puts the credentials after the name and a comma, and prints the name alone without them', () => {
    expect(printedName({ ...RECORD, credentials: 'MD, PhD' })).toBe('José Núñez, MD, PhD');
    expect(printedName(RECORD)).toBe('José Núñez');
    expect(printedName(RECORD_V1)).toBe('José Núñez');
  });
});

describe('checkRecordShape', () => {
  test('accepts a record and returns only its certified keys', () => {
    expect(checkRecordShape({ ...RECORD, extra: 1 })).toEqual({ ok: true, record: RECORD });
    const withCredentials = { ...RECORD, credentials: 'MD, PhD' };
    expect(checkRecordShape(withCredentials)).toEqual({ ok: true, record: withCredentials });
  });

  test('accepts a version 1 record without credentials, and returns it without a credentials key', () => {
    const result = checkRecordShape({ ...RECORD_V1 });
    expect(result).toEqual({ ok: true, record: RECORD_V1 });
    expect(result.ok && 'credentials' in result.record).toBe(false);
  });

  test('names the bad field', () => {
    const { credentials: _, ...withoutCredentials } = RECORD;
    const cases: [unknown, string][] = [
      [null, 'not an object'],
      [{ ...RECORD, format: 'other' }, 'record.format'],
      [{ ...RECORD, formatVersion: 3 }, 'record.formatVersion'],
      [{ ...RECORD, formatVersion: '2' }, 'record.formatVersion'],
      [withoutCredentials, 'record.credentials'],
      [{ ...RECORD, credentials: 4 }, 'record.credentials'],
      [{ ...RECORD, credentials: ' MD,  PhD' }, 'record.credentials'],
      [{ ...RECORD_V1, credentials: 'MD' }, 'record.credentials'],
      [{ ...RECORD_V1, credentials: '' }, 'record.credentials'],
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

  test('reads the evaluation choice and the scores by theme, and older files without them', async () => {
    const byTheme = [{ theme: 'spine-care', title: 'Spine Care', earned: 4.5, possible: 5 }];
    const current = await createCompletionFile(RECORD, {
      ...DETAILS,
      assessment: { ...DETAILS.assessment, byTheme },
      evaluation: { submittedAt: DETAILS.evaluation.submittedAt, shared: false, answers: [] },
    });
    expect(checkCompletionFile(JSON.parse(JSON.stringify(current)))).toEqual({ ok: true, file: current });
    // DETAILS has neither `shared` nor `byTheme`, like a file made before they existed: it reads as it was.
    const older = await createCompletionFile(RECORD_V1, DETAILS);
    const read = checkCompletionFile(JSON.parse(JSON.stringify(older)));
    expect(read).toEqual({ ok: true, file: older });
    expect(read.ok && 'shared' in read.file.details.evaluation).toBe(false);
    expect(read.ok && 'byTheme' in read.file.details.assessment).toBe(false);
  });

  test('refuses an evaluation choice that is not true or false, or answers that were not shared', async () => {
    const file = JSON.parse(JSON.stringify(await fileFor('José Núñez')));
    file.details.evaluation.shared = 'no';
    expect(checkCompletionFile(file)).toMatchObject({ ok: false, problem: expect.stringContaining('shared') });
    file.details.evaluation.shared = false;
    expect(checkCompletionFile(file)).toEqual({
      ok: false,
      problem: 'The field "details.evaluation.answers" is not empty, but "details.evaluation.shared" is false.',
    });
    file.details.evaluation.shared = true;
    file.details.assessment.byTheme = [{ theme: 'spine-care', title: 'Spine Care', earned: '4' }];
    expect(checkCompletionFile(file)).toEqual({
      ok: false,
      problem: 'The field "details.assessment.byTheme[0].earned" is missing or not a number.',
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

const LONG_CREDENTIALS = 'MD, PhD, FACS, FRCSC, MPH, MBA, DrPH, RN';

describe('checkCredentials', () => {
  test('the long test credentials are exactly 40 code points', () => {
    expect([...LONG_CREDENTIALS]).toHaveLength(40);
  });

  test.each([
    ['', ''],
    ['   ', ''],
    ['DPT', 'DPT'],
    ['  MD,\u00a0 PhD ', 'MD, PhD'],
    [', DPT', 'DPT'],
    ['Dr. me\u0301d.', 'Dr. méd.'],
    ['FRCS(Orth)', 'FRCS(Orth)'],
    ['<b>MD</b>', '<b>MD</b>'],
    ['Д-р мед. наук', 'Д-р мед. наук'],
    [LONG_CREDENTIALS, LONG_CREDENTIALS],
  ])('accepts %j as %j', (input, credentials) => {
    expect(checkCredentials(input)).toEqual({ ok: true, credentials });
    expect(normalizeCredentials(input)).toBe(credentials);
  });

  test.each([
    [`${LONG_CREDENTIALS}N`, 'too-long', []],
    ['医学博士', 'cjk', ['医', '学', '博', '士']],
    ['د.', 'right-to-left', ['د']],
    ['डॉ', 'complex-script', ['ड', 'ॉ']],
    ['MD 🩺', 'emoji', ['🩺']],
    ['MD\u200b', 'control', ['\u200b']],
  ])('refuses %j as %s', (input, reason, characters) => {
    expect(checkCredentials(input)).toEqual({ ok: false, reason, characters });
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

  test('prints the credentials after the name, certified with it, and the QR link leaves them out', async () => {
    const file = await fileFor('José Núñez', 'MD, PhD');
    const bytes = await buildCertificatePdf(file, { font: FONT }, LAYOUT);
    const read = await readPdf(bytes);
    expect(read.text).toContain('José Núñez, MD, PhD');
    expect(read.warnings).toEqual([]);
    expect(read.qrCodes).toEqual([verifyLink(LAYOUT.verifyUrl, file.record, file.verificationCode)]);
    expect(new URLSearchParams(new URL(read.qrCodes[0]!).hash.slice(1)).has('credentials')).toBe(false);
    const pdfDoc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdfDoc.getSubject()).toBe(`José Núñez, MD, PhD completed ${RECORD.activityTitle}`);
    const result = await readCertificatePdf(bytes);
    if (!result.ok) throw new Error(result.message);
    expect(result.file.record).toMatchObject({ formatVersion: 2, credentials: 'MD, PhD' });
    expect((await verifyCertificateFile(result)).intact).toBe(true);
  });

  test('the longest name with the longest credentials wraps onto two lines, every character printed', async () => {
    const file = await fileFor(LONG_NAME, LONG_CREDENTIALS);
    const read = await readPdf(await buildCertificatePdf(file, { font: FONT }, LAYOUT));
    expect(read.text.replace(/\s+/g, ' ')).toContain(`${LONG_NAME}, ${LONG_CREDENTIALS}`);
    const lines = read.text.split('\n');
    const nameLines = lines.slice(
      lines.indexOf('This certifies that') + 1,
      lines.indexOf('has completed the activity'),
    );
    expect(nameLines).toHaveLength(2);
    expect(read.pageCount).toBe(1);
    expect(read.warnings).toEqual([]);
    expect(read.qrCodes).toEqual([verifyLink(LAYOUT.verifyUrl, file.record, file.verificationCode)]);
  });

  test('a name that fits one line keeps its credentials together on the second', async () => {
    const name = 'Alexandrina von Hohenzollern-Sigmaringen';
    const read = await readPdf(
      await buildCertificatePdf(await fileFor(name, LONG_CREDENTIALS), { font: FONT }, LAYOUT),
    );
    const lines = read.text.split('\n');
    expect(lines).toContain(`${name},`);
    expect(lines).toContain(LONG_CREDENTIALS);
  });

  test('refuses credentials with a character the font lacks, naming the credentials field', async () => {
    const attempt = buildCertificatePdf(await fileFor('José Núñez', 'MỼ'), { font: FONT }, LAYOUT);
    await expect(attempt).rejects.toThrow(CertificateInputError);
    await expect(attempt).rejects.toMatchObject({ reason: 'unsupported', characters: ['Ỽ'], field: 'credentials' });
  });

  test('refuses credentials that cannot be printed before drawing', async () => {
    const attempt = buildCertificatePdf(await fileFor('José Núñez', '医学博士'), { font: FONT }, LAYOUT);
    await expect(attempt).rejects.toMatchObject({ reason: 'cjk', field: 'credentials' });
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

describe('a certificate issued with a version 1 record', () => {
  /** A completion file as version 1 wrote it, by hand: no credentials, no evaluation choice, no scores by theme. */
  const V1_FILE = {
    record: {
      format: RECORD_FORMAT,
      formatVersion: 1,
      certificateId: RECORD.certificateId,
      learnerName: RECORD.learnerName,
      activityTitle: RECORD.activityTitle,
      organization: RECORD.organization,
      completedOn: RECORD.completedOn,
      scorePercent: RECORD.scorePercent,
      passMarkPercent: RECORD.passMarkPercent,
      activeMinutes: RECORD.activeMinutes,
      creditStatement: RECORD.creditStatement,
    },
    verificationCode: CODE_V1,
    details: DETAILS,
    note: 'The verification code is computed from the fields printed on the certificate.',
  } satisfies CompletionFile;
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = await buildCertificatePdf(V1_FILE, { font: FONT }, LAYOUT);
  });

  async function verify(pdf: Uint8Array) {
    const result = await readCertificatePdf(pdf);
    if (!result.ok) throw new Error(result.message);
    return { result, verification: await verifyCertificateFile(result) };
  }

  test('reads back as version 1 and verifies intact from the PDF', async () => {
    const { result, verification } = await verify(bytes);
    expect(result.file).toEqual(V1_FILE);
    expect(result.issued).toEqual({ record: V1_FILE.record, verificationCode: CODE_V1 });
    expect(verification).toEqual({ intact: true, expectedCode: CODE_V1, differences: [], problems: [] });
    expect((await readPdf(bytes)).text).toContain(RECORD.learnerName);
  });

  test('an attachment upgraded to version 2 with credentials added is altered, even with a recomputed code', async () => {
    const edited = await tamperAttachment(bytes, (file) => {
      file.record = { ...(file.record as CertifiedRecordV1), formatVersion: 2, credentials: 'MD' };
    });
    const read = await readCertificatePdf(edited);
    if (!read.ok) throw new Error(read.message);
    read.file.verificationCode = await verificationCode(read.file.record);
    const verification = await verifyCertificateFile(read);
    expect(verification.intact).toBe(false);
    expect(verification.differences).toEqual([{ key: 'credentials', label: 'Credentials', expected: '', found: 'MD' }]);
  });

  test('upgraded to version 2 without credentials, no field differs but the code stored at issue does not match', async () => {
    const edited = await tamperAttachment(bytes, (file) => {
      file.record = { ...(file.record as CertifiedRecordV1), formatVersion: 2, credentials: '' };
    });
    const read = await readCertificatePdf(edited);
    if (!read.ok) throw new Error(read.message);
    read.file.verificationCode = await verificationCode(read.file.record);
    const verification = await verifyCertificateFile(read);
    expect(verification.intact).toBe(false);
    expect(verification.problems).toEqual([
      'The record does not produce the code stored when the certificate was issued.',
    ]);
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
    code: CODE.toLowerCase().replaceAll('-', ''),
    learnerName: '  José   Núñez ',
    credentials: '',
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

  test('reads typed credentials, normalized, into a version 2 record', () => {
    const check = recordFromPrinted({ ...printed, credentials: ' MD,   PhD ' });
    expect(check).toMatchObject({ ok: true, record: { formatVersion: 2, credentials: 'MD, PhD' } });
  });
});

describe('verifyPrinted', () => {
  const typed = {
    certificateId: RECORD.certificateId,
    code: '',
    learnerName: 'José Núñez',
    credentials: '',
    completedOn: '2026-11-29',
    scorePercent: '85',
    passMarkPercent: '80',
    activeMinutes: '143',
    activityTitle: RECORD.activityTitle,
    organization: RECORD.organization,
    creditStatement: RECORD.creditStatement,
  };
  async function check(fields: Partial<typeof typed>) {
    const result = recordFromPrinted({ ...typed, ...fields });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return (await verifyPrinted(result.record, result.code)).intact;
  }

  test('typed credentials are part of the check', async () => {
    const code = await verificationCode({ ...RECORD, credentials: 'MD, PhD' });
    expect(await check({ code, credentials: 'MD, PhD' })).toBe(true);
    expect(await check({ code, credentials: 'MD' })).toBe(false);
    expect(await check({ code })).toBe(false);
  });

  test('the whole printed name line typed as the name, credentials left empty, is intact', async () => {
    const code = await verificationCode({ ...RECORD, credentials: 'MD, PhD' });
    expect(await check({ code, learnerName: 'José Núñez, MD, PhD' })).toBe(true);
  });

  test('a version 1 certificate, which prints no credentials, checks intact with the credentials left empty', async () => {
    expect(await check({ code: CODE_V1 })).toBe(true);
    expect(await check({ code: CODE })).toBe(true);
    expect(await check({ code: CODE_V1, credentials: 'MD' })).toBe(false);
    expect(await check({ code: CODE_V1, scorePercent: '95' })).toBe(false);
  });
});
