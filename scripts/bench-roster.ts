/**
 * For `npm run bench`: how long /director/roster/ takes to read 500 certificate PDFs chosen at once, through the
 * interface (file input, the same code a director runs), until the page says every file was read.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { institution } from '../src/config/institution';
import {
  RECORD_FORMAT,
  RECORD_FORMAT_VERSION,
  buildCertificatePdf,
  createCompletionFile,
} from '../src/lib/certificate';

const COUNT = 500;
const DISTINCT = 10;
const NAMES = ['Ana Souza', 'José Núñez', 'Nguyễn Thị Ánh', 'Chidi Okafor', 'Mei Lin', 'Sam Rivera'];

/** A certificate as the course makes it; `n` varies the learner, score and time so files differ. */
async function certificate(n: number): Promise<Uint8Array> {
  const at = `2026-11-${String(10 + n).padStart(2, '0')}T15:00:00.000Z`;
  const file = await createCompletionFile(
    {
      format: RECORD_FORMAT,
      formatVersion: RECORD_FORMAT_VERSION,
      certificateId: `PWC-7K3M-9QXR-2D${n % 10}F`,
      learnerName: `${NAMES[n % NAMES.length]} ${n}`,
      credentials: n % 2 ? 'DPT' : '',
      activityTitle: institution.activityTitle,
      organization: 'Example Spine Society',
      completedOn: at.slice(0, 10),
      scorePercent: 80 + (n % 20),
      passMarkPercent: 80,
      activeMinutes: 90 + n,
      creditStatement: 'No CME credit.',
    },
    {
      issuedAt: at,
      modules: [{ id: 'spine-care', title: 'Spine Care', completedAt: at }],
      scenarios: [],
      assessment: { attemptId: 1, submittedAt: at, percent: 80 + (n % 20), passMark: 80, attempts: 1 },
      evaluation: { submittedAt: at, shared: false, answers: [] },
      attestation: { statement: 'I completed this activity myself.', attestedAt: at, activeMinutes: 90 + n },
    },
  );
  const font = new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif.ttf'));
  return buildCertificatePdf(
    file,
    { font },
    {
      paper: 'letter',
      verifyUrl: 'https://course.example/verify/',
      citation: 'Cupler ZA et al. 2025.',
      signatory: null,
    },
  );
}

export async function measureRoster(browser: Browser, base: string) {
  const pdfs = await Promise.all(Array.from({ length: DISTINCT }, (_, n) => certificate(n)));
  const files = Array.from({ length: COUNT }, (_, n) => ({
    name: `certificate-${String(n + 1).padStart(3, '0')}.pdf`,
    mimeType: 'application/pdf',
    buffer: Buffer.from(pdfs[n % DISTINCT]!),
  }));
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/director/roster/`);
    await page.locator('astro-island[ssr]').waitFor({ state: 'detached' });
    // Timed in the page, from the moment the files are chosen (the input's change event) to the moment the page
    // says every file was read: handing 12 MB of files to the browser is the test harness's cost, not the roster's.
    const message = `Read ${COUNT} files: ${COUNT} intact, 0 altered, 0 unreadable.`;
    await page.evaluate((text) => {
      const times = window as unknown as { chosenAt: number; doneAt: number };
      const input = document.querySelector<HTMLInputElement>('#roster-files')!;
      input.addEventListener('change', () => (times.chosenAt = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (document.body.textContent?.includes(text)) {
          times.doneAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    }, message);
    await page.locator('#roster-files').setInputFiles(files);
    await page.getByText(message).first().waitFor({ timeout: 60_000 });
    const ms = Math.round(
      await page.evaluate(() => {
        const times = window as unknown as { chosenAt: number; doneAt: number };
        return times.doneAt - times.chosenAt;
      }),
    );
    return { files: COUNT, ms, perSecond: Math.round((COUNT / ms) * 1000), fileBytes: pdfs[0]!.length };
  } finally {
    await context.close();
  }
}
