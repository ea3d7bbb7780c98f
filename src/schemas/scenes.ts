/**
 * What the drawn scenes (src/components/mocks/SceneFrame.svelte and its parts in src/components/mocks/scenes/) can
 * draw: the details of each scene and the ways a backdrop or a detail can look. Plain data with no dependencies, so the drawing can read it without loading the
 * schema library; src/schemas/mock.ts validates mocks against it.
 */
import type { SceneMock } from './mock';

/** The drawn scenes, and the details each can show. */
export const SCENE_DETAILS = {
  'operating-room': ['wristband', 'tattoo', 'monitor', 'whiteboard', 'drape'],
  'clinic-livestream': ['schedule-screen', 'patient-in-background', 'chart', 'presenter'],
  'treatment-video': ['caption', 'sound', 'framing', 'table'],
  'front-desk': ['sticky-note', 'screen', 'sign-in-sheet'],
} as const;

export type SceneName = keyof typeof SCENE_DETAILS;

/**
 * The versions of each scene's backdrop: who and what is in the picture besides its numbered details. The first is
 * drawn when a scene names none.
 */
export const SCENE_VARIANTS = {
  'operating-room': [
    /** The patient lies prone under drapes, an arm on the arm board in the foreground; no staff in the picture. */
    'patient-on-table',
    /** The team poses in scrubs, caps and masks beside the table, where the patient lies prone under drapes. */
    'team-with-patient',
    /** The team poses beside an empty table after room turnover; an instrument counter is in the foreground. */
    'team-after-turnover',
  ],
  'clinic-livestream': [
    /** A clinic room seen by a phone camera before going live: the presenter in front, the room behind. */
    'camera-preview',
  ],
  'treatment-video': [
    /** A surgeon explains an operation on a plastic spine model. */
    'spine-model-talk',
    /** A fitness model in workout clothing lies on an adjusting table, filmed from a low angle. */
    'fitness-model',
    /** A colleague lies on their side on the table for a side-posture lumbar manipulation. */
    'side-posture',
    /** A colleague lies on their back while the clinician's hands hold the head and neck. */
    'neck-demonstration',
  ],
  'front-desk': [
    /** The desk as a photo shows it: monitor, counter, clipboard. */
    'desk',
    /** The counter as a phone propped on it films it, framed by the camera's recording view. */
    'phone-camera-frame',
  ],
} as const satisfies Record<SceneName, readonly string[]>;

/**
 * The ways a detail can be drawn, per scene and detail, when there is more than one; the first is drawn when a
 * detail names none. Details not listed here are drawn one way.
 */
export const SCENE_DETAIL_VARIANTS: Partial<Record<SceneName, Record<string, readonly string[]>>> = {
  'operating-room': {
    /** Around the wrist on the arm board, or cut off and lying on the instrument counter. */
    wristband: ['on-wrist', 'on-counter'],
    /** A large tattoo covering the forearm, or a compass tattoo on the upper arm. */
    tattoo: ['forearm', 'compass-upper-arm'],
    /** Showing vital signs under a header line, or switched off (a dark screen). */
    monitor: ['vital-signs', 'switched-off'],
    /** Date, room and procedure; a list of the day's cases; or a checklist with ticks. */
    whiteboard: ['case-details', 'case-list', 'checklist'],
  },
  'clinic-livestream': {
    /** On an exercise mat at the far end of the room with a clinician, or through an open doorway on a table. */
    'patient-in-background': ['exercise-mat', 'open-doorway'],
    /** A tablet on the treatment table beside the presenter, or a printed anatomy chart hanging on the wall. */
    chart: ['tablet-on-table', 'wall-chart'],
  },
  'treatment-video': {
    /** Added music and a whoosh effect, or an amplified joint sound with a bass effect. */
    sound: ['music-and-whoosh', 'amplified-pop'],
    /** Cut down to a few seconds, slowed down in close-up, or an ordinary side view at table height. */
    framing: ['clip-cut-short', 'slow-motion-close-up', 'side-view'],
  },
  'front-desk': {
    /** On the monitor with a password written on it, or on the counter with a reminder. */
    'sticky-note': ['password-on-monitor', 'reminder-on-counter'],
    /** A social account signed in with its inbox open, today's schedule, or the account's security settings. */
    screen: ['account-inbox', 'schedule', 'account-settings'],
    /** Names on the sheet in view, or the sheet under a privacy cover. */
    'sign-in-sheet': ['names-visible', 'privacy-cover'],
  },
};

/** The variant a scene's backdrop or detail is drawn as: the one it names, or the first there is. */
export function sceneVariant(scene: SceneMock): string;
export function sceneVariant(scene: SceneMock, detailId: string): string | undefined;
export function sceneVariant(scene: SceneMock, detailId?: string): string | undefined {
  if (detailId === undefined) return scene.variant ?? SCENE_VARIANTS[scene.scene][0];
  const detail = scene.details.find((candidate) => candidate.id === detailId);
  return detail?.variant ?? SCENE_DETAIL_VARIANTS[scene.scene]?.[detailId]?.[0];
}
