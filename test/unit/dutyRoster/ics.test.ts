import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsLocal, icsUtcStamp, slotUid } from '../../../shared/dutyRoster';

const unfold = (s: string) => s.replace(/\r\n /g, '');
const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('.ics line folding (RFC 5545 3.1) at its boundaries', () => {
  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    const x75 = 'X'.repeat(75);
    expect(foldLine(x75)).toBe(x75);
    expect(foldLine(`${x75}Y`)).toBe(`${x75}\r\n Y`);
  });

  it('moves a Chinese character that would cross octet 75 to the next line whole', () => {
    // 74 ASCII octets + a 3-octet character = 77: the character starts the continuation.
    const line = `${'A'.repeat(74)}值班`;
    const folded = foldLine(line);
    expect(folded).toBe(`${'A'.repeat(74)}\r\n 值班`);
    for (const l of folded.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
  });

  it('keeps every physical line within 75 octets for long mixed text, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'值班人员：欧阳林值班😀，'.repeat(20)}end`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(5);
    for (const l of physical) expect(octets(l)).toBeLessThanOrEqual(75);
    // A continuation line is full unless the next character would not fit (at most 3 octets short).
    for (const l of physical.slice(0, -1)) expect(octets(l)).toBeGreaterThanOrEqual(72);
    expect(unfold(folded)).toBe(line);
  });
});

describe('.ics values', () => {
  it('escapes backslash, semicolon, comma and newlines in TEXT', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
  it('writes Beijing wall-clock times for TZID, and DTSTAMP in UTC', () => {
    expect(icsLocal('2026-12-31 16:00')).toBe('20261231T160000');
    expect(icsLocal('2027-01-01 00:00')).toBe('20270101T000000');
    expect(icsUtcStamp(new Date('2026-11-20T04:05:06.789Z'))).toBe('20261120T040506Z');
  });
  it('gives a slot the same UID whoever holds it', () => {
    expect(slotUid('2026-12-05', 'early', 'x.beian-desk')).toBe('duty-20261205-early@x.beian-desk');
  });
});
