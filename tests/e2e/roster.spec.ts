/** The director's roster: many certificates at once, each checked, a table to sort and filter, and a CSV. */
import { readFileSync } from 'node:fs';
import { buildCertificatePdf } from '../../src/lib/certificate/pdf';
import { RECORD_FORMAT, RECORD_FORMAT_VERSION, createCompletionFile } from '../../src/lib/certificate/record';
import { THEMES } from '../../src/schemas/themes';
import { scenarios } from '../../src/scenarios';
import { tamperAttachment } from '../support/tamper-pdf';
import { THEME_MODULES, bytesOf, generate, seedCompletion } from './course';
import { axeViolations, expect, test, waitForIslands } from './fixtures';

const SCENARIOS = THEMES.map((theme) => scenarios.find((scenario) => scenario.theme === theme.id)!.id);

test('a roster of certificates: intact, altered, not a PDF and another course’s; sorted, filtered, exported as CSV', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await seedCompletion(page, { modules: THEME_MODULES.map((href) => href.split('/')[2]!), scenarios: SCENARIOS });
  await page.getByRole('checkbox', { name: /I completed this activity myself/ }).check();
  const first = await generate(page, '=Ann Example');
  const second = await generate(page, 'Nguyễn Thị Ánh');
  const altered = await tamperAttachment(first.pdf, (file) => {
    file.record.scorePercent = 100;
  });
  // A genuine certificate, intact, from another course: made in Node with the course's own builder.
  const other = await buildCertificatePdf(
    await createCompletionFile(
      {
        format: RECORD_FORMAT,
        formatVersion: RECORD_FORMAT_VERSION,
        certificateId: 'PWC-7K3M-9QXR-2D4F',
        learnerName: 'Sam Other',
        credentials: '',
        activityTitle: 'Another Course',
        organization: 'Another Society',
        completedOn: '2026-11-29',
        scorePercent: 90,
        passMarkPercent: 80,
        activeMinutes: 60,
        creditStatement: 'No credit.',
      },
      {
        issuedAt: '2026-11-29T15:04:05.000Z',
        modules: [],
        scenarios: [],
        assessment: { attemptId: 1, submittedAt: '2026-11-29T14:00:00.000Z', percent: 90, passMark: 80, attempts: 1 },
        evaluation: { submittedAt: '2026-11-29T14:30:00.000Z', shared: false, answers: [] },
        attestation: { statement: 'I did.', attestedAt: '2026-11-29T15:00:00.000Z', activeMinutes: 60 },
      },
    ),
    { font: new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif.ttf')) },
    { paper: 'letter', verifyUrl: 'https://another.example/verify/', citation: 'Another citation.', signatory: null },
  );

  await page.goto('/director/roster/');
  await waitForIslands(page);
  const pdf = (name: string, bytes: Uint8Array) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
  await page
    .getByLabel('Certificate PDFs', { exact: true })
    .setInputFiles([
      pdf('ann.pdf', first.pdf),
      pdf('anh.pdf', second.pdf),
      pdf('edited.pdf', altered),
      { name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf at all') },
      pdf('other-course.pdf', other),
    ]);
  await expect(page.getByText('Read 5 files: 2 intact, 1 altered, 2 unreadable.').first()).toBeVisible();
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(5);
  await expect(rows.filter({ hasText: 'edited.pdf' })).toContainText('Altered');
  await expect(rows.filter({ hasText: 'notes.pdf' })).toContainText('not a PDF');
  await expect(rows.filter({ hasText: 'other-course.pdf' })).toContainText('Issued for another activity');
  await expect(rows.filter({ hasText: 'anh.pdf' })).toContainText('Nguyễn Thị Ánh');
  expect(await axeViolations(page), 'roster with rows').toEqual([]);

  // Keyboard: sorted by name at first; Enter on the column's button reverses it; another column sorts by it.
  const nameHeader = page.getByRole('columnheader', { name: 'Sort by Name' });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await page.getByRole('button', { name: 'Sort by Name' }).focus();
  await page.keyboard.press('Enter');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first()).toContainText('Sam Other');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Sort by Completed on' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(nameHeader).toHaveAttribute('aria-sort', 'none');

  // Filters: intact only; then active time below a number of minutes.
  await page.getByLabel('Show').selectOption('intact');
  await expect(rows).toHaveCount(2);
  await expect(page.getByText('Showing 2 of 5')).toBeVisible();
  await page.getByLabel('Only active time below (minutes)').fill('0');
  await expect(rows).toHaveCount(0);
  await page.getByLabel('Only active time below (minutes)').fill('');
  await expect(rows).toHaveCount(2);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV (2 rows)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^posting-with-care-roster-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await bytesOf(download);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 byte-order mark
  const csv = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // the decoder drops the mark
  expect(csv.startsWith('File,Name,')).toBe(true);
  expect(csv).toContain(`,'=Ann Example,`);
  expect(csv).toContain(',Nguyễn Thị Ánh,');
  expect(csv.split('\r\n')).toHaveLength(4); // header, two rows, and the final line end
});
