/**
 * What an institution offering the course fills in. Edit this file, rebuild, and the About page shows it.
 * Left empty, the About page says plainly that no institution has added anything.
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
}

export const institution: InstitutionSettings = {
  organization: null,
  disclosures: [],
  commercialSupport: 'This activity received no commercial support.',
  passMark: 0.8,
};
