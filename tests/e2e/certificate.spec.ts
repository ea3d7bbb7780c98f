import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { scenarios } from '../../src/scenarios';
import { THEMES } from '../../src/schemas/themes';
import { COMPLETION_FILE_NAME, type CompletionFile } from '../../src/lib/certificate';
import { tamperAttachment } from '../support/tamper-pdf';
import { readPdf } from '../support/pdf-tools';
import { waitForStored } from './db';
import {
  THEME_MODULES,
  answer,
  bytesOf,
  finishModule,
  generate,
  playScenario,
  seedCompletion,
  startAssessment,
} from './course';
import { axeViolations, expect, test, waitForIslands, waitForProgress } from './fixtures';

/** One scenario per theme: the first of each in the library. */
const SCENARIOS = THEMES.map((theme) => scenarios.find((scenario) => scenario.theme === theme.id)!.id);

/** Built JavaScript files that contain pdf-lib, and the certificate font: none may load before "Generate". */
const PDF_CHUNKS = readdirSync('dist/_astro').filter(
  (file) => file.endsWith('.js') && readFileSync(`dist/_astro/${file}`, 'utf8').includes('PDFDocument'),
);

function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(new URL(request.url()).pathname));
  return urls;
}
const heavy = (urls: string[]) =>
  urls.filter((url) => url.endsWith('.ttf') || PDF_CHUNKS.some((chunk) => url.endsWith(chunk)));

async function dropOnVerify(page: Page, pdf: Uint8Array, name = 'certificate.pdf') {
  await page.goto('/verify/');
  await waitForIslands(page);
  await page.locator('#verify-file').setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
}

test('reach completion through the interface, generate and download the certificate, and verify it', async ({
  page,
}) => {
  test.setTimeout(300_000);
  expect(PDF_CHUNKS.length, 'the build has a pdf-lib chunk').toBeGreaterThan(0);

  // Nothing done: the checklist links to each step, and there is nothing to attest or generate yet.
  await page.goto('/certificate/');
  await expect(page.getByText('0 of 5 steps done.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the final assessment' })).toHaveAttribute('href', '/assessment/');
  await expect(page.getByRole('link', { name: 'Go to the evaluation' })).toHaveAttribute('href', '/evaluation/');
  await expect(page.getByRole('checkbox', { name: /I completed this activity myself/ })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Generate certificate' })).toHaveCount(0);
  expect(await axeViolations(page), 'certificate page, nothing done').toEqual([]);

  for (const href of THEME_MODULES) await finishModule(page, href);
  for (const id of SCENARIOS) await playScenario(page, `/scenarios/${id}/`);
  const items = await startAssessment(page);
  for (const id of items) await answer(page, id, 'right');
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByText('Passed: the pass mark is 80%.')).toBeVisible();

  await page.goto('/certificate/');
  await expect(page.getByText('3 of 5 steps done.')).toBeVisible();
  await page.getByRole('link', { name: 'Go to the evaluation' }).click();

  // The evaluation: submitting with nothing chosen is refused with an error summary; answers are kept.
  await expect(page.getByRole('heading', { name: 'Course evaluation', level: 1 })).toBeVisible();
  await page.getByLabel('Other comments', { exact: false }).fill('Clear and practical.');
  await page.getByRole('button', { name: 'Submit the evaluation' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('6 still need an answer');
  await expect(summary).toBeFocused();
  expect(await axeViolations(page), 'evaluation with errors').toEqual([]);
  // A draft is kept as the learner goes: a reload loses nothing.
  await page.locator('fieldset.scale').first().getByRole('radio', { name: 'Strongly agree' }).check();
  await waitForStored<{ answers: Record<string, string> }>(page, 'evaluations', ([draft]) =>
    Boolean(draft && draft.answers.comments === 'Clear and practical.' && draft.answers.objectives === '5'),
  );
  await page.reload();
  await expect(page.getByLabel('Other comments', { exact: false })).toHaveValue('Clear and practical.');
  await expect(page.locator('fieldset.scale').first().getByRole('radio', { name: 'Strongly agree' })).toBeChecked();
  for (const fieldset of await page.locator('fieldset.scale').all()) {
    await fieldset.getByRole('radio', { name: 'Agree', exact: true }).check();
  }
  await page.getByRole('button', { name: 'Submit the evaluation' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you: your evaluation is recorded' })).toBeFocused();
  await page.reload();
  await expect(page.getByLabel('Other comments', { exact: false })).toHaveValue('Clear and practical.');

  // Attest, then generate: pdf-lib and the font load only now.
  const requests = watchRequests(page);
  await page.goto('/certificate/');
  await expect(page.getByText('4 of 5 steps done.')).toBeVisible();
  await page.getByRole('checkbox', { name: /I completed this activity myself/ }).check();
  await expect(page.getByText('5 of 5 steps done.')).toBeVisible();
  expect(await axeViolations(page), 'certificate page, ready').toEqual([]);
  expect(heavy(requests), 'pdf-lib or fonts fetched before Generate').toEqual([]);
  // Evaluations are normally anonymous: the answers go into the record only if the learner ticks this box.
  await expect(page.getByRole('checkbox', { name: /Include my course evaluation answers/ })).not.toBeChecked();

  const { pdf, id, code } = await generate(page, 'José Núñez');
  expect(heavy(requests).some((url) => url.endsWith('.ttf'))).toBe(true);
  expect(id).toMatch(/^PWC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(await axeViolations(page), 'certificate page, generated').toEqual([]);

  // The PDF, read by an independent reader.
  const read = await readPdf(pdf);
  for (const expected of ['José Núñez', '100%', id, code, 'Certificate of completion']) {
    expect(read.text, `PDF text contains ${expected}`).toContain(expected);
  }
  expect(read.warnings).toEqual([]);
  const attached = JSON.parse(new TextDecoder().decode(read.attachments[COMPLETION_FILE_NAME])) as CompletionFile;
  expect(attached).toMatchObject({
    record: { certificateId: id, learnerName: 'José Núñez', credentials: '', scorePercent: 100 },
    verificationCode: code,
  });
  // Not shared: the record says when the evaluation was submitted, and nothing of what it said.
  expect(attached.details.evaluation).toEqual({ submittedAt: expect.any(String), shared: false, answers: [] });
  expect(JSON.stringify(attached)).not.toContain('Clear and practical.');
  expect(attached.details.assessment.byTheme?.map((theme) => theme.theme)).toEqual(THEMES.map((theme) => theme.id));

  // It is kept: downloadable again from the progress page, byte for byte.
  await page.goto('/progress/');
  await waitForProgress(page);
  await expect(page.getByTestId('certificates')).toContainText(id);
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download certificate ${id}` }).click();
  expect(Buffer.from(await bytesOf(await again)).equals(Buffer.from(pdf))).toBe(true);

  // Verify: the file as issued is intact.
  await dropOnVerify(page, pdf);
  const verdict = page.getByRole('heading', { name: 'Intact', exact: true });
  await expect(verdict).toBeFocused();
  await expect(page.getByRole('row', { name: `Certificate ID ${id}` })).toBeVisible();
  expect(await axeViolations(page), 'verify page, intact').toEqual([]);

  // The same file with one field changed is altered, and the page says which.
  const edited = await tamperAttachment(pdf, (file) => {
    file.record.scorePercent = 60;
  });
  await dropOnVerify(page, edited, 'edited.pdf');
  await expect(page.getByRole('heading', { name: 'Altered', exact: true })).toBeFocused();
  await expect(page.getByRole('row', { name: 'Final assessment score 100% 60%' })).toBeVisible();
  expect(await axeViolations(page), 'verify page, altered').toEqual([]);
});

test('names in Latin with diacritics, Vietnamese, Greek and Cyrillic print correctly; markup is printed as text', async ({
  page,
}) => {
  test.setTimeout(180_000);
  page.on('dialog', (dialog) => {
    throw new Error(`A dialog opened: ${dialog.message()}`);
  });
  await seedCompletion(page, { modules: THEME_MODULES.map((href) => href.split('/')[2]!), scenarios: SCENARIOS });
  await page.getByRole('checkbox', { name: /I completed this activity myself/ }).check();

  const names = ['Nguyễn Thị Ánh', 'Ἀλέξανδρος', 'Пётр Ильич', "O'Brien-Smith", '<script>alert(1)</script>'];
  for (const [index, name] of names.entries()) {
    if (index === 1) await page.getByRole('radio', { name: 'A4 (landscape)' }).check();
    const { pdf, id } = await generate(page, name);
    const { text, warnings } = await readPdf(pdf);
    expect(text, `PDF for ${name}`).toContain(name.normalize('NFC'));
    expect(text).toContain('85%');
    expect(text).toContain(id);
    expect(warnings).toEqual([]);
  }
  // Markup is text on the page too: the kept list shows it literally, and no element was made from it.
  await expect(page.getByText('<script>alert(1)</script>', { exact: false })).toHaveCount(1);
  await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);
});

test('empty, blank, too long and unsupported names are refused with a message, and nothing typed is lost', async ({
  page,
}) => {
  await seedCompletion(page, { modules: THEME_MODULES.map((href) => href.split('/')[2]!), scenarios: SCENARIOS });
  await page.getByRole('checkbox', { name: /I completed this activity myself/ }).check();
  const requests = watchRequests(page);
  const input = page.getByLabel('Your name as it should appear on the certificate');
  const cases: [string, RegExp][] = [
    ['', /Enter your name/],
    ['    ', /Enter your name/],
    ['A'.repeat(121), /at most 120 characters long; this one has 121/],
    ['王小明', /cannot print Chinese, Japanese or Korean characters/],
    ['محمد', /right-to-left scripts/],
    ['Ann 😀', /remove the emoji/],
  ];
  for (const [name, message] of cases) {
    // Keyboard only: type the name and press Enter to submit.
    await input.fill(name);
    await input.press('Enter');
    await expect(page.locator('#certificate-name-error')).toHaveText(message);
    await expect(input).toBeFocused();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveValue(name);
  }
  expect(await axeViolations(page), 'certificate page with a name error').toEqual([]);
  // A refusal comes before any import: had the tools been fetched, the request would already be recorded.
  expect(heavy(requests), 'a refused name never loads the PDF tools').toEqual([]);

  // 120 characters is accepted.
  const { pdf } = await generate(page, 'B'.repeat(120));
  const long = await readPdf(pdf);
  expect(long.warnings).toEqual([]);
  // A name that long wraps onto two lines: every character is printed.
  expect(long.text.match(/^B+$/gm)?.join('')).toBe('B'.repeat(120));
});

test('verify by typed fields: the printed fields give "intact"; one changed field gives "altered"', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await seedCompletion(page, { modules: THEME_MODULES.map((href) => href.split('/')[2]!), scenarios: SCENARIOS });
  await page.getByRole('checkbox', { name: /I completed this activity myself/ }).check();
  const { pdf, id, code } = await generate(page, 'Пётр Ильич');
  const { text } = await readPdf(pdf);
  const date = text.match(/(\d{1,2} [A-Z][a-z]+ \d{4}) \(\d{4}-\d{2}-\d{2}\)/)?.[1];
  const minutes = text.match(/(\d+) minutes?/)?.[1];
  expect(date).toBeTruthy();
  expect(minutes).toBeTruthy();

  await page.goto('/verify/');
  await waitForIslands(page);
  const fill = async (label: string, value: string) => page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Check these fields' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Certificate ID');
  await fill('Certificate ID', id.toLowerCase().replaceAll('-', ''));
  await fill('Verification code', code);
  await fill('Name', 'Пётр Ильич');
  await fill('Completed on', date!);
  await fill('Final assessment score', '85%');
  await fill('Active time (minutes)', minutes!);
  await page.getByRole('button', { name: 'Check these fields' }).click();
  await expect(page.getByRole('heading', { name: 'Intact', exact: true })).toBeFocused();

  await fill('Final assessment score', '95');
  await page.getByRole('button', { name: 'Check these fields' }).click();
  await expect(page.getByRole('heading', { name: 'Altered', exact: true })).toBeFocused();
  expect(await axeViolations(page), 'verify page, typed, altered').toEqual([]);

  // A file that is not a certificate gets a clear answer, not an error.
  await dropOnVerify(page, new TextEncoder().encode('not a pdf at all'), 'notes.pdf');
  await expect(page.getByRole('heading', { name: 'This file cannot be checked' })).toBeFocused();
  await expect(page.getByText('This file is not a PDF, or it is damaged.')).toBeVisible();
});

test('the QR code on the certificate opens the verify page with the printed fields filled in and checked', async ({
  page,
  baseURL,
}) => {
  await seedCompletion(page, { modules: THEME_MODULES.map((href) => href.split('/')[2]!), scenarios: SCENARIOS });
  await page.getByRole('checkbox', { name: /I completed this activity myself/ }).check();
  const { pdf, id } = await generate(page, 'Nguyễn Thị Ánh');
  const [link] = (await readPdf(pdf)).qrCodes;
  expect(link).toBeTruthy();
  const url = new URL(link!);
  expect(url.origin).toBe(new URL(baseURL!).origin);
  expect(url.pathname).toBe('/verify/');
  // The fields travel in the fragment, which browsers never send to a server.
  expect(url.search).toBe('');
  await page.goto(`${url.pathname}${url.hash}`);
  await expect(page.getByText('filled in from the link or QR code', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Certificate ID', { exact: true })).toHaveValue(id);
  // The name is not in the code (it would make it too dense to scan): the verifier types it from the paper.
  const name = page.getByLabel('Name', { exact: true });
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('');
  await name.fill('Nguyễn Thị Ánh');
  await name.press('Enter');
  await expect(page.getByRole('heading', { name: 'Intact', exact: true })).toBeFocused();
  await name.fill('Nguyen Thi Anh');
  await name.press('Enter');
  await expect(page.getByRole('heading', { name: 'Altered', exact: true })).toBeFocused();
  // Not matching after a link: the fields that rarely change open, in case the certificate prints older settings.
  await expect(page.getByLabel('Pass mark', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Pass mark', { exact: true })).toHaveValue('80');
});

test('credentials print after the name and are certified; evaluation answers go in only when shared', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await seedCompletion(page, { modules: THEME_MODULES.map((href) => href.split('/')[2]!), scenarios: SCENARIOS });
  await page.getByRole('checkbox', { name: /I completed this activity myself/ }).check();
  const credentials = page.getByLabel('Credentials (optional)');
  const share = page.getByRole('checkbox', { name: /Include my course evaluation answers/ });
  await expect(share).not.toBeChecked();
  await expect(page.getByText('As you want them printed after your name, for example DPT or MD, PhD.')).toBeVisible();

  // Credentials that cannot be printed are refused at their field, like names, and kept as typed.
  await page.getByLabel('Your name as it should appear on the certificate').fill('José Núñez');
  const refused: [string, RegExp][] = [
    ['A'.repeat(41), /at most 40 characters long; these have 41/],
    ['MD 🩺', /remove the emoji/],
    ['医学博士', /cannot print Chinese, Japanese or Korean characters/],
  ];
  for (const [typed, message] of refused) {
    await credentials.fill(typed);
    await credentials.press('Enter');
    await expect(page.locator('#certificate-credentials-error')).toHaveText(message);
    await expect(credentials).toBeFocused();
    await expect(credentials).toHaveAttribute('aria-invalid', 'true');
    await expect(credentials).toHaveAttribute(
      'aria-describedby',
      'certificate-credentials-error certificate-credentials-hint',
    );
    await expect(credentials).toHaveValue(typed);
    await expect(page.locator('#certificate-name-error')).toHaveCount(0);
  }
  expect(await axeViolations(page), 'certificate page with a credentials error').toEqual([]);

  // Printed as typed, spaces collapsed, after the name and a comma.
  await credentials.fill('  MD,   PhD ');
  const { pdf, id, code } = await generate(page, 'José Núñez');
  await expect(credentials).toHaveValue('MD, PhD');
  await expect(credentials).not.toHaveAttribute('aria-invalid', 'true');
  const read = await readPdf(pdf);
  expect(read.text).toContain('José Núñez, MD, PhD');
  expect(read.warnings).toEqual([]);
  const attached = JSON.parse(new TextDecoder().decode(read.attachments[COMPLETION_FILE_NAME])) as CompletionFile;
  expect(attached.record).toMatchObject({ formatVersion: 2, learnerName: 'José Núñez', credentials: 'MD, PhD' });
  expect(attached.details.evaluation).toEqual({ submittedAt: expect.any(String), shared: false, answers: [] });
  expect(attached.details.assessment.byTheme).toEqual([]);

  // Ticked, the answers are in the record.
  await share.check();
  const sharedPdf = (await generate(page, 'José Núñez')).pdf;
  const shared = JSON.parse(
    new TextDecoder().decode((await readPdf(sharedPdf)).attachments[COMPLETION_FILE_NAME]),
  ) as CompletionFile;
  expect(shared.details.evaluation.shared).toBe(true);
  expect(shared.details.evaluation.answers).toContainEqual(
    expect.objectContaining({ id: 'objectives', answer: 'Strongly agree' }),
  );

  // The file checks intact, and the page lists the credentials with the other certified fields.
  await dropOnVerify(page, pdf);
  await expect(page.getByRole('heading', { name: 'Intact', exact: true })).toBeFocused();
  await expect(page.getByRole('row', { name: 'Credentials MD, PhD' })).toBeVisible();

  // Typed from the paper: the credentials are part of the check.
  const date = read.text.match(/(\d{1,2} [A-Z][a-z]+ \d{4}) \(\d{4}-\d{2}-\d{2}\)/)?.[1];
  const minutes = read.text.match(/(\d+) minutes?/)?.[1];
  expect(date).toBeTruthy();
  expect(minutes).toBeTruthy();
  await page.goto('/verify/');
  await waitForIslands(page);
  const fill = async (label: string, value: string) => page.getByLabel(label, { exact: true }).fill(value);
  await fill('Certificate ID', id);
  await fill('Verification code', code);
  await fill('Name', 'José Núñez');
  await fill('Credentials', 'MD, PhD');
  await fill('Completed on', date!);
  await fill('Final assessment score', '85%');
  await fill('Active time (minutes)', minutes!);
  const check = page.getByRole('button', { name: 'Check these fields' });
  await check.click();
  await expect(page.getByRole('heading', { name: 'Intact', exact: true })).toBeFocused();
  await fill('Credentials', 'MD');
  await check.click();
  await expect(page.getByRole('heading', { name: 'Altered', exact: true })).toBeFocused();
  await fill('Credentials', '');
  await check.click();
  await expect(page.getByRole('heading', { name: 'Altered', exact: true })).toBeFocused();
  // The whole printed line typed as the name is read as name and credentials.
  await fill('Name', 'José Núñez, MD, PhD');
  await check.click();
  await expect(page.getByRole('heading', { name: 'Intact', exact: true })).toBeFocused();
  expect(await axeViolations(page), 'verify page, typed with credentials').toEqual([]);
});

test('the attestation says how to withdraw it only once it is given', async ({ page }) => {
  await page.goto('/certificate/');
  const withdraw = page.getByText('Uncheck it to withdraw your attestation.');
  await expect(page.getByText('You can confirm this once every step above is done.')).toBeVisible();
  await expect(withdraw).toHaveCount(0);

  await seedCompletion(page, { modules: THEME_MODULES.map((href) => href.split('/')[2]!), scenarios: SCENARIOS });
  const box = page.getByRole('checkbox', { name: /I completed this activity myself/ });
  await expect(box).toBeEnabled();
  await expect(box).not.toBeChecked();
  // Ready to attest, not yet attested: nothing to withdraw.
  await expect(withdraw).toHaveCount(0);
  await expect(page.getByText('You can confirm this once every step above is done.')).toHaveCount(0);
  await box.check();
  await expect(withdraw).toBeVisible();
  await expect(box).toHaveAccessibleDescription('Uncheck it to withdraw your attestation.');
  // Kept: a reload shows the attestation given, with how to withdraw it.
  await page.reload();
  await expect(box).toBeChecked();
  await expect(withdraw).toBeVisible();
  await box.uncheck();
  await expect(withdraw).toHaveCount(0);
  await expect(page.getByText('4 of 5 steps done.')).toBeVisible();
});

test('a certificate link opened in a tab already on the verify page fills in its fields', async ({ page }) => {
  await seedCompletion(page, { modules: THEME_MODULES.map((href) => href.split('/')[2]!), scenarios: SCENARIOS });
  await page.getByRole('checkbox', { name: /I completed this activity myself/ }).check();
  const first = await generate(page, 'Ann Lee');
  const second = await generate(page, 'Nguyễn Thị Ánh');
  const linkOf = async (pdf: Uint8Array) => new URL((await readPdf(pdf)).qrCodes[0]!).hash;

  await page.goto('/verify/');
  await waitForIslands(page);
  const id = page.getByLabel('Certificate ID', { exact: true });
  const code = page.getByLabel('Verification code', { exact: true });
  const name = page.getByLabel('Name', { exact: true });
  await expect(id).toHaveValue('');
  // The verifier has started typing from the paper; then scans the QR code, which opens in this tab.
  await name.fill('Ann Lee');
  await page.evaluate((hash) => (location.hash = hash), await linkOf(first.pdf));
  await expect(id).toHaveValue(first.id);
  await expect(code).toHaveValue(first.code);
  await expect(page.getByLabel('Final assessment score', { exact: true })).toHaveValue('85');
  await expect(page.getByText('filled in from the link or QR code', { exact: false })).toBeVisible();
  // The name is not in the link: what was typed is kept, and focused to check or type over.
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('Ann Lee');
  await name.press('Enter');
  await expect(page.getByRole('heading', { name: 'Intact', exact: true })).toBeFocused();

  // A second link replaces the linked fields, and the result shown for the first certificate goes.
  await page.evaluate((hash) => (location.hash = hash), await linkOf(second.pdf));
  await expect(id).toHaveValue(second.id);
  await expect(code).toHaveValue(second.code);
  await expect(page.getByRole('heading', { name: 'Intact', exact: true })).toHaveCount(0);
  await expect(name).toBeFocused();

  // A fragment that is not a certificate link (the error summary's links to fields) changes nothing.
  await page.evaluate(() => (location.hash = 'verify-learnerName'));
  await expect(id).toHaveValue(second.id);
  await expect(name).toHaveValue('Ann Lee');
});

test('a name typed without the accents or capitals the certificate prints is told so calmly, not as altered', async ({
  page,
}) => {
  await seedCompletion(page, { modules: THEME_MODULES.map((href) => href.split('/')[2]!), scenarios: SCENARIOS });
  await page.getByRole('checkbox', { name: /I completed this activity myself/ }).check();
  const { pdf } = await generate(page, 'Nguyễn Thị Ánh');
  const url = new URL((await readPdf(pdf)).qrCodes[0]!);
  await page.goto(`${url.pathname}${url.hash}`);
  await waitForIslands(page);
  const typed = page.getByRole('region', { name: 'Check a printed certificate' });
  const name = page.getByLabel('Name', { exact: true });
  const calm =
    'The certificate prints this name as “Nguyễn Thị Ánh”: the name you typed differs only in accents or capitals. With the name as printed, the certificate is intact.';

  // Capitals: the printed form is found from the typed name alone.
  await name.fill('NGUYỄN THỊ ÁNH');
  await name.press('Enter');
  const intact = typed.getByRole('heading', { name: 'Intact', exact: true });
  await expect(intact).toBeFocused();
  await expect(typed.getByText(calm)).toBeVisible();
  await expect(typed.getByRole('heading', { name: 'Altered', exact: true })).toHaveCount(0);

  // The intact box, focused from the keyboard, has a focus ring in its own colour, never the error colour.
  const ring = await intact.evaluate((element) => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--wrong)';
    document.body.append(probe);
    const error = getComputedStyle(probe).color;
    probe.remove();
    const style = getComputedStyle(element);
    return {
      style: style.outlineStyle,
      width: style.outlineWidth,
      colour: style.outlineColor,
      text: style.color,
      error,
    };
  });
  expect(ring.style, 'the focused verdict shows a focus ring').toBe('solid');
  expect(ring.width).toBe('3px');
  expect(ring.colour).toBe(ring.text);
  expect(ring.colour).not.toBe(ring.error);
  expect(await axeViolations(page), 'verify page, name typed in capitals').toEqual([]);

  // Without accents, they cannot be guessed from the code; once the certificate's file has been checked on this
  // page, its record says how the name is printed.
  await name.fill('Nguyen Thi Anh');
  await name.press('Enter');
  await expect(typed.getByRole('heading', { name: 'Altered', exact: true })).toBeFocused();
  await page.locator('#verify-file').setInputFiles({
    name: 'certificate.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(pdf),
  });
  await expect(
    page
      .getByRole('region', { name: 'Check a certificate file' })
      .getByRole('heading', { name: 'Intact', exact: true }),
  ).toBeFocused();
  await name.press('Enter');
  await expect(intact).toBeFocused();
  await expect(typed.getByText(calm)).toBeVisible();

  // A name that differs in more than accents or capitals is still altered.
  await name.fill('Nguyen Thi Ann');
  await name.press('Enter');
  await expect(typed.getByRole('heading', { name: 'Altered', exact: true })).toBeFocused();
  await expect(typed.getByText(calm)).toHaveCount(0);
});
