/**
 * Who acts in the course's stories. The course serves an interprofessional society, so every profession must be
 * shown both doing right (a model) and getting it wrong; `npm run content:report` counts them and a test fails a
 * profession cast only one way.
 */
import { z } from 'astro/zod';

/** The professions (and roles) of the people in practice-card examples and scenarios, with their labels. */
export const PROFESSIONS = {
  surgeon: 'Spine surgeon',
  chiropractor: 'Chiropractor',
  'physical-therapist': 'Physical therapist',
  physiatrist: 'Physiatrist',
  researcher: 'Researcher',
  trainee: 'Trainee (student or resident)',
  staff: 'Practice staff',
} as const;

export type Profession = keyof typeof PROFESSIONS;

export const professionSchema = z.enum(Object.keys(PROFESSIONS) as [Profession, ...Profession[]]);

/** Someone in a scenario whose conduct the story shows: as the model to follow, or as the one who errs. */
export const castMemberSchema = z
  .object({
    /** Their profession or role. */
    profession: professionSchema,
    /** `model`: the story shows them doing right; `errs`: the story turns on their mistake. */
    part: z.enum(['model', 'errs']),
    /** Who they are in the story, e.g. "the attending who asks for the photo to come down". */
    who: z.string().min(3),
  })
  .strict();

export type CastMember = z.infer<typeof castMemberSchema>;
