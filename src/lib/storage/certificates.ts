/** Certificates the learner generated, with their PDFs. */
import { read, write, type StoreContext } from './context';
import { COMPLETION_VERSION, type CertificatePdfRecord, type CertificateRecord } from './records';

/** A certificate to keep: its record and its PDF. */
export type NewCertificate = Omit<CertificateRecord, 'learnerId' | 'recordVersion'> &
  Pick<CertificatePdfRecord, 'pdf' | 'completionJson'>;

/** A kept certificate with its file. */
export type KeptCertificate = CertificateRecord & Pick<CertificatePdfRecord, 'pdf' | 'completionJson'>;

export class CertificateRecords {
  constructor(private readonly context: StoreContext) {}

  /** Keeps a generated certificate and its PDF. */
  save(certificate: NewCertificate): Promise<void> {
    const { pdf, completionJson, ...record } = certificate;
    const { db, learnerId } = this.context;
    return write(this.context, 'keep your certificate', [db.certificates, db.certificatePdfs], async () => {
      await db.certificates.add({ ...record, learnerId, recordVersion: COMPLETION_VERSION });
      await db.certificatePdfs.add({
        id: record.id,
        learnerId,
        pdf,
        completionJson,
        recordVersion: COMPLETION_VERSION,
      });
    });
  }

  /** A kept certificate with its PDF, or null if there is none with that ID for this learner. */
  get(id: string): Promise<KeptCertificate | null> {
    const { db, learnerId } = this.context;
    return read(this.context, 'read your certificate', () =>
      db.transaction('r', db.certificates, db.certificatePdfs, async () => {
        const record = await db.certificates.get(id);
        const file = await db.certificatePdfs.get(id);
        if (!record || !file || record.learnerId !== learnerId) return null;
        return { ...record, pdf: file.pdf, completionJson: file.completionJson };
      }),
    );
  }

  /** Every kept certificate of this learner with its PDF, newest first. */
  all(): Promise<KeptCertificate[]> {
    const { db, learnerId } = this.context;
    return read(this.context, 'read your certificates', () =>
      db.transaction('r', db.certificates, db.certificatePdfs, async () => {
        const records = await db.certificates.where({ learnerId }).toArray();
        const files = new Map((await db.certificatePdfs.where({ learnerId }).toArray()).map((file) => [file.id, file]));
        return records
          .filter((record) => files.has(record.id))
          .map((record) => ({
            ...record,
            pdf: files.get(record.id)!.pdf,
            completionJson: files.get(record.id)!.completionJson,
          }))
          .sort((a, b) => b.issuedAt.localeCompare(a.issuedAt));
      }),
    );
  }
}
