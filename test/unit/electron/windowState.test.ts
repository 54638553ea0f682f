import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, MIN_WINDOW_SIZE, isReachable, restoreWindowState } from '../../../electron/windowState';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('restoreWindowState', () => {
  it('uses the defaults when nothing (or garbage) was saved', () => {
    expect(restoreWindowState(undefined, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
    expect(restoreWindowState('x', [laptop])).toEqual(DEFAULT_WINDOW_STATE);
    expect(restoreWindowState({ width: 'big', x: Number.NaN, y: 3 }, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps a position that is on a display', () => {
    const s = restoreWindowState({ x: 2000, y: 100, width: 1400, height: 900, maximized: true }, [laptop, rightMonitor]);
    expect(s).toEqual({ x: 2000, y: 100, width: 1400, height: 900, maximized: true });
  });

  it('drops a position left over from an unplugged monitor', () => {
    const s = restoreWindowState({ x: 2000, y: 100, width: 1400, height: 900, maximized: false }, [laptop]);
    expect(s.x).toBeUndefined();
    expect(s.y).toBeUndefined();
    expect(s.width).toBe(1400);
  });

  it('drops a position whose title bar is above or beside every display', () => {
    expect(restoreWindowState({ x: 100, y: -600, width: 1200, height: 800 }, [laptop]).x).toBeUndefined();
    expect(restoreWindowState({ x: -1180, y: 10, width: 1200, height: 800 }, [laptop]).x).toBeUndefined();
  });

  it('clamps sizes to the minimum and to the largest display', () => {
    const s = restoreWindowState({ width: 100, height: 50 }, [laptop]);
    expect(s.width).toBe(MIN_WINDOW_SIZE.width);
    expect(s.height).toBe(MIN_WINDOW_SIZE.height);
    const big = restoreWindowState({ width: 9000, height: 9000 }, [laptop]);
    expect(big.width).toBe(1920);
    expect(big.height).toBe(1040);
  });
});

describe('isReachable', () => {
  it('needs a grabbable strip of the title bar on some display', () => {
    expect(isReachable({ x: 10, y: 10, width: 800, height: 600 }, [laptop])).toBe(true);
    expect(isReachable({ x: 1900, y: 10, width: 800, height: 600 }, [laptop])).toBe(false); // only 20 px visible
    expect(isReachable({ x: 1900, y: 10, width: 800, height: 600 }, [laptop, rightMonitor])).toBe(true);
    expect(isReachable({ x: 10, y: 10, width: 800, height: 600 }, [])).toBe(false);
  });
});
