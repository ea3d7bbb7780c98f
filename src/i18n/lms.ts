/** Interface strings of the LMS launch page (SCORM packages only). */
import { fill } from './ui';

export const lmsUi = {
  'lms.frameTitle': 'Posting with Care',
  'lms.loading': 'Opening the course…',
  'lms.noLms':
    'No learning management system was found, so your progress is kept only in this browser. Open the course from your LMS to have it recorded there.',
  'lms.notConnected':
    'The learning management system did not accept the connection, so your progress is kept only in this browser for now.',
  'lms.errors':
    'The learning management system is not saving your progress (it answered: {message}). Your progress is kept in this browser; open the course from the LMS again later.',
  'lms.suspendForeign':
    'The learning management system holds saved data that is not this course’s, so the course starts from what this browser has.',
  'lms.suspendUnreadable':
    'Your progress saved in the learning management system could not be read, so the course uses what this browser has.',
  'lms.storageUnavailable':
    'This browser is not letting the course store your progress, so it cannot be saved or sent to the learning management system.',
} as const;

export type LmsUiKey = keyof typeof lmsUi;

export function tl(key: LmsUiKey, values: Record<string, string | number> = {}): string {
  return fill(lmsUi[key], values);
}
