// Line breaking by measured width (pure: no pdf-lib). Chinese text breaks between any two characters;
// a Latin word, a number, an ID or an e-mail address stays whole unless it alone is wider than the line;
// closing punctuation never starts a line and opening punctuation never ends one; '\n' always breaks.

/** Width in points of the text at the font size. */
export type Measure = (text: string, size: number) => number;

/** Characters that stay together as one unbreakable word. */
const WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}'’\-_.,@/:#%&+=*~()[\]]/u;
/** Never at the start of a line (they cling to what precedes them). */
const NO_START = new Set([...'，。、；：？！）》」』】〕〉”’…—·%‰℃,.;:?!)]}']);
/** Never at the end of a line (they cling to what follows them). */
const NO_END = new Set([...'（《「『【〔〈“‘([{']);
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u3000';

/** Splits one line of text (no '\n') into unbreakable pieces; spaces are pieces of their own. */
export function tokenize(line: string): string[] {
  const tokens: string[] = [];
  let glueNext = false;
  for (const c of line) {
    const last = tokens.length - 1;
    const prev = tokens[last];
    if (isSpace(c)) {
      tokens.push(c);
      glueNext = false;
    } else if (prev !== undefined && (glueNext || NO_START.has(c) || (WORD.test(c) && WORD.test([...prev].pop()!))) && !isSpace(prev)) {
      tokens[last] = prev + c;
      glueNext = NO_END.has(c);
    } else {
      tokens.push(c);
      glueNext = NO_END.has(c);
    }
  }
  return tokens;
}

/** Cuts a piece wider than the line into the longest prefixes that fit (at least one character each). */
function cutToWidth(token: string, maxWidth: number, size: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const c of token) {
    if (piece && measure(piece + c, size) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += c;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** The lines of the text, each at most maxWidth wide (a single character wider than that stands alone). */
export function wrapText(text: string, maxWidth: number, size: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    let width = 0;
    let pendingSpace = '';
    const flush = () => {
      lines.push(line);
      line = '';
      width = 0;
      pendingSpace = '';
    };
    for (const token of tokenize(paragraph)) {
      if (isSpace(token)) {
        if (line) pendingSpace += token;
        continue;
      }
      const w = measure(token, size);
      const spaceW = pendingSpace ? measure(pendingSpace, size) : 0;
      if (line && width + spaceW + w <= maxWidth) {
        line += pendingSpace + token;
        width += spaceW + w;
        pendingSpace = '';
        continue;
      }
      if (line) flush();
      pendingSpace = '';
      if (w <= maxWidth) {
        line = token;
        width = w;
      } else {
        const pieces = cutToWidth(token, maxWidth, size, measure);
        for (const piece of pieces.slice(0, -1)) {
          line = piece;
          flush();
        }
        line = pieces[pieces.length - 1]!;
        width = measure(line, size);
      }
    }
    lines.push(line);
  }
  return lines;
}
