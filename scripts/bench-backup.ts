/**
 * For `npm run bench`: how long "Download my progress" and "Restore progress from a file" take on /progress/ for a
 * learner who did everything (every module, every scenario played three times, two assessment attempts, the
 * knowledge checks, active time, evaluation, attestation and a real certificate), through the interface.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { loadQuestions } from '../src/lib/content/load';
import { choiceIds } from '../src/lib/assessment/draw';
import { THEMES } from '../src/schemas/themes';
import { scenarios } from '../src/scenarios';

/** Every record a learner who did everything leaves, written straight into the page's database. */
async function seedEverything(page: Page): Promise<void> {
  const questions = loadQuestions();
  const endings = scenarios.map((scenario) => ({
    id: scenario.id,
    version: scenario.version,
    start: scenario.start,
    ending: Object.keys(scenario.nodes).find((id) => scenario.nodes[id]!.kind === 'ending')!,
  }));
  const items = questions.slice(0, 20).map((question) => ({ itemId: question.id, order: choiceIds(question) }));
  // Each knowledge-check item is answered in the module of its theme (the module files are named after themes).
  const checks = questions
    .filter((question) => question.knowledgeCheck)
    .map((question) => ({
      itemId: question.id,
      moduleId: THEMES.find((theme) => question.practices[0]!.startsWith(`${theme.prefix}-`))!.id,
    }));
  // tsx keeps function names with a `__name` helper that the page does not have: give it one (as a string, untouched).
  await page.evaluate('globalThis.__name = (target) => target');
  await page.evaluate(
    async ({ endings, items, checks }) => {
      const request = <T>(req: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      const db = await request(indexedDB.open('posting-with-care'));
      const tables = ['settings', 'moduleProgress', 'scenarioAttempts', 'assessmentAttempts', 'knowledgeChecks'];
      const tx = db.transaction([...tables, 'activeTime', 'evaluations'], 'readwrite');
      const { value: learnerId } = (await request(tx.objectStore('settings').get('activeLearnerId'))) as {
        value: string;
      };
      const at = new Date(Date.now() - 3_600_000).toISOString();
      const modules = [
        'introduction',
        'compliance-confidentiality',
        'professionalism',
        'security-access',
        'spine-care',
      ];
      for (const moduleId of modules) {
        const record = { learnerId, moduleId, startedAt: at, lastVisitedAt: at, completedAt: at, updatedAt: at };
        tx.objectStore('moduleProgress').put({ ...record, recordVersion: 2 });
        tx.objectStore('activeTime').put({
          learnerId,
          path: `/modules/${moduleId}/`,
          kind: 'module',
          milliseconds: 900_000,
          updatedAt: at,
          recordVersion: 1,
        });
      }
      for (const scenario of endings) {
        for (let play = 0; play < 3; play++) {
          tx.objectStore('scenarioAttempts').add({
            uid: crypto.randomUUID(),
            learnerId,
            scenarioId: scenario.id,
            scenarioVersion: scenario.version,
            startedAt: at,
            endedAt: at,
            endingId: scenario.ending,
            rating: 'best',
            score: 6,
            maxScore: 6,
            path: [{ nodeId: scenario.start, choiceId: null }],
            recordVersion: 2,
          });
        }
      }
      for (const percent of [60, 90]) {
        tx.objectStore('assessmentAttempts').add({
          uid: crypto.randomUUID(),
          learnerId,
          status: 'submitted',
          seed: percent,
          items,
          answers: Object.fromEntries(items.map((item) => [item.itemId, [item.order[0]]])),
          answeredAt: Object.fromEntries(items.map((item) => [item.itemId, at])),
          passMark: 0.8,
          startedAt: at,
          submittedAt: at,
          result: { earned: percent / 5, possible: 20, percent, passed: percent >= 80, byTheme: [], items: [] },
          recordVersion: 2,
        });
      }
      for (const { itemId, moduleId } of checks) {
        const check = { learnerId, moduleId, itemId, answer: [], score: 1, answeredAt: at };
        tx.objectStore('knowledgeChecks').put({ ...check, recordVersion: 1 });
      }
      const answers = { objectives: '5', relevance: '4', balance: '4', bias: '5', change: '4', format: '4' };
      tx.objectStore('evaluations').put({
        learnerId,
        answers,
        submittedAnswers: answers,
        status: 'submitted',
        updatedAt: at,
        submittedAt: at,
        recordVersion: 1,
      });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { endings, items, checks },
  );
}

/** Milliseconds to download and to restore (after clearing) everything, and the file's size in bytes. */
export async function measureBackup(browser: Browser, base: string) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${base}/certificate/`);
  await page.getByRole('heading', { name: 'What completion requires' }).waitFor();
  await page.getByText('of 5 steps done').waitFor();
  await seedEverything(page);
  await page.reload();
  await page.getByRole('checkbox', { name: /I completed this activity myself/ }).check();
  await page.getByLabel('Your name as it should appear on the certificate').fill('Bench Learner');
  const certificate = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Generate certificate' }).click();
  await certificate;

  await page.goto(`${base}/progress/`);
  const download = page.getByRole('button', { name: 'Download my progress' });
  await download.waitFor();
  const started = performance.now();
  const downloading = page.waitForEvent('download');
  await download.click();
  const file = await (await downloading).path();
  await page.getByText(/^Downloaded posting-with-care-progress-/).waitFor();
  const downloadMs = performance.now() - started;

  await page.getByRole('button', { name: 'Clear my data…' }).click();
  await page.getByLabel('To confirm, type Guest').fill('Guest');
  await page.getByRole('button', { name: 'Clear my data', exact: true }).click();
  await page.getByText('All of Guest’s progress on this device was deleted.').waitFor();
  const restoring = performance.now();
  await page.getByLabel('Restore progress from a file').setInputFiles(file);
  await page.getByText(/^Restored from /).waitFor();
  const restoreMs = performance.now() - restoring;
  const bytes = statSync(file).size;
  JSON.parse(readFileSync(file, 'utf8'));
  await context.close();
  return { downloadMs: Math.round(downloadMs), restoreMs: Math.round(restoreMs), fileBytes: bytes };
}
