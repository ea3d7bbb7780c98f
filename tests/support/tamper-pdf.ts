/**
 * Test helpers that edit the completion record attached to a certificate PDF the way a person with a PDF tool
 * could, leaving the printed page and the copy stored at issue as they were.
 */
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { COMPLETION_FILE_NAME, findAttachment, type CompletionFile } from '../../src/lib/certificate';

/** A copy of the PDF whose attached completion record has been replaced by `replace(oldBytes)`. */
export async function replaceAttachment(
  bytes: Uint8Array,
  replace: (contents: Uint8Array) => Uint8Array,
): Promise<Uint8Array> {
  const pdfDoc = await PDFDocument.load(bytes, { updateMetadata: false });
  const found = findAttachment(pdfDoc, COMPLETION_FILE_NAME);
  if (!found?.ref) throw new Error(`No ${COMPLETION_FILE_NAME} stored as an indirect object in this PDF.`);
  if (!(found.stream instanceof PDFRawStream)) throw new Error('The attachment stream was not parsed from bytes.');
  const newBytes = replace(decodePDFRawStream(found.stream).decode());
  const { dict } = found.stream;
  const params = dict.lookupMaybe(PDFName.of('Params'), PDFDict)?.clone(pdfDoc.context);
  // Keep /Params consistent with the new contents.
  params?.set(PDFName.of('Size'), PDFNumber.of(newBytes.length));
  const stream = pdfDoc.context.flateStream(newBytes, {
    Type: 'EmbeddedFile',
    Subtype: dict.get(PDFName.of('Subtype')) ?? 'application/json',
    ...(params ? { Params: params } : {}),
  });
  pdfDoc.context.assign(found.ref, stream);
  return pdfDoc.save({ useObjectStreams: false });
}

/** A copy of the PDF whose attached completion file has been changed by `edit`. */
export async function tamperAttachment(bytes: Uint8Array, edit: (file: CompletionFile) => void): Promise<Uint8Array> {
  return replaceAttachment(bytes, (contents) => {
    const file = JSON.parse(new TextDecoder().decode(contents)) as CompletionFile;
    edit(file);
    return new TextEncoder().encode(JSON.stringify(file, null, 2));
  });
}
