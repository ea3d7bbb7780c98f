// First step of `npm test`: stop early, with instructions, when there is no browser for the end-to-end tests or no
// tool for reading the certificates they generate.
import { spawnSync } from 'node:child_process';
import { chromiumPath, findChromium } from './browser-path.mjs';

if (!findChromium()) {
  console.error(`
No Chromium found at ${chromiumPath()}: the end-to-end tests need a real browser.

Install one, then run npm test again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  Elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium

(npx playwright install is not used: the tests drive the system's Chromium.)
`);
  process.exit(1);
}

// The certificate tests read generated PDFs as outside tools would: text, structure and the QR code.
const PDF_TOOLS = [
  ['pdftotext', '-v', 'poppler-utils'],
  ['pdftoppm', '-v', 'poppler-utils'],
  ['qpdf', '--version', 'qpdf'],
  ['zbarimg', '--version', 'zbar-tools'],
];
const missing = PDF_TOOLS.filter(([command, flag]) => spawnSync(command, [flag]).error);
if (missing.length > 0) {
  const packages = [...new Set(missing.map(([, , pkg]) => pkg))].join(' ');
  console.error(`
Missing ${missing.map(([command]) => command).join(', ')}: the certificate tests read the PDFs they generate with them.

Install them, then run npm test again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y ${packages}
`);
  process.exit(1);
}
