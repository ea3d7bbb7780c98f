/**
 * Reads PDFs the way an outside reader would, with libraries independent of the code that wrote them: Mozilla's
 * pdf.js for text, structure, attachments and rendering, and jsQR (not the encoder the course uses) for QR codes.
 * All of them are npm packages, so the tests need nothing from the operating system.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { getDocument, VerbosityLevel, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

const PDFJS = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export interface ReadPdf {
  /** Every page's text, one line per baseline, runs on a line joined by a space, NFC-normalized. */
  text: string;
  pageCount: number;
  /** What pdf.js warned about while parsing every page (a clean file gives none). */
  warnings: string[];
  /** Embedded files by name. */
  attachments: Record<string, Uint8Array>;
  /** The text of every QR code found on the first page, rendered at 150 dpi. */
  qrCodes: string[];
}

/**
 * Opens a PDF with pdf.js, parses every page fully, and returns what it found. Rejects when pdf.js cannot open the
 * file (pdf.js is told to stop at errors instead of repairing).
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js reports recoverable problems (a broken xref, a bad font) through console.warn, with no hook of its own.
  const warnings: string[] = [];
  const { warn } = console;
  console.warn = (...args: unknown[]) => {
    const message = args.map(String).join(' ');
    if (message.startsWith('Warning: ')) warnings.push(message.slice('Warning: '.length));
    else warn(...args);
  };
  let pdf: PDFDocumentProxy | undefined;
  try {
    pdf = await getDocument({
      data: bytes.slice(), // pdf.js transfers (detaches) the buffer it is given
      stopAtErrors: true,
      verbosity: VerbosityLevel.WARNINGS,
      isEvalSupported: false,
      useSystemFonts: false,
      standardFontDataUrl: join(PDFJS, 'standard_fonts/'),
      cMapUrl: join(PDFJS, 'cmaps/'),
    }).promise;
    const lines: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      await page.getOperatorList(); // parses fonts and drawing operators, where most damage shows
      lines.push(...textLines(await page.getTextContent()));
    }
    const embedded = ((await pdf.getAttachments()) ?? {}) as Record<string, { filename: string; content: Uint8Array }>;
    const attachments = Object.fromEntries(Object.values(embedded).map((file) => [file.filename, file.content]));
    return {
      text: lines.join('\n').normalize('NFC'),
      pageCount: pdf.numPages,
      warnings,
      attachments,
      qrCodes: await firstPageQrCodes(pdf),
    };
  } finally {
    await pdf?.destroy();
    console.warn = warn;
  }
}

type TextContent = Awaited<ReturnType<Awaited<ReturnType<PDFDocumentProxy['getPage']>>['getTextContent']>>;

/** Text runs grouped into lines by baseline (top to bottom), each line's runs left to right. */
function textLines(content: TextContent): string[] {
  const byBaseline = new Map<number, { x: number; text: string }[]>();
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue; // pdf.js adds a space item for a gap
    const [, , , , x, y] = item.transform as number[];
    const baseline = Math.round(y!);
    byBaseline.set(baseline, [...(byBaseline.get(baseline) ?? []), { x: x!, text: item.str }]);
  }
  return [...byBaseline.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, runs]) =>
      runs
        .sort((a, b) => a.x - b.x)
        .map((run) => run.text)
        .join(' '),
    );
}

/** Renders page 1 at 150 dpi and decodes the QR code on it, if any (jsQR finds one code per image). */
async function firstPageQrCodes(pdf: PDFDocumentProxy): Promise<string[]> {
  const page = await pdf.getPage(1);
  const viewport = page.getViewport({ scale: 150 / 72 });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
  }).promise;
  const image = context.getImageData(0, 0, width, height);
  const code = jsQR(new Uint8ClampedArray(image.data.buffer), width, height);
  return code ? [code.data] : [];
}
