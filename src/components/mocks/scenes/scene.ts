/**
 * What every scene drawing (the components beside this file) reads from its scene: which details it lists, how
 * each is drawn, whether it is blurred, and the words it shows. SceneFrame draws the frame around a scene.
 */
import type { SceneMock } from '../../../schemas/scenario';

/** What a scene drawing is given: the scene, and the id prefix of the frame's shared definitions (blur, hatching). */
export interface SceneProps {
  mock: SceneMock;
  uid: string;
}

/** Whether the scene lists this detail (only listed details are drawn). */
export function isShown(mock: SceneMock, id: string): boolean {
  return mock.details.some((detail) => detail.id === id);
}

/** The frame's blur filter for a detail the scene says is blurred; undefined for any other. */
export function blurOf(mock: SceneMock, id: string, uid: string): string | undefined {
  return mock.details.find((detail) => detail.id === id)?.blurred === true ? `url(#${uid}-blur)` : undefined;
}

/** The words a detail shows in the picture: the first quoted text in its description, or its label. */
export function quoted(mock: SceneMock, id: string): string {
  const detail = mock.details.find((candidate) => candidate.id === id);
  return /"([^"]+)"/.exec(detail?.description ?? '')?.[1] ?? detail?.label ?? '';
}

/** Splits text into at most `maxLines` lines of about `width` characters (the last one shortened if need be). */
export function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1]!;
    kept[maxLines - 1] = last.length >= width ? `${last.slice(0, width - 1)}…` : `${last}…`;
    return kept;
  }
  return lines;
}
