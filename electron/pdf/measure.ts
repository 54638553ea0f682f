// Text width in points from the faces' advance widths (the same advances the embedded subsets keep).
import { faceIndexFor } from './coverage';
import type { Face } from './fonts';
import type { Measure } from './text';

export function createMeasure(faces: readonly Face[]): Measure {
  const perEm = new Map<number, number>();
  const advance = (cp: number): number => {
    let w = perEm.get(cp);
    if (w === undefined) {
      const face = faces[Math.max(0, faceIndexFor(faces, cp))]!;
      w = face.font.glyphForCodePoint(cp).advanceWidth / face.font.unitsPerEm;
      perEm.set(cp, w);
    }
    return w;
  };
  return (text, size) => {
    let em = 0;
    for (const char of text) em += advance(char.codePointAt(0)!);
    return em * size;
  };
}
