// Line breaking by measured width (pure: no pdf-lib). Chinese text breaks between any two characters;
// a Latin word, a number, an ID or an e-mail address stays whole unless it alone is wider than the line;
// closing punctuation never starts a line and opening punctuation never ends one; '\n' always breaks.
// A token too wide for the line is cut by characters, optionally after '-', '.', ':' or '/' (CODE_BREAKS).

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

/** Where a code, host name or address reads best when it must break: after '-', '.', ':' or '/'. */
export const CODE_BREAKS = '-.:/';

/**
 * Cuts a piece wider than the line into the longest prefixes that fit (at least one character each). With
 * breakAfter, a prefix ends after the last of those characters in it, if any (after a whole run such as '::').
 */
function cutToWidth(token: string, maxWidth: number, size: number, measure: Measure, breakAfter = ''): string[] {
  const chars = [...token];
  const isBreak = (c: string | undefined) => c !== undefined && breakAfter.includes(c);
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start + 1;
    while (end < chars.length && measure(chars.slice(start, end + 1).join(''), size) <= maxWidth) end++;
    if (end < chars.length) {
      for (let k = end - 1; k > start; k--) {
        if (isBreak(chars[k]) && !isBreak(chars[k + 1])) {
          end = k + 1;
          break;
        }
      }
    }
    pieces.push(chars.slice(start, end).join(''));
    start = end;
  }
  return pieces;
}

export interface WrapOptions {
  /** Characters after which a token too wide for the line is preferably cut (CODE_BREAKS); default none. */
  breakAfter?: string;
}

/** The lines of the text, each at most maxWidth wide (a single character wider than that stands alone). */
export function wrapText(text: string, maxWidth: number, size: number, measure: Measure, options: WrapOptions = {}): string[] {
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
        const pieces = cutToWidth(token, maxWidth, size, measure, options.breakAfter);
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
