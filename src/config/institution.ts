/**
 * What an institution offering the course fills in. Edit this file and rebuild: the About page, the certificate
 * and the verify page use it. Left as it is, the course is the open course: no institution, no CME credit.
 */
export interface Disclosure {
  /** Name of the person (planner, author, reviewer). */
  name: string;
  /** Their role in the activity, e.g. "Course director". */
  role: string;
  /** Relevant financial relationships, or "None". */
  relationships: string;
}

export interface InstitutionSettings {
  /** Organization offering the course, or null for the open course. */
  organization: string | null;
  /** Disclosures of relevant financial relationships of everyone who controls content. */
  disclosures: Disclosure[];
  /** Statement on commercial support; shown only when an organization is set. */
  commercialSupport: string;
  /** Share of the final assessment's points needed to pass, from 0 to 1 (0.8 is 80%). */
  passMark: number;
  /** The activity's title as the certificate prints it. */
  activityTitle: string;
  /**
   * The credit statement printed on the certificate. The default claims no credit; only an accredited provider
   * that has approved this activity may replace it with its own designation statement.
   */
  creditStatement: string;
  /** Who signs the certificate (name and title printed under a signature line), or null for no signature line. */
  signatory: { name: string; title: string } | null;
  /** A logo printed at the top left of the certificate: the site path of a PNG or JPEG under `public/`, e.g. `/logo.png`. */
  logo: string | null;
  /** Paper size the certificate page offers first: `letter` (US Letter) or `a4`. Both are always available. */
  paper: 'letter' | 'a4';
  /**
   * The course's public address, e.g. `https://gme.example.edu/courses/social-media/`: the certificate's verify link
   * and QR code point there. Null: the address the learner used (the certificate page warns when that is this
   * computer or a private network, where the link would not work for anyone else).
   */
  siteUrl: string | null;
  /** Active minutes the learner must have before attesting, or null for no minimum. */
  minActiveMinutes: number | null;
  /** Whether completion also needs every theme module's knowledge check answered. */
  requireKnowledgeChecks: boolean;
}

export const institution: InstitutionSettings = {
  organization: null,
  disclosures: [],
  commercialSupport: 'This activity received no commercial support.',
  passMark: 0.8,
  activityTitle: 'Posting with Care: Social Media Best Practices for the Spine Care Professional',
  creditStatement:
    'Certificate of completion. This activity has not been reviewed by an accredited provider and awards no continuing medical education (CME) credit.',
  signatory: null,
  logo: null,
  paper: 'letter',
  siteUrl: null,
  minActiveMinutes: null,
  requireKnowledgeChecks: false,
};

/** The issuer printed on certificates: the organization, or the open course when there is none. */
export function issuerName(settings: InstitutionSettings = institution): string {
  return settings.organization ?? 'Posting with Care (open course, no issuing institution)';
}
