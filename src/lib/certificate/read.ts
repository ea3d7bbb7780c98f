/**
 * Reading a certificate PDF back: the attached completion record and the copy of the certified fields stored at
 * issue, and checking the two against the verification code. Loaded lazily by the verify page.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFFlateStream,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  ParseSpeeds,
  PDFStream,
  PDFString,
  decodePDFRawStream,
} from 'pdf-lib';
import {
  COMPLETION_FILE_NAME,
  ISSUED_RECORD_KEY,
  compareRecords,
  normalizeCode,
  verificationCode,
  type AnyCertifiedRecord,
  type CompletionFile,
  type FieldDifference,
} from './record';
import { checkCompletionFile, checkRecordShape } from './shape';

/** The certified fields and code as stored in the PDF when it was made (of any record version). */
export interface IssuedRecord {
  record: AnyCertifiedRecord;
  verificationCode: string;
}

/** What `readCertificatePdf` found in a PDF. */
export type ReadResult =
  | { ok: true; file: CompletionFile; issued: IssuedRecord | null }
  | { ok: false; problem: 'not-pdf' | 'no-record' | 'bad-record'; message: string };

/** A successfully read certificate. */
export type CertificateContents = Extract<ReadResult, { ok: true }>;

/** Outcome of checking a read certificate. */
export interface Verification {
  /** True only if the record produces its code and matches the copy stored at issue. */
  intact: boolean;
  /** The code the attached record produces. */
  expectedCode: string;
  /** Certified fields that differ from the copy stored at issue. */
  differences: FieldDifference[];
  /** Plain sentences saying what is wrong; empty when intact. */
  problems: string[];
}

/** An embedded file found in a PDF: its stream, and the reference to it when it is an indirect object. */
export interface FoundAttachment {
  ref: PDFRef | undefined;
  stream: PDFStream;
}

/** Reads the completion record attached to a certificate PDF, and the copy of the certified fields stored at issue. */
export async function readCertificatePdf(bytes: Uint8Array): Promise<ReadResult> {
  let pdfDoc: PDFDocument;
  try {
    // Parse in one go: by default pdf-lib pauses every 100 objects, which in a browser (timers of 4 ms or more)
    // costs more than the parse itself when a director reads hundreds of certificates.
    pdfDoc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  } catch {
    return { ok: false, problem: 'not-pdf', message: 'This file is not a PDF, or it is damaged or encrypted.' };
  }
  let content: Uint8Array;
  try {
    const found = findAttachment(pdfDoc, COMPLETION_FILE_NAME);
    if (!found) {
      return {
        ok: false,
        problem: 'no-record',
        message: 'This PDF has no completion record attached, so it is not a certificate from this course.',
      };
    }
    content = streamContents(found.stream);
  } catch {
    return { ok: false, problem: 'bad-record', message: 'The completion record in this PDF cannot be read.' };
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(content));
  } catch {
    return { ok: false, problem: 'bad-record', message: 'The completion record in this PDF is not valid JSON.' };
  }
  const checked = checkCompletionFile(json);
  if (!checked.ok) return { ok: false, problem: 'bad-record', message: checked.problem };
  return { ok: true, file: checked.file, issued: readIssuedRecord(pdfDoc) };
}

/** Recomputes the code of the attached record and compares it, and the fields, with what was stored at issue. */
export async function verifyCertificateFile({
  file,
  issued,
}: Pick<CertificateContents, 'file' | 'issued'>): Promise<Verification> {
  const expectedCode = await verificationCode(file.record);
  const problems: string[] = [];
  if (normalizeCode(file.verificationCode) !== expectedCode) {
    problems.push('The attached record does not produce the verification code stored with it.');
  }
  if (!issued) {
    problems.push(
      'The copy of the certified fields stored in the file when the certificate was made is missing, so the file was changed after it was made and edits cannot be ruled out.',
    );
  }
  const differences = issued ? compareRecords(issued.record, file.record) : [];
  if (differences.length > 0) {
    const labels = differences.map((difference) => difference.label).join(', ');
    problems.push(`These fields differ from what was stored when the certificate was issued: ${labels}.`);
  }
  if (issued && normalizeCode(issued.verificationCode) !== expectedCode && differences.length === 0) {
    problems.push('The record does not produce the code stored when the certificate was issued.');
  }
  return { intact: problems.length === 0, expectedCode, differences, problems };
}

/** Finds an embedded file by name in the catalog's /Names /EmbeddedFiles name tree (following /Kids). */
export function findAttachment(pdfDoc: PDFDocument, fileName: string): FoundAttachment | undefined {
  const names = pdfDoc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const root = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const pending = root ? [root] : [];
  const seen = new Set<PDFDict>();
  for (let node = pending.pop(); node; node = pending.pop()) {
    // A malformed tree may loop; each node is read once.
    if (seen.has(node)) continue;
    seen.add(node);
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let index = 0; kids && index < kids.size(); index++) {
      pending.push(kids.lookup(index, PDFDict));
    }
    const leaves = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let index = 0; leaves && index + 1 < leaves.size(); index += 2) {
      const spec = leaves.lookup(index + 1);
      if (!(spec instanceof PDFDict)) continue;
      const key = leaves.lookup(index);
      const keyText = key instanceof PDFString || key instanceof PDFHexString ? key.decodeText() : '';
      if (keyText !== fileName && textOf(spec, 'UF') !== fileName && textOf(spec, 'F') !== fileName) continue;
      const embedded = spec.lookupMaybe(PDFName.of('EF'), PDFDict);
      const entry = embedded?.has(PDFName.of('F')) ? PDFName.of('F') : PDFName.of('UF');
      const stream = embedded?.lookupMaybe(entry, PDFStream);
      if (!embedded || !stream) continue;
      const raw = embedded.get(entry);
      return { ref: raw instanceof PDFRef ? raw : undefined, stream };
    }
  }
  return undefined;
}

function textOf(dict: PDFDict, key: string): string | undefined {
  return dict.lookupMaybe(PDFName.of(key), PDFString, PDFHexString)?.decodeText();
}

function streamContents(stream: PDFStream): Uint8Array {
  if (stream instanceof PDFRawStream) return decodePDFRawStream(stream).decode();
  // Streams made in memory rather than parsed from bytes keep their plain contents.
  return stream instanceof PDFFlateStream ? stream.getUnencodedContents() : stream.getContents();
}

function readIssuedRecord(pdfDoc: PDFDocument): IssuedRecord | null {
  try {
    const info = pdfDoc.context.lookupMaybe(pdfDoc.context.trailerInfo.Info, PDFDict);
    const stored = info?.lookupMaybe(PDFName.of(ISSUED_RECORD_KEY), PDFString, PDFHexString);
    if (!stored) return null;
    const value: unknown = JSON.parse(stored.decodeText());
    if (typeof value !== 'object' || value === null) return null;
    const checked = checkRecordShape('record' in value ? value.record : undefined);
    const code =
      'verificationCode' in value && typeof value.verificationCode === 'string' ? value.verificationCode : '';
    return checked.ok && normalizeCode(code) ? { record: checked.record, verificationCode: code } : null;
  } catch {
    // A damaged copy is treated as absent: the attached record and its code are still checked.
    return null;
  }
}
