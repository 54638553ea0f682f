/**
 * The main window's size, position and maximized flag, kept between runs in the preferences store
 * (electron-store, created by main.ts: preferences only, never records). Plain Node: main.ts feeds
 * it the displays' work areas (screen.getAllDisplays()) and the window's bounds.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent: let the OS centre the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** What main.ts's electron-store instance provides (structurally; this file does not import it). */
export interface PreferencesStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export const WINDOW_STATE_KEY = 'windowState';
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
export const MIN_WINDOW_SIZE = { width: 960, height: 640 } as const;
const MAX_WINDOW_SIZE = 16384;

/** How much of the window's top strip (where the title bar is) must lie on a display to count as visible. */
const VISIBLE_STRIP = { width: 120, height: 40 } as const;

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** True when the window's title-bar strip is reachable on one of the displays' work areas. */
export function isReachable(bounds: Rect, workAreas: readonly Rect[]): boolean {
  const strip: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(bounds.height, VISIBLE_STRIP.height) };
  return workAreas.some((area) => {
    const o = overlap(strip, area);
    return o.width >= Math.min(VISIBLE_STRIP.width, bounds.width) && o.height >= Math.min(VISIBLE_STRIP.height, bounds.height);
  });
}

/**
 * Turns whatever the store holds (possibly nothing, possibly garbage from an older version or a
 * hand edit) into a usable state: sizes clamped to the minimum and to the largest display, and the
 * position dropped (OS centres the window) when it would put the window off every display, e.g.
 * after a second monitor was unplugged.
 */
export function restoreWindowState(saved: unknown, workAreas: readonly Rect[]): WindowState {
  const s = (saved && typeof saved === 'object' ? saved : {}) as Record<string, unknown>;
  const largest = workAreas.reduce<{ width: number; height: number }>(
    (m, a) => ({ width: Math.max(m.width, a.width), height: Math.max(m.height, a.height) }),
    { width: 0, height: 0 },
  );
  const maxW = largest.width > 0 ? Math.max(largest.width, MIN_WINDOW_SIZE.width) : MAX_WINDOW_SIZE;
  const maxH = largest.height > 0 ? Math.max(largest.height, MIN_WINDOW_SIZE.height) : MAX_WINDOW_SIZE;
  const clamp = (v: unknown, min: number, max: number, dflt: number) =>
    isFiniteNumber(v) ? Math.round(Math.min(Math.max(v, min), max)) : Math.min(dflt, max);

  const state: WindowState = {
    width: clamp(s.width, MIN_WINDOW_SIZE.width, maxW, DEFAULT_WINDOW_STATE.width),
    height: clamp(s.height, MIN_WINDOW_SIZE.height, maxH, DEFAULT_WINDOW_STATE.height),
    maximized: s.maximized === true,
  };
  if (isFiniteNumber(s.x) && isFiniteNumber(s.y)) {
    const bounds = { x: Math.round(s.x), y: Math.round(s.y), width: state.width, height: state.height };
    if (isReachable(bounds, workAreas)) {
      state.x = bounds.x;
      state.y = bounds.y;
    }
  }
  return state;
}

/** The state to save: the window's normal (un-maximized) bounds plus whether it is maximized. */
export function captureWindowState(normalBounds: Rect, maximized: boolean): WindowState {
  return {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.round(normalBounds.width),
    height: Math.round(normalBounds.height),
    maximized,
  };
}

export function loadWindowState(store: PreferencesStore, workAreas: readonly Rect[]): WindowState {
  let saved: unknown;
  try {
    saved = store.get(WINDOW_STATE_KEY);
  } catch {
    saved = undefined;
  }
  return restoreWindowState(saved, workAreas);
}

export function saveWindowState(store: PreferencesStore, state: WindowState): void {
  try {
    store.set(WINDOW_STATE_KEY, state);
  } catch {
    // A preference that cannot be written (read-only profile, full disk) must never stop the app.
  }
}
