/**
 * Makes a certificate PDF in the browser. Imported only when the learner presses "Generate certificate", so
 * pdf-lib, fontkit, the QR encoder and the font (about 0.73 MB gzip together) are never fetched before then.
 */
import fontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSerif.ttf?url';
import { buildCertificatePdf, type CertificateAssets, type CertificateLayout } from '../../lib/certificate/pdf';
import type { CompletionFile } from '../../lib/certificate/record';

/** Raised when the font or logo cannot be fetched (for example offline, before they were ever loaded). */
export class AssetLoadError extends Error {
  override name = 'AssetLoadError';
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw new AssetLoadError(`Could not load ${url}.`, { cause: error });
  }
}

/** The certificate PDF for a completion file. `logo` is a same-site PNG or JPEG path, or null. */
export async function generateCertificate(
  file: CompletionFile,
  layout: CertificateLayout,
  logo: string | null,
): Promise<Uint8Array> {
  const assets: CertificateAssets = { font: await fetchBytes(fontUrl) };
  if (logo) {
    const bytes = await fetchBytes(logo);
    // PNG files start with 0x89 'P' 'N' 'G'; anything else is treated as JPEG and pdf-lib checks it.
    assets.logo = { bytes, type: bytes[0] === 0x89 && bytes[1] === 0x50 ? 'png' : 'jpg' };
  }
  return buildCertificatePdf(file, assets, layout);
}
