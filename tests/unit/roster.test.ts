import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildCertificatePdf } from '../../src/lib/certificate/pdf';
import {
  RECORD_FORMAT,
  RECORD_FORMAT_VERSION,
  createCompletionFile,
  type CertifiedRecord,
} from '../../src/lib/certificate/record';
import { rosterRow } from '../../src/lib/roster/read';
import { rosterCsv, type RosterRow } from '../../src/lib/roster/rows';
import { tamperAttachment } from '../support/tamper-pdf';

const labels = { yes: 'yes', no: 'no', late: 'yes, after the due date' };
const row = (overrides: Partial<RosterRow>): RosterRow => ({
  file: 'a.pdf',
  status: 'intact',
  reason: '',
  name: 'Ann Lee',
  credentials: '',
  completedOn: '2026-11-30',
  scorePercent: 90,
  byTheme: [{ title: 'Spine Care', earned: 6.5, possible: 7 }],
  activeMinutes: 95,
  activityTitle: 'Posting with Care',
  certificateId: 'PWC-7K3M-9QXR-2D4F',
  assignment: null,
  ...overrides,
});

describe('the roster as CSV', () => {
  test('byte for byte: BOM, CRLF, RFC 4180 quoting, and formulas neutralised', () => {
    const csv = rosterCsv(
      [
        row({ name: '=HYPERLINK("http://evil.example","Click")', file: 'one.pdf' }),
        row({
          name: 'Nguyễn Thị Ánh',
          credentials: 'MD, PhD',
          file: 'two.pdf',
          assignment: { met: false, missing: ['spine-care'], late: false },
        }),
        row({
          name: '+1 Lee',
          status: 'altered',
          reason: 'The record says "100", not 90.',
          file: 'three.pdf',
          scorePercent: null,
          activeMinutes: null,
        }),
        row({ name: '@Ann\r\nLee', file: '-four.pdf', assignment: { met: true, missing: [], late: true } }),
      ],
      labels,
    );
    expect(csv).toBe(
      '\uFEFF' +
        'File,Name,Credentials,Completed on,Score (%),Scores by theme,Active time (minutes),Verification,Reason,Certificate ID,Meets the assignment\r\n' +
        `one.pdf,"'=HYPERLINK(""http://evil.example"",""Click"")",,2026-11-30,90,Spine Care 6.5/7,95,intact,,PWC-7K3M-9QXR-2D4F,\r\n` +
        'two.pdf,Nguyễn Thị Ánh,"MD, PhD",2026-11-30,90,Spine Care 6.5/7,95,intact,,PWC-7K3M-9QXR-2D4F,no: spine-care\r\n' +
        `three.pdf,'+1 Lee,,2026-11-30,,Spine Care 6.5/7,,altered,"The record says ""100"", not 90.",PWC-7K3M-9QXR-2D4F,\r\n` +
        `'-four.pdf,"'@Ann\r\nLee",,2026-11-30,90,Spine Care 6.5/7,95,intact,,PWC-7K3M-9QXR-2D4F,"yes, after the due date"\r\n`,
    );
    // UTF-8 with the byte-order mark spreadsheets look for.
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('roster rows read from certificate PDFs', () => {
  const FONT = new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif.ttf'));
  const TITLE = 'Posting with Care: Social Media Best Practices for the Spine Care Professional';
  async function certificate(overrides: Partial<CertifiedRecord> = {}) {
    const file = await createCompletionFile(
      {
        format: RECORD_FORMAT,
        formatVersion: RECORD_FORMAT_VERSION,
        certificateId: 'PWC-7K3M-9QXR-2D4F',
        learnerName: 'José Núñez',
        credentials: 'DPT',
        activityTitle: TITLE,
        organization: 'Example Spine Society',
        completedOn: '2026-11-29',
        scorePercent: 85,
        passMarkPercent: 80,
        activeMinutes: 143,
        creditStatement: 'No CME credit.',
        ...overrides,
      },
      {
        issuedAt: '2026-11-29T15:04:05.000Z',
        modules: [{ id: 'spine-care', title: 'Spine Care', completedAt: '2026-11-28T10:00:00.000Z' }],
        scenarios: [
          {
            id: 'or-photo-colleague',
            title: 'A photo',
            theme: 'compliance-confidentiality',
            rating: 'best',
            endedAt: '2026-11-28T11:00:00.000Z',
          },
        ],
        assessment: {
          attemptId: 3,
          submittedAt: '2026-11-29T14:00:00.000Z',
          percent: 85,
          passMark: 80,
          attempts: 2,
          byTheme: [{ theme: 'spine-care', title: 'Spine Care', earned: 6, possible: 7 }],
        },
        evaluation: { submittedAt: '2026-11-29T14:30:00.000Z', shared: false, answers: [] },
        attestation: { statement: 'I did.', attestedAt: '2026-11-29T15:00:00.000Z', activeMinutes: 143 },
      },
    );
    return buildCertificatePdf(
      file,
      { font: FONT },
      {
        paper: 'letter',
        verifyUrl: 'https://course.example/verify/',
        citation: 'Cupler ZA et al. 2025.',
        signatory: null,
      },
    );
  }
  const assignment = {
    program: 'Example',
    cohort: '',
    modules: ['spine-care'],
    scenarios: ['or-photo-colleague', 'patient-dm-leg-pain'],
    due: '2026-12-01',
  };

  test('an intact certificate: what it certifies, per-theme scores, and the items of an assignment it lacks', async () => {
    const row = await rosterRow('jose.pdf', await certificate(), { activityTitle: TITLE, assignment });
    expect(row).toMatchObject({
      status: 'intact',
      reason: '',
      name: 'José Núñez',
      credentials: 'DPT',
      completedOn: '2026-11-29',
      scorePercent: 85,
      activeMinutes: 143,
      byTheme: [{ title: 'Spine Care', earned: 6, possible: 7 }],
      assignment: { met: false, missing: ['patient-dm-leg-pain'], late: false },
    });
  });

  test('altered, not a PDF, and from another course: each reported in its own row with the reason', async () => {
    const altered = await tamperAttachment(await certificate(), (file) => {
      file.record.scorePercent = 100;
    });
    const rows = await Promise.all([
      rosterRow('altered.pdf', altered, { activityTitle: TITLE, assignment: null }),
      rosterRow('notes.pdf', new TextEncoder().encode('not a pdf'), { activityTitle: TITLE, assignment: null }),
      rosterRow('other.pdf', await certificate({ activityTitle: 'Another Course' }), {
        activityTitle: TITLE,
        assignment,
      }),
    ]);
    expect(rows.map((row) => row.status)).toEqual(['altered', 'unreadable', 'unreadable']);
    expect(rows[0]!.reason).toMatch(/differ from what was stored|does not produce the verification code/);
    expect(rows[1]!.reason).toMatch(/not a PDF/);
    expect(rows[2]!.reason).toBe('Issued for another activity: “Another Course”.');
    expect(rows[2]!.assignment).toBeNull();
  });
});
