import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/** Room left under the table body: the card's and the page's padding. */
const BOTTOM_GAP = 56;

/**
 * The height a virtual table's body should have so the table ends at the window's bottom edge, at any window
 * size (a fixed height left 13 of 25 rows above empty space at 1920×1080). Follows window resizes and whatever
 * above the table grows or shrinks (an alert, an open form).
 */
export function useFillHeight(box: RefObject<HTMLElement | null>, min: number): number {
  const [height, setHeight] = useState(min);

  const measure = () => {
    const el = box.current;
    if (!el) return;
    const body = el.querySelector('.ant-table-tbody-virtual, .ant-table-body, .ant-table-placeholder') ?? el;
    const top = body.getBoundingClientRect().top + window.scrollY;
    const next = Math.max(min, Math.floor(window.innerHeight - top - BOTTOM_GAP));
    setHeight((h) => (Math.abs(h - next) > 1 ? next : h));
  };

  useLayoutEffect(measure);
  useEffect(() => {
    window.addEventListener('resize', measure);
    const above = new ResizeObserver(measure);
    const main = box.current?.closest('main') ?? document.body;
    above.observe(main);
    return () => {
      window.removeEventListener('resize', measure);
      above.disconnect();
    };
  }, [min]); // measure reads the ref and min when called
  return height;
}
