// Part of `npm run bench`: how long making one certificate PDF takes (in Node, the same code the browser runs) and
// how big it is. Prints one JSON line.
import { readFileSync } from 'node:fs';
import {
  buildCertificatePdf,
  createCompletionFile,
  RECORD_FORMAT,
  RECORD_FORMAT_VERSION,
} from '../src/lib/certificate';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const font = new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif.ttf'));
const at = '2026-11-29T10:00:00.000Z';
const file = await createCompletionFile(
  {
    format: RECORD_FORMAT,
    formatVersion: RECORD_FORMAT_VERSION,
    certificateId: 'PWC-7K3M-9QXR-2D4F',
    learnerName: 'Nguyễn Thị Ánh',
    activityTitle: 'Posting with Care: Social Media Best Practices for the Spine Care Professional',
    organization: 'Posting with Care (open course, no issuing institution)',
    completedOn: '2026-11-29',
    scorePercent: 85,
    passMarkPercent: 80,
    activeMinutes: 143,
    creditStatement: 'Certificate of completion. No CME credit.',
    credentials: '',
  },
  {
    issuedAt: at,
    modules: [],
    scenarios: [],
    assessment: { attemptId: 1, submittedAt: at, percent: 85, passMark: 80, attempts: 1 },
    evaluation: { submittedAt: at, answers: [] },
    attestation: { statement: 'I completed this activity myself.', attestedAt: at, activeMinutes: 143 },
  },
);
const times: number[] = [];
let bytes = 0;
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  const pdf = await buildCertificatePdf(
    file,
    { font },
    { paper: 'letter', verifyUrl: 'https://example.org/verify/', citation: 'Cupler et al., 2025.', signatory: null },
  );
  times.push(performance.now() - start);
  bytes = pdf.length;
}
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    medianMs: Math.round(times[Math.floor(times.length / 2)]!),
    firstMs: Math.round(times[0]!),
    pdfBytes: bytes,
  }),
);
