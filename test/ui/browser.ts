// Headless Chromium for the page tests (local/browser.ts), and what they measure in a page.
import type { Page } from 'playwright-core';

export { CHROMIUM_ARGS, chromiumPath, launchChromium } from '../../local/browser';

// Browser globals of the code that runs inside the page (page.evaluate): the Node tsconfig has no DOM library,
// which would clash with the Apps Script types.
declare const document: any;
declare function getComputedStyle(el: unknown): any;

/** WCAG contrast ratios of every visible text (and the progress bars' fill) against what is behind it. */
export function contrastFindings(page: Page): Promise<{ text: string; ratio: number; needed: number }[]> {
  return page.evaluate(() => {
    const rgb = (c: string): number[] | null => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      if (!m) return null;
      return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
    };
    const luminance = (c: number[]): number => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: number[], b: number[]): number => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const background = (el: any): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0) return c;
      }
      return [255, 255, 255, 1];
    };
    const out: { text: string; ratio: number; needed: number }[] = [];
    for (const el of Array.from(document.querySelectorAll('body *')) as any[]) {
      const own = Array.from(el.childNodes as ArrayLike<any>).some(
        (n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '',
      );
      const style = getComputedStyle(el);
      if (!own || el.offsetParent === null || el.disabled) continue;
      if (el.closest('.sr-only')) continue;
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      const large = size >= 24 || (bold && size >= 18.66);
      out.push({
        text: (el.textContent ?? '').trim().slice(0, 40),
        ratio: ratio(rgb(style.color)!, background(el)),
        needed: large ? 3 : 4.5,
      });
    }
    for (const fill of Array.from(document.querySelectorAll('.bar > span')) as any[]) {
      out.push({
        text: 'progress bar fill',
        ratio: ratio(background(fill), background(fill.parentElement.parentElement)),
        needed: 3,
      });
    }
    return out;
  });
}
