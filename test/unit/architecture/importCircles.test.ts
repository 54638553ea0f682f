// No module imports itself through others (issue "Every room imports only downward": electron/filing had
// pdfs/common ↔ records ↔ pdfs/customerSpaceRegister). Type-only imports count: a circle of types is still two
// rooms that each need the other.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCircles, importGraph } from '../../support/importGraph';

const root = path.resolve(__dirname, '../../..');

describe('import circles', () => {
  it('shared/, electron/ and renderer/ have none', () => {
    const graph = importGraph(root, ['shared', 'electron', 'renderer']);
    expect(graph.size).toBeGreaterThan(300);
    expect(importCircles(graph)).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(importCircles(graph)).toEqual([['a', 'b', 'c']]);
  });
});
