import { expect, test, waitForProgress } from './fixtures';

test('home → module → finish: the progress bar counts it, and a reload keeps it', async ({ page }) => {
  await page.goto('/');
  const bar = page.getByRole('progressbar', { name: 'Course progress' });
  await expect(page.getByText('0 of 5 modules finished')).toBeVisible();
  await expect(bar).toHaveAttribute('value', '0');

  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page).toHaveURL(/\/modules\/introduction\/$/);
  await waitForProgress(page);
  await expect(page.getByRole('status').filter({ hasText: 'Not finished yet.' })).toBeVisible();
  await page.getByRole('button', { name: 'I have finished this module' }).click();
  await expect(page.getByText(/You finished this module on /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark as not finished' })).toBeVisible();

  await page.goto('/');
  await expect(page.getByText('1 of 5 modules finished')).toBeVisible();
  await expect(bar).toHaveAttribute('value', '1');
  await page.reload();
  await expect(page.getByText('1 of 5 modules finished')).toBeVisible();
  await expect(bar).toHaveAttribute('value', '1');
});

test('the home page offers to continue where the learner left off', async ({ page }) => {
  await page.goto('/modules/security-access/');
  await waitForProgress(page);
  await page.goto('/');
  const resume = page.getByRole('link', { name: 'Continue where you left off: Security and Access' });
  await expect(resume).toBeVisible();
  await resume.click();
  await expect(page).toHaveURL(/\/modules\/security-access\/$/);
});

test('finishing can be undone', async ({ page }) => {
  await page.goto('/modules/professionalism/');
  await page.getByRole('button', { name: 'I have finished this module' }).click();
  await page.getByRole('button', { name: 'Mark as not finished' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Not finished yet.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'I have finished this module' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Not finished yet.' })).toBeVisible();
});

test('a second open tab sees a module finished in the first', async ({ context }) => {
  const home = await context.newPage();
  await home.goto('/');
  await expect(home.getByText('0 of 5 modules finished')).toBeVisible();
  const report = await context.newPage();
  await report.goto('/progress/');
  await expect(report.getByText('0 of 5 modules finished')).toBeVisible();

  const module = await context.newPage();
  await module.goto('/modules/spine-care/');
  await module.getByRole('button', { name: 'I have finished this module' }).click();
  await expect(module.getByText(/You finished this module on /)).toBeVisible();

  await expect(home.getByText('1 of 5 modules finished')).toBeVisible();
  await expect(report.getByText('1 of 5 modules finished')).toBeVisible();
  await expect(report.getByTestId('finished').getByRole('link', { name: 'Spine Care' })).toBeVisible();
});

test('the progress page shows what is done, what remains and the time left', async ({ page }) => {
  await page.goto('/progress/');
  await expect(page.getByText('You have not finished a module yet.')).toBeVisible();
  const remaining = page.getByTestId('remaining').getByRole('listitem');
  await expect(remaining).toHaveCount(5);
  const total = await page.getByText(/About \d+ minutes left/).textContent();
  const totalMinutes = Number(/(\d+)/.exec(total ?? '')?.[1]);

  await page.goto('/modules/introduction/');
  const introMeta = await page.locator('.module-meta .meta').textContent();
  const introMinutes = Number(/About (\d+) minutes/.exec(introMeta ?? '')?.[1]);
  expect(introMinutes).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'I have finished this module' }).click();
  await expect(page.getByText(/You finished this module on /)).toBeVisible();

  await page.goto('/progress/');
  await expect(page.getByTestId('finished').getByRole('listitem')).toHaveCount(1);
  await expect(remaining).toHaveCount(4);
  await expect(page.getByText(`About ${totalMinutes - introMinutes} minutes left`)).toBeVisible();
});

test('finishing every module turns Continue into Review your progress', async ({ page }) => {
  for (const id of ['introduction', 'compliance-confidentiality', 'professionalism', 'security-access', 'spine-care']) {
    await page.goto(`/modules/${id}/`);
    await page.getByRole('button', { name: 'I have finished this module' }).click();
    await expect(page.getByText(/You finished this module on /)).toBeVisible();
  }
  await page.goto('/');
  await expect(page.getByText('5 of 5 modules finished')).toBeVisible();
  await page.getByRole('link', { name: 'Review your progress' }).click();
  await expect(page.getByText('You have finished every module.').first()).toBeVisible();
});

test.describe('when the browser refuses storage', () => {
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  });

  test('pages stay readable and say plainly that progress cannot be saved', async ({ page }) => {
    for (const path of ['/', '/modules/spine-care/', '/progress/']) {
      await page.goto(path);
      await expect(
        page.getByRole('status').filter({ hasText: /not letting the course save your progress/ }),
      ).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await page.goto('/modules/spine-care/');
    await expect(page.locator('#sc-7')).toBeVisible();
    await expect(page.getByText('Progress cannot be saved in this browser.')).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Start the course' })).toHaveAttribute(
      'href',
      '/modules/introduction/',
    );
  });
});

test('module cards on the home and modules pages show each module’s status', async ({ page }) => {
  await page.goto('/modules/');
  const card = (title: string) =>
    page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  await expect(card('Professionalism').locator('module-status')).toHaveText('Not started');
  await page.goto('/modules/professionalism/');
  await waitForProgress(page);
  await page.goto('/modules/');
  await expect(card('Professionalism').locator('module-status')).toHaveText('Started');
  await page.goto('/modules/professionalism/');
  await page.getByRole('button', { name: 'I have finished this module' }).click();
  await expect(page.getByText(/You finished this module on /)).toBeVisible();
  await page.goto('/');
  await expect(card('Professionalism').locator('module-status')).toHaveText(/^Finished /);
  await expect(
    page.getByRole('link', {
      name: 'Continue with the next module: Introduction: why social media matters in spine care',
    }),
  ).toBeVisible();
});

test('an address typed without its trailing slash still opens the page', async ({ page }) => {
  const response = await page.goto('/about');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this course');
});
