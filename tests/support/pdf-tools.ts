/**
 * Reads PDFs the way an outside tool would: text with poppler's `pdftotext`, structure with `qpdf --check`. Both
 * are installed by `.ci/run`; a missing tool fails the test with the command that installs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const INSTALL = 'apt-get install -y poppler-utils qpdf';

function run(command: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`${command} is not installed. Install it with: ${INSTALL}`);
  return result;
}

/** Writes PDF bytes to a fresh temporary file and returns its path. */
export function writeTempPdf(bytes: Uint8Array, name = 'certificate.pdf'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pwc-pdf-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** The text of a PDF as `pdftotext -layout` extracts it, NFC-normalized. */
export function pdfText(path: string): string {
  const result = run('pdftotext', ['-layout', path, '-']);
  if (result.status !== 0) throw new Error(`pdftotext failed on ${path}: ${result.stderr}`);
  return result.stdout.normalize('NFC');
}

/** `qpdf --check` on a PDF: its exit status and output. */
export function qpdfCheck(path: string): { status: number | null; output: string } {
  const result = run('qpdf', ['--check', path]);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The text of every QR code on the PDF's first page: rendered with `pdftoppm`, decoded with `zbarimg`. */
export function qrCodes(path: string): string[] {
  const image = path.replace(/\.pdf$/, '');
  const render = spawnSync('pdftoppm', ['-png', '-r', '150', '-singlefile', path, image], { encoding: 'utf8' });
  if (render.error) throw new Error(`pdftoppm is not installed. Install it with: ${INSTALL}`);
  if (render.status !== 0) throw new Error(`pdftoppm failed on ${path}: ${render.stderr}`);
  const decode = spawnSync('zbarimg', ['--quiet', '--raw', `${image}.png`], { encoding: 'utf8' });
  if (decode.error) throw new Error('zbarimg is not installed. Install it with: apt-get install -y zbar-tools');
  return decode.stdout.split('\n').filter(Boolean);
}
