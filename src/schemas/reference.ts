import { z } from 'astro/zod';

export const referenceSchema = z
  .object({
    /** Stable slug used by `<Cite id>` and practice `sources`, e.g. `samtani-2023`. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use a lowercase slug such as "samtani-2023".'),
    /** Short label shown in running text, e.g. "Samtani et al., 2023". */
    short: z.string().min(2),
    /** Numbers of the work in the source paper's reference list; empty for the paper itself. */
    paperRefs: z.array(z.number().int().positive()),
    /** Authors as the citation gives them, when known. */
    authors: z.string().min(2).optional(),
    /** Year of publication, when known. */
    year: z.number().int().min(1900).max(2100).optional(),
    /** Title of the work, when known. */
    title: z.string().min(2).optional(),
    /** Journal or publisher, with volume and pages where known. */
    venue: z.string().min(2).optional(),
    /** What the work is and what the source paper (and so this course) draws from it. */
    summary: z.string().min(20),
    /** Digital Object Identifier without the resolver prefix, e.g. `10.1177/21925682211035716`. */
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'A DOI starts with "10." and has no resolver prefix.')
      .optional(),
    /** PubMed ID (digits only). */
    pmid: z
      .string()
      .regex(/^\d{5,9}$/, 'A PubMed ID is digits only.')
      .optional(),
    /** PubMed Central ID, e.g. `PMC10448086`. */
    pmcid: z
      .string()
      .regex(/^PMC\d+$/, 'A PMC ID looks like "PMC10448086".')
      .optional(),
  })
  .strict();

export type Reference = z.infer<typeof referenceSchema>;
