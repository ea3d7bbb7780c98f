/** Learner profiles on a shared device: whose progress this is, creating, renaming, switching and deleting. */
import { LEARNER_TABLES } from '../../src/lib/storage/database';
import { finishModule, playScenario } from './course';
import { activeLearnerId, rows, waitForStored } from './db';
import { axeViolations, expect, test, waitForProgress } from './fixtures';

const badge = (page: import('@playwright/test').Page) => page.locator('learner-badge');

/** Rows in every learner table that belong to `learnerId`, by table. */
async function rowsOf(page: import('@playwright/test').Page, learnerId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of LEARNER_TABLES) {
    counts[table] = (await rows<{ learnerId: string }>(page, table)).filter(
      (row) => row.learnerId === learnerId,
    ).length;
  }
  return counts;
}
const none = Object.fromEntries(LEARNER_TABLES.map((table) => [table, 0]));

test('the header says whose progress this is; each profile sees only its own; switching and renaming work', async ({
  page,
}) => {
  await page.goto('/');
  await expect(badge(page)).toHaveText('Learning as: Guest');
  await finishModule(page, '/modules/introduction/');

  await page.goto('/progress/');
  await page.getByRole('link', { name: 'Change or add a learner' }).click();
  await expect(page).toHaveURL(/\/learners\/$/);
  await expect(page.getByTestId('learners').getByRole('listitem')).toHaveCount(1);
  expect(await axeViolations(page), 'learners page').toEqual([]);

  // A bad name is refused at the field, and what was typed stays.
  const name = page.getByLabel('Name for the new profile');
  await name.fill('   ');
  await page.getByRole('button', { name: 'Add and switch to this learner' }).click();
  await expect(page.getByText('Enter a name.')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();
  await name.fill('Guest');
  await page.getByRole('button', { name: 'Add and switch to this learner' }).click();
  await expect(page.getByText('That name is already in use on this device.')).toBeVisible();
  await expect(name).toHaveValue('Guest');

  await name.fill('Sam');
  await page.getByRole('button', { name: 'Add and switch to this learner' }).click();
  await expect(page.getByText('Added Sam: you are now learning as Sam.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Learning as: Sam, change learner' })).toHaveAttribute(
    'href',
    '/learners/',
  );
  await page.goto('/');
  await expect(page.getByText('0 of 5 modules finished')).toBeVisible();

  await page.goto('/learners/');
  await page.getByRole('button', { name: 'Rename Sam' }).click();
  await page.getByLabel('New name for Sam').fill('Samira');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Renamed to Samira.')).toBeVisible();
  await page.getByRole('button', { name: 'Switch to Guest' }).click();
  await expect(page.getByText('You are now learning as Guest.')).toBeVisible();
  await page.goto('/');
  await expect(page.getByText('1 of 5 modules finished')).toBeVisible();
  await expect(badge(page)).toHaveText('Learning as: Guest');
});

test('another tab switching learner is noticed: this page says it still saves to its own profile', async ({
  context,
}) => {
  const reading = await context.newPage();
  await reading.goto('/modules/spine-care/');
  await waitForProgress(reading);
  const other = await context.newPage();
  await other.goto('/learners/');
  await other.getByLabel('Name for the new profile').fill('Ana');
  await other.getByRole('button', { name: 'Add and switch to this learner' }).click();
  await expect(other.getByText('Added Ana: you are now learning as Ana.')).toBeVisible();
  await expect(reading.locator('#storage-notice')).toContainText('Another tab switched to a different learner profile');
});

test('deleting a profile asks for its name, then removes every record of it; Clear my data does so for the current one', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/learners/');
  await page.getByLabel('Name for the new profile').fill('Kim');
  await page.getByRole('button', { name: 'Add and switch to this learner' }).click();
  await expect(badge(page)).toHaveText('Learning as: Kim');
  const kim = await activeLearnerId(page);
  await finishModule(page, '/modules/spine-care/');
  await playScenario(page, '/scenarios/or-photo-colleague/');
  await waitForStored<{ learnerId: string }>(page, 'scenarioAttempts', (plays) =>
    plays.some((p) => p.learnerId === kim),
  );
  expect((await rowsOf(page, kim)).moduleProgress).toBe(1);

  await page.goto('/learners/');
  await page.getByRole('button', { name: 'Switch to Guest' }).click();
  await expect(page.getByText('You are now learning as Guest.')).toBeVisible();
  await page.getByRole('button', { name: 'Delete Kim…' }).click();
  const confirm = page.getByLabel('To confirm, type Kim');
  await expect(confirm).toBeFocused();
  expect(await axeViolations(page), 'delete confirmation').toEqual([]);
  await confirm.fill('kim?');
  await page.getByRole('button', { name: 'Delete this profile' }).click();
  await expect(page.getByText('Type Kim exactly as shown to confirm.')).toBeVisible();
  expect((await rowsOf(page, kim)).moduleProgress).toBe(1);
  await confirm.fill('Kim');
  await page.getByRole('button', { name: 'Delete this profile' }).click();
  await expect(page.getByText('The profile Kim and all its records were deleted.')).toBeVisible();
  expect(await rowsOf(page, kim)).toEqual(none);
  expect((await rows<{ id: string }>(page, 'learners')).map((learner) => learner.id)).not.toContain(kim);

  // Clear my data, for the current profile (the guest), from /progress/.
  const guest = await activeLearnerId(page);
  await finishModule(page, '/modules/professionalism/');
  await page.goto('/progress/');
  await page.getByRole('button', { name: 'Clear my data…' }).click();
  await page.getByLabel('To confirm, type Guest').fill('Guest');
  await page.getByRole('button', { name: 'Clear my data', exact: true }).click();
  await expect(page.getByText('All of Guest’s progress on this device was deleted.')).toBeVisible();
  expect(await rowsOf(page, guest)).toEqual(none);
  await expect(page.getByText('0 of 5 modules finished')).toBeVisible();
});

test('keyboard only: open Clear my data, cancel (focus goes back), then type the name and confirm', async ({
  page,
}) => {
  await finishModule(page, '/modules/introduction/');
  await page.goto('/progress/');
  const open = page.getByRole('button', { name: 'Clear my data…' });
  await open.focus();
  await page.keyboard.press('Enter');
  const input = page.getByLabel('To confirm, type Guest');
  await expect(input).toBeFocused();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(open).toBeFocused();
  await expect(open).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.press('Enter');
  await page.keyboard.type('Guest');
  await page.keyboard.press('Enter');
  await expect(page.getByText('All of Guest’s progress on this device was deleted.')).toBeVisible();
  await expect(page.getByText('0 of 5 modules finished')).toBeVisible();
});

test('a profile deleted in another tab: this page says so and asks for a reload, instead of saving nowhere', async ({
  context,
}) => {
  const learners = await context.newPage();
  await learners.goto('/learners/');
  await learners.getByLabel('Name for the new profile').fill('Lee');
  await learners.getByRole('button', { name: 'Add and switch to this learner' }).click();
  await expect(learners.getByText('Added Lee: you are now learning as Lee.')).toBeVisible();
  const reading = await context.newPage();
  await reading.goto('/modules/spine-care/');
  await waitForProgress(reading);
  await expect(reading.locator('learner-badge')).toHaveText('Learning as: Lee');

  await learners.getByRole('button', { name: 'Delete Lee…' }).click();
  await learners.getByLabel('To confirm, type Lee').fill('Lee');
  await learners.getByRole('button', { name: 'Delete this profile' }).click();
  await expect(learners.getByText(/The profile was deleted with all its records/)).toBeVisible();
  await expect(reading.locator('#storage-notice')).toContainText(
    'This learner profile was deleted in another tab. Reload this page to continue.',
  );
  await reading.getByRole('button', { name: 'I have finished this module' }).click();
  await expect(reading.getByText('Not saved: this learner profile was deleted in another tab.')).toBeVisible();
});
