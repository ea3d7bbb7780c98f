/** Reading certificate PDFs into roster rows (pdf-lib: loaded only when the director chooses files). */
import { meetsAssignment, type Assignment } from '../assignment';
import { readCertificatePdf, verifyCertificateFile } from '../certificate/read';
import type { RosterRow } from './rows';

/** One certificate file read into a row. Never throws: a bad file becomes an unreadable row with the reason. */
export async function rosterRow(
  file: string,
  bytes: Uint8Array,
  options: { activityTitle: string; assignment: Assignment | null },
): Promise<RosterRow> {
  const empty: RosterRow = {
    file,
    status: 'unreadable',
    reason: '',
    name: '',
    credentials: '',
    completedOn: '',
    scorePercent: null,
    byTheme: [],
    activeMinutes: null,
    activityTitle: '',
    certificateId: '',
    assignment: null,
  };
  try {
    const read = await readCertificatePdf(bytes);
    if (!read.ok) return { ...empty, reason: read.message };
    const { record, details } = read.file;
    const verification = await verifyCertificateFile(read);
    const otherActivity = record.activityTitle !== options.activityTitle;
    const reasons = [
      ...verification.problems,
      ...(otherActivity ? [`Issued for another activity: “${record.activityTitle}”.`] : []),
    ];
    const themes = (details.assessment as { byTheme?: RosterRow['byTheme'] }).byTheme ?? [];
    return {
      file,
      status: verification.intact ? (otherActivity ? 'unreadable' : 'intact') : 'altered',
      reason: reasons.join(' '),
      name: record.learnerName,
      credentials: (record as { credentials?: string }).credentials ?? '',
      completedOn: record.completedOn,
      scorePercent: record.scorePercent,
      byTheme: themes.map(({ title, earned, possible }) => ({ title, earned, possible })),
      activeMinutes: record.activeMinutes,
      activityTitle: record.activityTitle,
      certificateId: record.certificateId,
      assignment:
        options.assignment && verification.intact && !otherActivity
          ? meetsAssignment(
              {
                modules: details.modules.map((module) => module.id),
                scenarios: details.scenarios.map((scenario) => scenario.id),
                completedOn: record.completedOn,
              },
              options.assignment,
            )
          : null,
    };
  } catch (error) {
    return {
      ...empty,
      reason: `This file could not be read (${error instanceof Error ? error.message : 'unknown error'}).`,
    };
  }
}
