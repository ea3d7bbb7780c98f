// The PDF reader the certificate tests rely on must fail on damage and find what is there, or those tests prove
// nothing.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { encode } from 'uqr';
import { describe, expect, test } from 'vitest';
import { readPdf } from '../support/pdf-tools';

async function samplePdf({ qr }: { qr?: string } = {}): Promise<Uint8Array> {
  const pdfDoc = await PDFDocument.create();
  const font = await pdfDoc.embedFont(StandardFonts.Helvetica);
  const page = pdfDoc.addPage([612, 792]);
  page.drawText('Certificate of completion', { x: 72, y: 700, size: 20, font });
  page.drawText('Score', { x: 72, y: 650, size: 12, font });
  page.drawText('85%', { x: 200, y: 650, size: 12, font });
  if (qr) {
    // uqr gives only the pattern; jsQR reads it back from the page as pdf.js renders it.
    const { data, size } = encode(qr, { border: 0 });
    const cell = 3;
    for (const [row, cells] of data.entries()) {
      for (const [column, dark] of cells.entries()) {
        if (dark) page.drawRectangle({ x: 300 + column * cell, y: 400 - row * cell, width: cell, height: cell });
      }
    }
    expect(size).toBeGreaterThan(20);
  }
  await pdfDoc.attach(new TextEncoder().encode('{"a":1}'), 'record.json', { mimeType: 'application/json' });
  return pdfDoc.save({ useObjectStreams: false });
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
const fromLatin1 = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0));

describe('readPdf', () => {
  test('reads text by line, attachments and page count of a clean file, with no warning', async () => {
    const read = await readPdf(await samplePdf());
    expect(read.warnings).toEqual([]);
    expect(read.pageCount).toBe(1);
    expect(read.text).toBe('Certificate of completion\nScore 85%');
    expect(new TextDecoder().decode(read.attachments['record.json'])).toBe('{"a":1}');
    expect(read.qrCodes).toEqual([]);
  });

  test('decodes a QR code from the rendered page', async () => {
    const link = 'https://course.example.org/verify/#id=PWC-7K3M-9QXR-2D4F';
    expect((await readPdf(await samplePdf({ qr: link }))).qrCodes).toEqual([link]);
  });

  test('warns about a file whose cross-reference table points to the wrong place', async () => {
    const bytes = latin1(await samplePdf());
    const damaged = bytes.replace(/startxref\n(\d+)/, (_, offset: string) => `startxref\n${Number(offset) + 7}`);
    expect((await readPdf(fromLatin1(damaged))).warnings).not.toEqual([]);
  });

  test('rejects a truncated file and a file that is not a PDF', async () => {
    const bytes = await samplePdf();
    await expect(readPdf(bytes.slice(0, Math.floor(bytes.length * 0.6)))).rejects.toThrow(/Invalid PDF/);
    await expect(readPdf(new TextEncoder().encode('not a pdf'))).rejects.toThrow(/Invalid PDF/);
  });
});
