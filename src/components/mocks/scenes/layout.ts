/**
 * Where things sit in the drawn scenes, for the drawings and for the numbered markers SceneFrame puts on them: the
 * operating table's shift, the front desk's monitor and sticky note, and each detail's marker.
 */
import type { SceneMock } from '../../../schemas/scenario';
import { sceneVariant } from '../../../schemas/scenes';

/** How far the operating table moves left when no team stands beside it. */
export const TABLE_SHIFT = -90;

/** The front desk's monitor and sticky note, as its backdrop places them. */
export function frontDeskLayout(backdrop: string) {
  /** The monitor: where it stands, and how much its screen drawing (220 x 116) is scaled. */
  const monitor =
    backdrop === 'phone-camera-frame'
      ? { x: 36, y: 104, w: 152, h: 86, k: 0.636 }
      : { x: 60, y: 20, w: 236, h: 136, k: 1 };
  return {
    monitor,
    /** A sticky note (64 x 58 before scaling) stuck on the monitor's top-right corner, hanging past its edge. */
    noteOnMonitor: {
      x: monitor.x + monitor.w - 20 * monitor.k,
      y: monitor.y + 8 * monitor.k,
      k: monitor.k,
    },
    /** A sticky note lying on the counter, near the camera when a phone films the counter. */
    noteOnCounter:
      backdrop === 'phone-camera-frame'
        ? { x: 170, y: 226, w: 118, h: 64, size: 11 }
        : { x: 8, y: 188, w: 90, h: 44, size: 8.5 },
  };
}

/** Where the numbered marker of a detail sits, by scene, backdrop and the detail's own variant. */
export function markerAt(mock: SceneMock, id: string): [number, number] | undefined {
  const backdrop = sceneVariant(mock);
  const look = (detailId: string) => sceneVariant(mock, detailId);
  const tableShift = backdrop === 'patient-on-table' ? TABLE_SHIFT : 0;
  switch (mock.scene) {
    case 'operating-room':
      return (
        {
          whiteboard: [214, 16],
          monitor: [370, 22],
          drape: backdrop === 'team-after-turnover' ? [326, 156] : [326 + tableShift, 134],
          tattoo: [(look('tattoo') === 'compass-upper-arm' ? 352 : 398) + tableShift, 212],
          wristband: look('wristband') === 'on-counter' ? [436, 196] : [442 + tableShift, 208],
        } as Record<string, [number, number]>
      )[id];
    case 'clinic-livestream':
      return (
        {
          presenter: [270, 70],
          'schedule-screen': [42, 70],
          'patient-in-background': look('patient-in-background') === 'open-doorway' ? [452, 70] : [410, 180],
          chart: look('chart') === 'wall-chart' ? [338, 40] : [286, 210],
        } as Record<string, [number, number]>
      )[id];
    case 'treatment-video':
      return (
        {
          caption: [18, 36],
          sound: [404, 14],
          framing:
            look('framing') === 'clip-cut-short'
              ? [232, 256]
              : look('framing') === 'slow-motion-close-up'
                ? [148, 107]
                : [30, 160],
          table: [244, 226],
        } as Record<string, [number, number]>
      )[id];
    case 'front-desk': {
      const camera = backdrop === 'phone-camera-frame';
      const note = look('sticky-note') === 'reminder-on-counter';
      const { noteOnCounter, noteOnMonitor } = frontDeskLayout(backdrop);
      return (
        {
          screen: camera ? [34, 102] : [58, 20],
          'sticky-note': note
            ? [noteOnCounter.x + noteOnCounter.w, noteOnCounter.y]
            : [noteOnMonitor.x + 62 * noteOnMonitor.k, noteOnMonitor.y],
          'sign-in-sheet': camera ? [462, 204] : [446, 170],
        } as Record<string, [number, number]>
      )[id];
    }
  }
}
