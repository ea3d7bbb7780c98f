/**
 * The certificate PDF: one landscape page drawn with pdf-lib, the completion record attached as JSON, and a copy
 * of the certified fields in the document information so a verifier can tell which field of an edited attachment
 * changed. Loaded lazily by the course, as pdf-lib and fontkit are large.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFHexString, PDFName, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { encode } from 'uqr';
import { formatMinutes } from '../activity';
import { CertificateInputError, checkCredentials, checkName, missingGlyphs } from './name';
import {
  COMPLETION_FILE_NAME,
  ISSUED_RECORD_KEY,
  credentialsOf,
  printedName,
  verifyRecord,
  type AnyCertifiedRecord,
  type CompletionFile,
} from './record';
import { checkCompletionFile } from './shape';

/** Paper the certificate is laid out for (always landscape). */
export type PaperSize = 'letter' | 'a4';

/** Binary inputs of the certificate, fetched by the caller. */
export interface CertificateAssets {
  /** DejaVuSerif.ttf bytes. */
  font: Uint8Array;
  /** Optional institution logo, drawn top-left at most 60 pt high. */
  logo?: { bytes: Uint8Array; type: 'png' | 'jpg' };
}

/** What the certificate says besides the record. */
export interface CertificateLayout {
  paper: PaperSize;
  /** Absolute URL of the verify page, e.g. `https://x.example/verify/`. */
  verifyUrl: string;
  /** The source paper's citation, one line of plain text. */
  citation: string;
  signatory: { name: string; title: string } | null;
  /** Heading. @default 'Certificate of completion' */
  title?: string;
}

/** Landscape page sizes in points. */
export const PAGE_SIZES: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  letter: { width: 792, height: 612 },
  a4: { width: 841.89, height: 595.28 },
};

const TEAL = rgb(0x1f / 255, 0x5f / 255, 0x5b / 255);
const INK = rgb(0.13, 0.13, 0.13);
const GREY = rgb(0.36, 0.36, 0.36);
const WHITE = rgb(1, 1, 1);
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Inner border inset; all drawing stays inside it. */
const BORDER = 28;
/** Left and right margin of the text. */
const MARGIN = 60;
/** Baseline of the lowest line of text. */
const BOTTOM = 44;

/** The verify-page link in the QR code: the checked fields go in the fragment, so nothing reaches a server. */
export function verifyLink(verifyUrl: string, record: AnyCertifiedRecord, code: string): string {
  // The name and credentials are left out: they would make the code too dense to scan, and the verifier types them
  // from the paper.
  const params = new URLSearchParams({
    id: record.certificateId,
    code,
    date: record.completedOn,
    score: String(record.scorePercent),
    pass: String(record.passMarkPercent),
    minutes: String(record.activeMinutes),
  });
  return `${verifyUrl}#${params.toString()}`;
}

/**
 * The certificate PDF for a completion file. Throws `CertificateInputError` if the name or the credentials cannot be
 * printed (so no missing-glyph box is ever drawn), and `TypeError` if the file is malformed or its code does not
 * match.
 */
export async function buildCertificatePdf(
  file: CompletionFile,
  assets: CertificateAssets,
  layout: CertificateLayout,
): Promise<Uint8Array> {
  const checked = checkCompletionFile(file);
  if (!checked.ok) throw new TypeError(checked.problem);
  const { record, verificationCode, details } = checked.file;
  const nameCheck = checkName(record.learnerName);
  if (!nameCheck.ok) throw new CertificateInputError(nameCheck.reason, nameCheck.characters);
  if (nameCheck.name !== record.learnerName) throw new TypeError('The learner name is not normalized.');
  const glyphs = fontkit.create(assets.font);
  const hasGlyph = (codePoint: number) => glyphs.hasGlyphForCodePoint(codePoint);
  const missing = missingGlyphs(record.learnerName, hasGlyph);
  if (missing.length > 0) throw new CertificateInputError('unsupported', missing);
  const credentials = credentialsOf(record);
  const credentialsCheck = checkCredentials(credentials);
  if (!credentialsCheck.ok) {
    throw new CertificateInputError(credentialsCheck.reason, credentialsCheck.characters, 'credentials');
  }
  if (credentialsCheck.credentials !== credentials) throw new TypeError('The credentials are not normalized.');
  const missingInCredentials = missingGlyphs(credentials, hasGlyph);
  if (missingInCredentials.length > 0) {
    throw new CertificateInputError('unsupported', missingInCredentials, 'credentials');
  }
  const printed = [record.activityTitle, record.organization, record.creditStatement, layout.citation];
  if (layout.title) printed.push(layout.title);
  if (layout.signatory) printed.push(layout.signatory.name, layout.signatory.title);
  // Whitespace is printed as single spaces (see fitText).
  const missingElsewhere = missingGlyphs(printed.join(' ').replace(/\s+/gu, ' '), hasGlyph);
  if (missingElsewhere.length > 0) {
    throw new TypeError(`The certificate text has characters the font cannot draw: ${missingElsewhere.join(' ')}`);
  }
  if (!(await verifyRecord(record, verificationCode)).intact) {
    throw new TypeError('The verification code does not match the record.');
  }

  const pdfDoc = await PDFDocument.create();
  pdfDoc.registerFontkit(fontkit);
  const font = await pdfDoc.embedFont(assets.font, { subset: true });
  const { width, height } = PAGE_SIZES[layout.paper];
  const page = pdfDoc.addPage([width, height]);
  const canvas: Canvas = { page, font, width, height };

  drawBorder(canvas);
  const logoWidth = assets.logo ? await drawLogo(pdfDoc, canvas, assets.logo) : 0;
  const qrSize = drawQrCode(canvas, verifyLink(layout.verifyUrl, record, verificationCode));
  const bandTop = drawFooter(canvas, record, verificationCode, layout, qrSize);
  drawBody(canvas, record, layout.title ?? 'Certificate of completion', logoWidth, bandTop);

  const issuedAt = new Date(details.issuedAt);
  pdfDoc.setTitle(`Certificate of completion: ${record.activityTitle}`);
  pdfDoc.setSubject(`${printedName(record)} completed ${record.activityTitle}`);
  pdfDoc.setAuthor(record.organization);
  pdfDoc.setCreator('Posting with Care');
  pdfDoc.setProducer('Posting with Care (pdf-lib)');
  pdfDoc.setCreationDate(issuedAt);
  pdfDoc.setModificationDate(issuedAt);
  pdfDoc.setKeywords([record.certificateId, verificationCode]);
  pdfDoc.setLanguage('en');
  const info = pdfDoc.context.lookup(pdfDoc.context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of(ISSUED_RECORD_KEY), PDFHexString.fromText(JSON.stringify({ record, verificationCode })));
  await pdfDoc.attach(new TextEncoder().encode(JSON.stringify(checked.file, null, 2)), COMPLETION_FILE_NAME, {
    mimeType: 'application/json',
    description: 'Completion record',
    creationDate: issuedAt,
    modificationDate: issuedAt,
  });
  return pdfDoc.save({ useObjectStreams: false });
}

interface Canvas {
  page: PDFPage;
  font: PDFFont;
  width: number;
  height: number;
}

/** Lines of text at one size, as laid out by `fitText`. */
interface TextBlock {
  size: number;
  lines: string[];
}

function drawBorder({ page, width, height }: Canvas): void {
  const outer = BORDER - 7;
  page.drawRectangle({
    x: outer,
    y: outer,
    width: width - 2 * outer,
    height: height - 2 * outer,
    borderColor: TEAL,
    borderWidth: 1.6,
  });
  page.drawRectangle({
    x: BORDER,
    y: BORDER,
    width: width - 2 * BORDER,
    height: height - 2 * BORDER,
    borderColor: TEAL,
    borderWidth: 0.6,
  });
}

/** Draws the logo top-left; returns the width it takes. */
async function drawLogo(
  pdfDoc: PDFDocument,
  { page, height }: Canvas,
  logo: NonNullable<CertificateAssets['logo']>,
): Promise<number> {
  const image = logo.type === 'png' ? await pdfDoc.embedPng(logo.bytes) : await pdfDoc.embedJpg(logo.bytes);
  const scale = Math.min(1, 60 / image.height, 150 / image.width);
  const size = { width: image.width * scale, height: image.height * scale };
  page.drawImage(image, { x: BORDER + 14, y: height - BORDER - 14 - size.height, ...size });
  return size.width;
}

/** The heading, the name, the activity and the facts, centred between the top border and the footer. */
function drawBody(canvas: Canvas, record: AnyCertifiedRecord, title: string, logoWidth: number, bandTop: number): void {
  const { font, width } = canvas;
  const textWidth = width - 2 * MARGIN;
  const headingWidth = width - 2 * (BORDER + 14 + logoWidth + 12);
  const facts: [string, string][] = [
    ['Completed on', `${longDate(record.completedOn)} (${record.completedOn})`],
    ['Final assessment score', `${percent(record.scorePercent)} (pass mark ${percent(record.passMarkPercent)})`],
    ['Active time', duration(record.activeMinutes)],
  ];
  const credit = fitText(record.creditStatement, font, Math.min(textWidth, 600), {
    size: 10,
    minSize: 10,
    maxLines: 3,
    floor: 7,
  });
  type Item =
    | { block: TextBlock; color: RGB; gap: number; rule?: boolean }
    | { facts: [string, string][]; size: number; gap: number };
  const items: Item[] = [
    {
      block: fitText(title, font, headingWidth, { size: 30, minSize: 20, maxLines: 2, floor: 14 }),
      color: TEAL,
      gap: 0,
      rule: true,
    },
    { block: { size: 12, lines: ['This certifies that'] }, color: GREY, gap: 26 },
    { block: fitName(record, font, textWidth), color: INK, gap: 14 },
    { block: { size: 12, lines: ['has completed the activity'] }, color: GREY, gap: 16 },
    {
      block: fitText(record.activityTitle, font, textWidth, { size: 18, minSize: 13, maxLines: 2, floor: 9 }),
      color: INK,
      gap: 10,
    },
    { facts, size: 11, gap: 18 },
  ];
  if (record.creditStatement.trim()) items.push({ block: credit, color: GREY, gap: 14 });

  const lineHeight = (size: number) => size * 1.25;
  const heightOf = (item: Item) =>
    item.gap +
    ('facts' in item
      ? item.facts.length * lineHeight(item.size)
      : item.block.lines.length * lineHeight(item.block.size));
  const top = canvas.height - BORDER - 22;
  const bottom = bandTop + 10;
  const needed = items.reduce((sum, item) => sum + heightOf(item), 0);
  if (needed > top - bottom) throw new TypeError('The certificate text is too long to fit on one page.');
  // Spare room widens the gaps between items (up to double) and then lowers the block a little.
  const gaps = items.reduce((sum, item) => sum + item.gap, 0);
  const stretch = Math.min(2, 1 + (top - bottom - needed) / gaps);
  let y = top - Math.min(16, (top - bottom - needed - gaps * (stretch - 1)) / 3);
  for (const item of items) {
    y -= item.gap * stretch;
    if ('facts' in item) {
      y = drawFacts(canvas, item.facts, item.size, y, lineHeight(item.size));
      continue;
    }
    for (const line of item.block.lines) {
      y -= lineHeight(item.block.size);
      centered(canvas, line, y + item.block.size * 0.25, item.block.size, item.color);
    }
    if (item.rule) {
      canvas.page.drawLine({
        start: { x: width / 2 - 36, y: y - 8 },
        end: { x: width / 2 + 36, y: y - 8 },
        thickness: 0.8,
        color: TEAL,
      });
    }
  }
}

/** Labels right-aligned, values left-aligned, the pair centred on the page; returns the new baseline. */
function drawFacts(
  { page, font, width }: Canvas,
  facts: [string, string][],
  size: number,
  y: number,
  lineHeight: number,
): number {
  const labelWidth = Math.max(...facts.map(([label]) => font.widthOfTextAtSize(label, size)));
  const valueWidth = Math.max(...facts.map(([, value]) => font.widthOfTextAtSize(value, size)));
  const left = (width - (labelWidth + 16 + valueWidth)) / 2;
  for (const [label, value] of facts) {
    y -= lineHeight;
    const baseline = y + size * 0.25;
    page.drawText(label, {
      x: left + labelWidth - font.widthOfTextAtSize(label, size),
      y: baseline,
      size,
      font,
      color: GREY,
    });
    page.drawText(value, { x: left + labelWidth + 16, y: baseline, size, font, color: INK });
  }
  return y;
}

/** ID, code, verify line and citation bottom-left; issuer and signatory above them. Returns the top of the footer. */
function drawFooter(
  canvas: Canvas,
  record: AnyCertifiedRecord,
  code: string,
  layout: CertificateLayout,
  qrSize: number,
): number {
  const { page, font, width } = canvas;
  const columnWidth = width - MARGIN - qrSize - BORDER - 24;
  const citation = fitText(layout.citation, font, columnWidth, { size: 7.5, minSize: 7.5, maxLines: 2, floor: 5.5 });
  let y = BOTTOM + (citation.lines.length - 1) * citation.size * 1.2;
  for (const [index, line] of citation.lines.entries()) {
    page.drawText(line, { x: MARGIN, y: y - index * citation.size * 1.2, size: citation.size, font, color: GREY });
  }
  y += 14;
  const check = fitText(`Check this certificate at ${layout.verifyUrl}`, font, columnWidth, {
    size: 8.5,
    minSize: 6,
    maxLines: 1,
    floor: 6,
  });
  page.drawText(check.lines.join(' '), { x: MARGIN, y, size: check.size, font, color: GREY });
  for (const [label, value] of [
    ['Verification code', code],
    ['Certificate ID', record.certificateId],
  ] as const) {
    y += 14;
    page.drawText(`${label}:`, { x: MARGIN, y, size: 9, font, color: GREY });
    page.drawText(value, { x: MARGIN + 92, y, size: 10.5, font, color: INK });
  }

  // Issuer on the left and signatory to its right, above the footer text and left of the QR code.
  const rowBottom = y + 22;
  const half = (width - MARGIN - qrSize - BORDER - 24) / 2;
  const issuer = fitText(record.organization, font, half - 12, { size: 11, minSize: 9, maxLines: 2, floor: 7 });
  let issuerY = rowBottom + (issuer.lines.length - 1) * issuer.size * 1.2;
  for (const [index, line] of issuer.lines.entries()) {
    page.drawText(line, { x: MARGIN, y: issuerY - index * issuer.size * 1.2, size: issuer.size, font, color: INK });
  }
  issuerY += issuer.size + 4;
  page.drawText('Issued by', { x: MARGIN, y: issuerY, size: 9, font, color: GREY });
  let rowTop = issuerY + 9;
  if (layout.signatory) {
    const centre = MARGIN + half + half / 2;
    const ruleWidth = Math.min(200, half - 12);
    const name = fitText(layout.signatory.name, font, ruleWidth, { size: 10.5, minSize: 8, maxLines: 1, floor: 6 });
    const role = fitText(layout.signatory.title, font, ruleWidth, { size: 9, minSize: 7, maxLines: 1, floor: 5 });
    const ruleY = rowBottom + 26;
    page.drawLine({
      start: { x: centre - ruleWidth / 2, y: ruleY },
      end: { x: centre + ruleWidth / 2, y: ruleY },
      thickness: 0.6,
      color: GREY,
    });
    centeredAt(canvas, name.lines.join(' '), centre, ruleY - 13, name.size, INK);
    centeredAt(canvas, role.lines.join(' '), centre, ruleY - 25, role.size, GREY);
    rowTop = Math.max(rowTop, ruleY + 24);
  }
  return Math.max(rowTop, BORDER + 10 + qrSize);
}

/** Draws the QR code bottom-right as vector squares with a 4-module quiet zone; returns its side with the zone. */
function drawQrCode({ page, width }: Canvas, text: string): number {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const modules = size + 8;
  // At least 84 pt wide, and modules of at least 1 pt while that stays under 126 pt.
  const side = Math.max(84, Math.min(126, modules));
  const module = side / modules;
  const x = width - BORDER - 6 - side;
  const y = BORDER + 6;
  page.drawRectangle({ x, y, width: side, height: side, color: WHITE });
  for (const [row, cells] of data.entries()) {
    // One rectangle per horizontal run of dark modules: fewer operators, no seams inside a run.
    for (let column = 0; column < size; column++) {
      if (!cells[column]) continue;
      let end = column;
      while (cells[end + 1]) end++;
      page.drawRectangle({
        x: x + (column + 4) * module,
        y: y + (size - 1 - row + 4) * module,
        width: (end - column + 1) * module,
        height: module,
        color: INK,
      });
      column = end;
    }
  }
  return side;
}

function centered(canvas: Canvas, text: string, y: number, size: number, color: RGB): void {
  centeredAt(canvas, text, canvas.width / 2, y, size, color);
}

function centeredAt({ page, font }: Canvas, text: string, centre: number, y: number, size: number, color: RGB): void {
  page.drawText(text, { x: centre - font.widthOfTextAtSize(text, size) / 2, y, size, font, color });
}

/**
 * The name line, `Name, CREDENTIALS`, sized as a name alone is: one line from 30 pt down to 18 pt, else two lines
 * at the largest size that fits. On two lines it breaks before the credentials, to keep them together, when the
 * name fits the first line at that size; a name too long for one line wraps with them word by word.
 */
function fitName(record: AnyCertifiedRecord, font: PDFFont, maxWidth: number): TextBlock {
  const block = fitText(printedName(record), font, maxWidth, { size: 30, minSize: 18, maxLines: 2, floor: 8 });
  const credentials = credentialsOf(record);
  const first = `${record.learnerName},`;
  // Greedy wrapping needs the fewest lines, so a break before the credentials never allows a larger size.
  const fits = (line: string) => font.widthOfTextAtSize(line, block.size) <= maxWidth;
  return credentials && block.lines.length === 2 && fits(first) && fits(credentials)
    ? { size: block.size, lines: [first, credentials] }
    : block;
}

/**
 * The largest size from `size` down to `minSize` at which the text fits one line; failing that, the largest size
 * from `minSize` down to `floor` at which it wraps onto `maxLines`; failing that, all lines at `floor`.
 */
function fitText(
  text: string,
  font: PDFFont,
  maxWidth: number,
  options: { size: number; minSize: number; maxLines: number; floor: number },
): TextBlock {
  const clean = text.replace(/\s+/gu, ' ').trim();
  for (let size = options.size; size >= options.minSize; size -= 0.5) {
    if (font.widthOfTextAtSize(clean, size) <= maxWidth) return { size, lines: [clean] };
  }
  for (let size = options.minSize; size > options.floor; size -= 0.5) {
    const lines = wrapText(clean, font, size, maxWidth);
    if (lines.length <= options.maxLines) return { size, lines };
  }
  return { size: options.floor, lines: wrapText(clean, font, options.floor, maxWidth) };
}

/** Greedy word wrap; a word wider than the line is broken between graphemes. */
function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const fits = (candidate: string) => font.widthOfTextAtSize(candidate, size) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (fits(word)) {
      line = word;
      continue;
    }
    for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(word)) {
      if (line && !fits(line + segment)) {
        lines.push(line);
        line = '';
      }
      line += segment;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

function percent(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

function duration(minutes: number): string {
  const total = `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  return minutes < 60 ? total : `${total} (${formatMinutes(minutes)})`;
}
