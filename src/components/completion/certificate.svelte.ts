/**
 * The certificate page's state: live progress, the completion steps, the attestation, and generating, keeping
 * and downloading certificates. Rune state only; the component renders it.
 */
import { describeAnswers } from '../../content/evaluation';
import { activeMinutes } from '../../lib/activity';
import {
  CertificateInputError,
  checkCredentials,
  checkName,
  type CredentialsProblem,
  type NameProblem,
} from '../../lib/certificate/name';
import { createCompletionFile, newCertificateId, type CompletionFile } from '../../lib/certificate/record';
import {
  completionSteps,
  isComplete,
  readyToAttest,
  type CompletionLinks,
  type CompletionRules,
  type CompletionStep,
  type CourseOutline,
} from '../../lib/completion';
import { certificateFileName, completionContent } from '../../lib/completion/issue';
import type { CourseStore, ProgressSnapshot } from '../../lib/storage';
import { isPrivateHost } from '../../lib/url';
import { downloadBytes } from '../client/download';
import { reportProblem, watchProgress } from '../client/progress-client';

/** What the institution settings give the certificate. */
export interface CertificateSettings {
  activityTitle: string;
  issuer: string;
  creditStatement: string;
  signatory: { name: string; title: string } | null;
  logo: string | null;
  paper: 'letter' | 'a4';
  /** The course's public address for the verify link, or null for the address the learner used. */
  siteUrl: string | null;
}

/** Why a typed field cannot be printed, and the offending characters. */
export interface FieldRefusal<Reason extends NameProblem = NameProblem> {
  reason: Reason;
  characters: string[];
}

/**
 * Why the page shows a problem: the name or credentials cannot be printed (shown at each field), an attestation
 * not saved, or a general failure.
 */
export type GenerateProblem =
  | { kind: 'fields'; name: FieldRefusal | null; credentials: FieldRefusal<CredentialsProblem> | null }
  | { kind: 'load' | 'storage' | 'incomplete' | 'failed' | 'attest' };

export class CertificateSession {
  snapshot = $state<ProgressSnapshot | null>(null);
  unavailable = $state(false);
  name = $state('');
  /** Credentials to print after the name, as typed; '' for none. */
  credentials = $state('');
  /** Whether the evaluation answers go into the record; off by default, as evaluations are normally anonymous. */
  shareEvaluation = $state(false);
  paper = $state<'letter' | 'a4'>('letter');
  working = $state(false);
  problem = $state<GenerateProblem | null>(null);
  /** What storage said when a save failed (shown with the problem), or null. */
  problemText = $state<string | null>(null);
  /** The certificate generated in this visit, once done. */
  issued = $state<{ id: string; code: string; fileName: string; kept: boolean } | null>(null);
  #pdf: Uint8Array | null = null;

  /** The learner's store, once open. */
  store = $state<CourseStore | null>(null);
  #nameLoaded = false;

  constructor(
    readonly outline: CourseOutline,
    readonly links: CompletionLinks,
    readonly settings: CertificateSettings,
    readonly citation: string,
    readonly statement: string,
    readonly rules: CompletionRules,
  ) {
    this.paper = settings.paper;
  }

  steps: CompletionStep[] = $derived.by(() =>
    this.snapshot ? completionSteps(this.snapshot, this.outline, this.links, this.rules) : [],
  );
  complete = $derived(this.steps.length > 0 && isComplete(this.steps));
  canAttest = $derived(this.steps.length > 0 && readyToAttest(this.steps));
  minutes = $derived(activeMinutes(this.snapshot?.activeTime.total ?? 0));

  /** Starts watching progress; returns the function that stops it. */
  watch(): () => void {
    return watchProgress(
      (snapshot, store) => {
        this.snapshot = snapshot;
        this.store = store;
        // The name last printed on a certificate, else the profile's name.
        if (!this.#nameLoaded) {
          this.#nameLoaded = true;
          this.name ||= snapshot.certificates[0]?.learnerName ?? snapshot.learnerName;
        }
      },
      () => (this.unavailable = true),
    );
  }

  /** Active minutes the learner attested to, or null without an attestation. */
  attestedMinutes = $derived(this.snapshot?.attestation?.activeMinutes ?? null);

  /** Gives or withdraws the attestation. Returns whether it was saved. */
  async attest(checked: boolean): Promise<boolean> {
    if (this.problem?.kind === 'attest') this.problem = null;
    try {
      if (!this.store) throw new Error('Storage is not open.');
      await this.store.completion.setAttestation(
        checked ? { statement: this.statement, activeMinutes: this.minutes } : null,
      );
      return true;
    } catch (error) {
      this.problemText = reportProblem(error);
      this.problem = { kind: 'attest' };
      return false;
    }
  }

  /** Checks the name and credentials, makes the PDF, keeps it and downloads it. Returns whether one was made. */
  async generate(): Promise<boolean> {
    if (this.working) return false;
    this.problem = null;
    const check = checkName(this.name);
    const credentialsCheck = checkCredentials(this.credentials);
    if (!check.ok || !credentialsCheck.ok) {
      this.problem = {
        kind: 'fields',
        name: check.ok ? null : { reason: check.reason, characters: check.characters },
        credentials: credentialsCheck.ok
          ? null
          : { reason: credentialsCheck.reason, characters: credentialsCheck.characters },
      };
      return false;
    }
    const store = this.store;
    const snapshot = this.snapshot;
    if (!store || !snapshot || !this.complete) {
      this.problem = { kind: 'incomplete' };
      return false;
    }
    this.working = true;
    try {
      const [attempts, evaluation, attestation, pretest] = await Promise.all([
        store.assessment.attempts(),
        store.completion.getEvaluation(),
        store.completion.getAttestation(),
        store.pretest.get(),
      ]).catch((error: unknown) => {
        this.problem = { kind: 'storage' };
        throw error;
      });
      if (!evaluation?.submittedAnswers || !attestation) {
        this.problem = { kind: 'incomplete' };
        return false;
      }
      const content = completionContent({
        certificateId: newCertificateId(),
        learnerName: check.name,
        credentials: credentialsCheck.credentials,
        issuedAt: new Date(),
        settings: this.settings,
        outline: this.outline,
        progress: snapshot,
        attempts,
        evaluation,
        evaluationAnswers: describeAnswers(evaluation.submittedAnswers),
        shareEvaluation: this.shareEvaluation,
        attestation,
        pretest,
      });
      const file = await createCompletionFile(content.record, content.details);
      const pdf = await this.#makePdf(file);
      if (!pdf) return false;
      const fileName = certificateFileName(file.record.certificateId);
      const kept = await store.certificates
        .save({
          id: file.record.certificateId,
          issuedAt: file.details.issuedAt,
          learnerName: file.record.learnerName,
          paper: this.paper,
          verificationCode: file.verificationCode,
          completionJson: JSON.stringify(file),
          fileName,
          pdf,
        })
        .then(
          () => true,
          (error: unknown) => {
            this.problemText = reportProblem(error);
            return false;
          },
        );
      this.name = check.name;
      this.credentials = credentialsCheck.credentials;
      downloadBytes(pdf, fileName);
      this.#pdf = pdf;
      this.issued = { id: file.record.certificateId, code: file.verificationCode, fileName, kept };
      return true;
    } catch (error) {
      console.error('Posting with Care: certificate not generated.', error);
      this.problem ??= { kind: 'failed' };
      return false;
    } finally {
      this.working = false;
    }
  }

  async #makePdf(file: CompletionFile): Promise<Uint8Array | null> {
    let generator: typeof import('./generate');
    try {
      generator = await import('./generate');
    } catch {
      this.problem = { kind: 'load' };
      return null;
    }
    try {
      return await generator.generateCertificate(
        file,
        {
          paper: this.paper,
          verifyUrl: this.verifyUrl,
          citation: this.citation,
          signatory: this.settings.signatory,
        },
        this.settings.logo,
      );
    } catch (error) {
      if (error instanceof CertificateInputError) {
        const { field, reason, characters } = error;
        this.problem =
          field === 'credentials' && reason !== 'empty'
            ? { kind: 'fields', name: null, credentials: { reason, characters } }
            : { kind: 'fields', name: { reason, characters }, credentials: null };
        return null;
      }
      if (error instanceof generator.AssetLoadError) this.problem = { kind: 'load' };
      throw error;
    }
  }

  /** The verify page's address printed on the certificate: the configured public address, else the one in use. */
  get verifyUrl(): string {
    return this.settings.siteUrl
      ? new URL('verify/', this.settings.siteUrl.replace(/\/?$/, '/')).href
      : new URL(this.links.verify, location.href).href;
  }

  /** When the verify link would work only on this computer or network: the host to name in a warning, else null. */
  get localOnlyHost(): string | null {
    const { hostname, protocol } = new URL(this.verifyUrl);
    return protocol === 'file:' || isPrivateHost(hostname) ? hostname || 'this computer' : null;
  }

  /** Downloads the certificate just made again (it is in memory even if this browser could not keep it). */
  downloadIssued(): void {
    if (this.issued && this.#pdf) downloadBytes(this.#pdf, this.issued.fileName);
  }
}
