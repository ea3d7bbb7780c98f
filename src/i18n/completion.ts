/**
 * Interface strings of the completion pages (evaluation, certificate, verify) and of the certificate list on the
 * progress page. Kept apart from `ui.ts` so the reading, scenario and assessment pages do not carry them.
 */
import { fill } from './ui';

export const completionUi = {
  'evaluation.loading': 'Loading your answers…',
  'evaluation.notSaved':
    'This browser is not letting the course save your answers, so the evaluation cannot be recorded and no certificate can be issued here.',
  'evaluation.formLabel': 'Course evaluation',
  'evaluation.missing': 'Please answer every rated statement: {count} still need an answer.',
  'evaluation.goTo': 'Go to statement {number}',
  'evaluation.chooseOne': 'Choose one point on the scale.',
  'evaluation.submit': 'Submit the evaluation',
  'evaluation.resubmit': 'Submit my changed answers',
  'evaluation.failed': 'Your answers are still here.',
  'evaluation.thanks': 'Thank you: your evaluation is recorded',
  'evaluation.submittedOn': 'Submitted {date}.',
  'evaluation.toCertificate': 'Go to your certificate',
  'evaluation.canChange': 'You can still change an answer below; submit again to record the change.',
  'evaluation.changed':
    'You changed an answer since you submitted. Your submitted answers still count; submit again to record the change.',
  'certificate.unavailable':
    'This browser is not letting the course keep your progress, so completion cannot be recorded and no certificate can be generated here.',
  'certificate.stepsHeading': 'What completion requires',
  'certificate.stepsDone': '{done} of {total} steps done.',
  'certificate.done': 'Done',
  'certificate.notDone': 'Not done yet',
  'certificate.step.modules': 'Finish the {count} theme modules',
  'certificate.step.knowledgeChecks': 'Answer every question of each module’s knowledge check',
  'certificate.step.activeTime': 'Spend at least {minutes} minutes of active time in the course',
  'certificate.activeSoFar': 'You have {minutes} minutes so far.',
  'certificate.step.scenarios': 'Finish at least one scenario in each theme',
  'certificate.step.assessment': 'Pass the final assessment (pass mark {mark}%)',
  'certificate.step.evaluation': 'Submit the course evaluation',
  'certificate.step.attestation': 'Confirm that you completed the activity yourself',
  'certificate.go.modules': 'Go to the modules',
  'certificate.go.knowledgeChecks': 'Go to the knowledge checks',
  'certificate.go.activeTime': 'Go on with the course',
  'certificate.go.scenarios': 'Go to the scenarios',
  'certificate.go.assessment': 'Go to the final assessment',
  'certificate.go.evaluation': 'Go to the evaluation',
  'certificate.go.attestation': 'Go to the attestation',
  'certificate.bestSoFar': 'Your best score so far: {percent}%.',
  'certificate.evaluationDraft': 'Started, not submitted.',
  'certificate.evaluationChanged':
    'You changed answers after submitting: your submitted answers count until you submit again.',
  'certificate.attestationHeading': 'Attestation',
  'certificate.activeTime': 'Active time recorded on this device: {time}.',
  'certificate.activeTimeRule':
    'It counts time on module, scenario and assessment pages while the page is visible and you have clicked, typed, scrolled, touched, moved the mouse or moved focus there within the last {minutes} minutes.',
  'certificate.attestTime': 'My active time recorded on this device is {time}.',
  'certificate.attestHelp': 'Uncheck it to withdraw your attestation.',
  'certificate.attestLater': 'You can confirm this once every step above is done.',
  'certificate.attestedEarlier':
    'You attested to {attested} of active time; it has grown to {time} since. Your certificate records the time you attest to: uncheck the box and check it again to attest to {time}.',
  'certificate.problem.attest': 'Your attestation could not be saved on this device. Please try again.',
  'certificate.downloadFailed': 'That certificate could not be read from this device. Please try again.',
  'certificate.generateHeading': 'Your certificate',
  'certificate.notYet': 'Finish every step above, and your certificate can be generated here.',
  'certificate.nameLabel': 'Your name as it should appear on the certificate',
  'certificate.nameHint':
    'Up to 120 characters. Latin letters with accents (including Vietnamese), Greek and Cyrillic print as typed. For a name in Chinese, Japanese, Korean or a right-to-left script, please use a Latin-script form.',
  'certificate.name.empty': 'Enter your name as it should appear on the certificate.',
  'certificate.name.too-long': 'Your name can be at most 120 characters long; this one has {count}. Please shorten it.',
  'certificate.name.cjk':
    'The certificate cannot print Chinese, Japanese or Korean characters ({chars}) yet. Please enter your name in Latin letters, for example as it appears in your passport.',
  'certificate.name.right-to-left':
    'The certificate cannot yet print right-to-left scripts such as Arabic or Hebrew ({chars}) correctly. Please enter your name in Latin letters.',
  'certificate.name.complex-script':
    'The certificate cannot print these characters ({chars}) correctly yet. Please enter your name in Latin, Greek or Cyrillic letters.',
  'certificate.name.emoji': 'Please remove the emoji or pictographs ({chars}): the certificate prints your name only.',
  'certificate.name.control':
    'Your name contains invisible formatting characters, perhaps from copying and pasting. Please type it again.',
  'certificate.name.unsupported':
    'The certificate’s typeface cannot print {chars}. Please leave these characters out or use the closest common letter.',
  'certificate.credentialsLabel': 'Credentials (optional)',
  'certificate.credentialsHint': 'As you want them printed after your name, for example DPT or MD, PhD.',
  'certificate.credentials.too-long':
    'Your credentials can be at most 40 characters long; these have {count}. Please shorten them.',
  'certificate.credentials.cjk':
    'The certificate cannot print Chinese, Japanese or Korean characters ({chars}) yet. Please enter your credentials in Latin letters.',
  'certificate.credentials.right-to-left':
    'The certificate cannot yet print right-to-left scripts such as Arabic or Hebrew ({chars}) correctly. Please enter your credentials in Latin letters.',
  'certificate.credentials.complex-script':
    'The certificate cannot print these characters ({chars}) correctly yet. Please enter your credentials in Latin, Greek or Cyrillic letters.',
  'certificate.credentials.emoji': 'Please remove the emoji or pictographs ({chars}) from your credentials.',
  'certificate.credentials.control':
    'Your credentials contain invisible formatting characters, perhaps from copying and pasting. Please type them again.',
  'certificate.credentials.unsupported':
    'The certificate’s typeface cannot print {chars}. Please leave these characters out of your credentials or use the closest common letter.',
  'certificate.shareEvaluation':
    'Include my course evaluation answers in the certificate’s record (your program director will be able to read them)',
  'certificate.shareEvaluationHelp':
    'Course evaluations are normally anonymous, so this stays off unless you tick it. Without it, the record says only when you submitted the evaluation.',
  'certificate.paper': 'Paper size',
  'certificate.letter': 'US Letter (landscape)',
  'certificate.a4': 'A4 (landscape)',
  'certificate.generate': 'Generate certificate',
  'certificate.contents':
    'The PDF carries your completion record as an attached file: the fields printed on the certificate, plus supporting details (the scenarios you finished and how they ended, your assessment attempts and scores by theme, when you submitted the evaluation, your evaluation answers and comments only if you ticked the box above, and dates). Anyone you give the file to can read them.',
  'certificate.generateNote':
    'The first time, this downloads the certificate tools and font (about 0.8 MB) from this site. Nothing is sent anywhere.',
  'certificate.readyOffline':
    'The certificate tools and font are kept on this device, so you can make your certificate even when you are offline. Nothing is sent anywhere.',
  'certificate.working': 'Preparing your certificate…',
  'certificate.problem.load':
    'The certificate tools could not be loaded, perhaps because you are offline. Your name and progress are kept: please try again when connected.',
  'certificate.problem.storage':
    'Something went wrong while keeping your certificate on this device. Your progress is kept: please try again.',
  'certificate.problem.failed':
    'The certificate could not be made. Your progress is kept: please try again, and if this keeps happening, tell whoever assigned the course.',
  'certificate.problem.incomplete': 'Every step above must be done before a certificate can be generated.',
  'certificate.issued': 'Your certificate is ready',
  'certificate.issuedDetail':
    'Certificate {id}, verification code {code}. It has downloaded, and a copy is kept on this device.',
  'certificate.issuedNotKept':
    'Certificate {id}, verification code {code}. It has downloaded, but this browser would not keep a copy: keep the downloaded file safe.',
  'certificate.downloadAgain': 'Download it again',
  'certificate.keptHeading': 'Certificates on this device',
  'certificate.noneKept': 'None yet.',
  'certificate.keptItem': '{id}, {name}, generated {date}',
  'certificate.download': 'Download',
  'certificate.downloadLabel': 'Download certificate {id}',
  'certificate.localAddress':
    'This course is running at {host}, an address that only this computer or its network can reach: the verify link and QR code on the certificate will work only there. An institution that hosts the course sets its public address (siteUrl in src/config/institution.ts).',
  'certificate.verifyNote': 'Whoever receives your certificate can check whether it has been edited since it was made:',
  'certificate.verifyLink': 'Verify a certificate',
  'verify.intact': 'Intact',
  'verify.altered': 'Altered',
  'verify.insecure':
    'This check needs a secure connection (https, or this computer) to use the browser’s cryptography. Open the verify page over https.',
  'verify.field.code': 'Verification code',
  'verify.file.heading': 'Check a certificate file',
  'verify.file.drop': 'Drop a certificate PDF here, or choose the file.',
  'verify.file.choose': 'Choose a certificate PDF',
  'verify.file.private': 'The file is read in this browser only; it is not uploaded anywhere.',
  'verify.file.reading': 'Reading {name}…',
  'verify.file.cannot': 'This file cannot be checked',
  'verify.file.tooLarge':
    'This file is far larger than any certificate (they are under 1 MB). Choose the certificate PDF.',
  'verify.file.loadFailed':
    'The tools that read PDF files could not be loaded, perhaps because you are offline. Try again when connected.',
  'verify.file.not-pdf': 'This file is not a PDF, or it is damaged.',
  'verify.file.no-record':
    'This PDF has no completion record attached, so it cannot be checked here. It may not be a certificate from this course, or it was re-saved by a program that drops attachments (printing to PDF does). Ask for the original file, or check the printed fields below.',
  'verify.file.bad-record': 'The completion record attached to this PDF is damaged or has been edited out of shape.',
  'verify.file.intactDetail':
    'The certified fields in the completion record attached to this file are unchanged since the certificate was made: they produce the verification code and match the copy stored in the file at issue. This check reads the attached record, not the printed page, and does not cover the record’s supporting details (such as evaluation answers).',
  'verify.file.alteredDetail': 'This file was changed after the certificate was made.',
  'verify.differences': 'Fields that differ from what was issued',
  'verify.col.field': 'Field',
  'verify.col.issued': 'As issued',
  'verify.col.found': 'In this file',
  'verify.recordSays': 'What the record in {name} says',
  'verify.comparePrinted':
    'Now compare these values with the printed page: if any differs, the page was edited after the certificate was made.',
  'verify.typed.heading': 'Check a printed certificate',
  'verify.typed.intro':
    'Type the fields exactly as printed, with the verification code. The code is recomputed from them on this device.',
  'verify.typed.fromLink':
    'Most fields below were filled in from the link or QR code on the certificate. Type the name, and any credentials printed after it, exactly as printed, compare every other field with the paper, then check.',
  'verify.typed.fix': 'Please correct {count} field(s) before checking:',
  'verify.typed.other': 'Printed fields that rarely change (pass mark, activity, issuer, credit statement)',
  'verify.typed.otherHint':
    'These are filled in with this site’s current settings. If the certificate prints something different, type what it prints.',
  'verify.typed.check': 'Check these fields',
  'verify.typed.intactDetail':
    'These fields produce this verification code, so they are the fields the code was made from: nothing you typed was edited after the code was computed.',
  // Issue 14: a name typed without the accents or capitals the certificate prints is not an alteration.
  'verify.typed.printedAs':
    'The certificate prints this name as “{name}”: the name you typed differs only in accents or capitals. With the name as printed, the certificate is intact.',
  'verify.typed.alteredDetail':
    'These fields do not produce this verification code. At least one of them differs from what was issued, or was typed differently (every character counts, accents and capitals included). Check the printed fields that rarely change too, below: the certificate may print an older pass mark, activity title, issuer or credit statement. If you have the PDF, check the file above to see which field differs.',
  'verify.error.id': 'Enter the certificate ID as printed, for example PWC-7K3M-9QXR-2D4F.',
  'verify.error.code': 'Enter the 16-character verification code as printed, for example ABCD-EFGH-JKMN-PQRS.',
  'verify.error.name': 'Enter the name as printed.',
  'verify.error.date': 'Enter the completion date as printed, for example 29 November 2026 or 2026-11-29.',
  'verify.error.percent': 'Enter a percentage from 0 to 100, as printed.',
  'verify.error.minutes': 'Enter the active time in whole minutes, as printed.',
  'verify.error.required': 'Enter this field as printed.',
  'verify.hint.credentials':
    'As printed after the name and its comma, for example MD, PhD. Leave it empty if the certificate prints none.',
  'verify.none': '(none)',
  'verify.hint.date': 'As printed after “Completed on”, for example 29 November 2026 or 2026-11-29.',
  'verify.hint.id': 'For example PWC-7K3M-9QXR-2D4F.',
  'verify.hint.code': 'For example ABCD-EFGH-JKMN-PQRS: 16 letters and digits.',
  'verify.hint.percent': 'As printed, for example 85% or 87.5%.',
  'verify.hint.minutes': 'The number of minutes printed, for example 143.',
} as const;

export type CompletionUiKey = keyof typeof completionUi;

/** The completion-page string for `key`, with `{placeholders}` replaced from `values`. */
export function tc(key: CompletionUiKey, values: Record<string, string | number> = {}): string {
  return fill(completionUi[key], values);
}
