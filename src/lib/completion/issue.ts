/**
 * Builds the completion record a certificate carries, from what the learner's device holds. Pure: the caller
 * reads storage and passes everything in.
 */
import {
  RECORD_FORMAT,
  RECORD_FORMAT_VERSION,
  type CertifiedRecord,
  type CompletionDetails,
} from '../certificate/record';
import { themeGains } from '../assessment/pretest';
import type {
  AssessmentAttemptRecord,
  AttestationRecord,
  EvaluationRecord,
  PretestRecord,
  ProgressSnapshot,
} from '../storage';
import type { CourseOutline } from './index';

/** Everything needed to issue a certificate. */
export interface IssueInput {
  certificateId: string;
  /** The learner's name, already checked and normalized. */
  learnerName: string;
  /** Credentials printed after the name, already checked and normalized; '' for none. */
  credentials: string;
  issuedAt: Date;
  settings: { activityTitle: string; issuer: string; creditStatement: string };
  outline: CourseOutline;
  progress: ProgressSnapshot;
  /** Submitted final-assessment attempts. */
  attempts: readonly AssessmentAttemptRecord[];
  evaluation: EvaluationRecord;
  /** The evaluation's answers in words, as the record lists them if the learner shares them. */
  evaluationAnswers: CompletionDetails['evaluation']['answers'];
  /**
   * Whether the learner chose to put their evaluation answers in the record, for their program director to read.
   * Without it the record shows only when the evaluation was submitted: evaluations are normally anonymous.
   */
  shareEvaluation: boolean;
  attestation: AttestationRecord;
  /** The learner's pre-test, if any: once submitted, the record carries it and the gain by theme. */
  pretest?: PretestRecord | null;
}

/** A date as `YYYY-MM-DD` in the learner's own time zone. */
export function localDate(at: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** A percentage with at most one decimal. */
const percent = (value: number) => Math.round(value * 10) / 10;

/** A share from 0 to 1 as a percentage with at most one decimal (0.825 is 82.5). */
export function sharePercent(share: number): number {
  return percent(share * 100);
}

/** The best passing attempt, or null if none passed. */
export function bestPassingAttempt(attempts: readonly AssessmentAttemptRecord[]): AssessmentAttemptRecord | null {
  return attempts
    .filter((attempt) => attempt.status === 'submitted' && attempt.result?.passed)
    .reduce<AssessmentAttemptRecord | null>(
      (best, attempt) => (!best || attempt.result!.percent > best.result!.percent ? attempt : best),
      null,
    );
}

/**
 * The certified record and supporting details of a certificate (see `createCompletionFile` for the code). The
 * evaluation answers are in the details only if the learner chose to share them.
 */
export function completionContent(input: IssueInput): { record: CertifiedRecord; details: CompletionDetails } {
  const { progress, outline } = input;
  const passed = bestPassingAttempt(input.attempts);
  if (!passed?.result || !passed.submittedAt) throw new Error('The final assessment has not been passed.');
  // The certificate records the active time the learner attested to, not whatever it has grown to since.
  const minutes = input.attestation.activeMinutes;
  const record: CertifiedRecord = {
    format: RECORD_FORMAT,
    formatVersion: RECORD_FORMAT_VERSION,
    certificateId: input.certificateId,
    learnerName: input.learnerName,
    credentials: input.credentials,
    activityTitle: input.settings.activityTitle,
    organization: input.settings.issuer,
    completedOn: localDate(new Date(input.attestation.attestedAt)),
    scorePercent: percent(passed.result.percent),
    passMarkPercent: sharePercent(passed.passMark),
    activeMinutes: minutes,
    creditStatement: input.settings.creditStatement,
  };
  const scenarios = outline.themes.flatMap((theme) =>
    theme.scenarios.flatMap((scenario) => {
      const status = progress.scenarios[scenario.id];
      if (!status?.finished || !status.bestRating || !status.lastEndedAt) return [];
      return [
        {
          id: scenario.id,
          title: scenario.title,
          theme: theme.id,
          rating: status.bestRating,
          endedAt: status.lastEndedAt,
        },
      ];
    }),
  );
  const details: CompletionDetails = {
    issuedAt: input.issuedAt.toISOString(),
    modules: outline.modules.map((module) => ({
      id: module.id,
      title: module.title,
      completedAt: progress.modules[module.id]?.completedAt ?? '',
    })),
    scenarios,
    assessment: {
      attemptId: passed.id ?? 0,
      submittedAt: passed.submittedAt,
      percent: record.scorePercent,
      passMark: record.passMarkPercent,
      attempts: input.attempts.length,
      byTheme: passed.result.byTheme.map(({ theme, title, earned, possible }) => ({ theme, title, earned, possible })),
    },
    evaluation: {
      submittedAt: input.evaluation.submittedAt ?? '',
      shared: input.shareEvaluation,
      answers: input.shareEvaluation ? input.evaluationAnswers : [],
    },
    attestation: {
      statement: input.attestation.statement,
      attestedAt: input.attestation.attestedAt,
      activeMinutes: input.attestation.activeMinutes,
    },
  };
  // Programs report outcomes, not only completions: the baseline, and the gain to the attempt certified.
  const pretest = input.pretest;
  if (pretest?.result && pretest.submittedAt) {
    const byTheme = pretest.result.byTheme.map(({ theme, title, earned, possible }) => ({
      theme,
      title,
      earned,
      possible,
    }));
    details.pretest = {
      submittedAt: pretest.submittedAt,
      percent: percent(pretest.result.percent),
      byTheme,
      gain: themeGains(byTheme, passed.result.byTheme),
    };
  }
  return { record, details };
}

/** The file name a certificate downloads as. */
export function certificateFileName(certificateId: string): string {
  return `posting-with-care-certificate-${certificateId}.pdf`;
}
