// Which face draws each character, and which characters no face has (reported before export).
import type { Face } from './fonts';

export interface TextField {
  /** Which record, in words the user knows, e.g. "人员：张𠮷". */
  record: string;
  /** Which field of it, e.g. "姓名". */
  field: string;
  text: string;
}

export interface MissingCharacter {
  record: string;
  field: string;
  char: string;
  /** e.g. "U+20BB7" */
  codePoint: string;
}

/** Control characters (newline, tab) are layout, not glyphs. */
const isControl = (cp: number) => cp < 0x20 || (cp >= 0x7f && cp < 0xa0);

/** Index of the first face with a glyph for the code point, -1 when none has one. */
export function faceIndexFor(faces: readonly Face[], codePoint: number): number {
  return faces.findIndex((face) => face.font.hasGlyphForCodePoint(codePoint));
}

export const formatCodePoint = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every character of every field that no face can draw, once per field, in text order. */
export function findMissingCharacters(faces: readonly Face[], texts: readonly TextField[]): MissingCharacter[] {
  const missing: MissingCharacter[] = [];
  for (const { record, field, text } of texts) {
    const seen = new Set<number>();
    for (const char of text) {
      const cp = char.codePointAt(0)!;
      if (isControl(cp) || seen.has(cp)) continue;
      seen.add(cp);
      if (faceIndexFor(faces, cp) < 0) missing.push({ record, field, char, codePoint: formatCodePoint(cp) });
    }
  }
  return missing;
}

export interface Run {
  /** Index into faces. A character no face has goes to face 0 (drawn as its .notdef box). */
  face: number;
  text: string;
}

/** The text cut into runs of one face each (a rare character in a name switches to the fallback). */
export function splitRuns(faces: readonly Face[], text: string): Run[] {
  const runs: Run[] = [];
  for (const char of text) {
    const face = Math.max(0, faceIndexFor(faces, char.codePointAt(0)!));
    const last = runs[runs.length - 1];
    if (last && last.face === face) last.text += char;
    else runs.push({ face, text: char });
  }
  return runs;
}
