/**
 * What a package tells the LMS, from the learner's progress: completion, success, score, and each version's data
 * model elements for them. The course package follows the course's completion rule and reports the best final
 * assessment; a module package is complete when its module is finished and one of its theme's scenarios is, and
 * reports its knowledge check.
 */
import type { ProgressSnapshot } from '../storage';
import type { ScormVersion } from './api';

/** Which part of the course a package holds. */
export type PackageScope =
  { kind: 'course' } | { kind: 'module'; moduleId: string; scenarioIds: string[]; checkItems: number };

export interface LmsReport {
  completed: boolean;
  success: 'passed' | 'failed' | 'unknown';
  /** 0 to 100, or null before there is a score. */
  scorePercent: number | null;
}

/**
 * The report for a scope. `courseComplete` is the course's completion rule applied to the same progress (see
 * src/lib/completion), passed in so the rule lives in one place.
 */
export function reportFor(
  scope: PackageScope,
  progress: ProgressSnapshot,
  courseComplete: boolean,
  masteryScore: number,
): LmsReport {
  if (scope.kind === 'course') {
    const { assessment } = progress;
    return {
      completed: courseComplete,
      success: assessment.passed ? 'passed' : assessment.submitted > 0 ? 'failed' : 'unknown',
      scorePercent: assessment.bestPercent,
    };
  }
  const check = progress.knowledgeChecks[scope.moduleId];
  const scorePercent = check ? Math.round((check.earned / scope.checkItems) * 1000) / 10 : null;
  const allAnswered = (check?.answered ?? 0) >= scope.checkItems;
  return {
    completed:
      Boolean(progress.modules[scope.moduleId]?.completedAt) &&
      scope.scenarioIds.some((id) => (progress.scenarios[id]?.finished ?? 0) > 0),
    success:
      !allAnswered || scorePercent === null ? 'unknown' : scorePercent >= masteryScore * 100 ? 'passed' : 'failed',
    scorePercent,
  };
}

/** SCORM 1.2's CMITimespan (`HHHH:MM:SS.SS`) or SCORM 2004's ISO 8601 duration (`PT1H2M3.4S`). */
export function sessionTime(milliseconds: number, version: ScormVersion): string {
  const centiseconds = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6000);
  const seconds = (centiseconds % 6000) / 100;
  if (version === '1.2') {
    const pad = (value: number, width: number) => String(value).padStart(width, '0');
    return `${pad(Math.min(hours, 9999), 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
  }
  return `PT${hours}H${minutes}M${Number(seconds.toFixed(2))}S`;
}

/** The elements to set for a report, in this version's data model. */
export function reportElements(report: LmsReport, version: ScormVersion): [string, string][] {
  const score = report.scorePercent;
  if (version === '1.2') {
    const status = report.completed ? (report.success === 'passed' ? 'passed' : 'completed') : 'incomplete';
    const elements: [string, string][] = [['cmi.core.lesson_status', status]];
    if (score !== null) {
      elements.push(['cmi.core.score.raw', String(score)], ['cmi.core.score.min', '0'], ['cmi.core.score.max', '100']);
    }
    return elements;
  }
  const elements: [string, string][] = [
    ['cmi.completion_status', report.completed ? 'completed' : 'incomplete'],
    ['cmi.success_status', report.success],
  ];
  if (score !== null) {
    elements.push(
      ['cmi.score.scaled', String(score / 100)],
      ['cmi.score.raw', String(score)],
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
    );
  }
  return elements;
}

/** Each version's names for the elements the course reads and writes apart from the report. */
export const ELEMENTS = {
  '1.2': {
    suspendData: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    sessionTime: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
    learnerName: 'cmi.core.student_name',
  },
  '2004': {
    suspendData: 'cmi.suspend_data',
    location: 'cmi.location',
    sessionTime: 'cmi.session_time',
    exit: 'cmi.exit',
    learnerName: 'cmi.learner_name',
  },
} as const;

/** The longest `suspend_data` each version must accept (SCORM 1.2: 4,096 characters; 2004 4th edition: 64,000). */
export const SUSPEND_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64_000 };

/** An LMS learner name as printed: "Last, First" becomes "First Last"; anything else is kept, trimmed. */
export function printedName(lmsName: string): string {
  const trimmed = lmsName.replace(/\s+/g, ' ').trim();
  const parts = trimmed.split(',').map((part) => part.trim());
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : trimmed;
}
