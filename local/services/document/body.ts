// The document's body (https://developers.google.com/apps-script/reference/document/body): its elements, the page
// set-up, and replaceText.

import type { BodyPort } from '../../../src/gas/ports';
import { GasError } from '../../world';
import { bodyText, type DocElement, type PageSetup } from '../document-model';
import { points } from './attributes';
import { LocalPageBreak } from './paragraph';
import { javaReplacement } from './replacement';
import { Container } from './tables';

export class LocalBody extends Container implements BodyPort {
  protected readonly kind = 'Body';

  protected children(): DocElement[] {
    return this.h.record.body;
  }

  appendPageBreak = (): LocalPageBreak => {
    this.h.edit('Body.appendPageBreak');
    this.children().push({ type: 'pageBreak' });
    return new LocalPageBreak();
  };

  private page(method: string, key: keyof PageSetup, value: number, what: string): LocalBody {
    this.h.edit(`Body.${method}`);
    const n = points(value, what);
    if ((key === 'width' || key === 'height') && n === 0) throw new GasError(`Invalid argument: ${what}`);
    this.h.record.page[key] = n;
    return this;
  }

  /** https://developers.google.com/apps-script/reference/document/body#setPageWidth(Number): points (A4 landscape: 842). */
  setPageWidth = (pageWidth: number) => this.page('setPageWidth', 'width', pageWidth, 'pageWidth');
  setPageHeight = (pageHeight: number) => this.page('setPageHeight', 'height', pageHeight, 'pageHeight');
  setMarginTop = (v: number) => this.page('setMarginTop', 'marginTop', v, 'marginTop');
  setMarginBottom = (v: number) => this.page('setMarginBottom', 'marginBottom', v, 'marginBottom');
  setMarginLeft = (v: number) => this.page('setMarginLeft', 'marginLeft', v, 'marginLeft');
  setMarginRight = (v: number) => this.page('setMarginRight', 'marginRight', v, 'marginRight');

  getPageWidth = (): number => {
    this.h.read('Body.getPageWidth');
    return this.h.record.page.width;
  };

  getPageHeight = (): number => {
    this.h.read('Body.getPageHeight');
    return this.h.record.page.height;
  };

  /** Every match in each paragraph, list item and table cell (a pattern never spans two of them). */
  replaceText = (searchPattern: string, replacement: string): LocalBody => {
    this.h.edit('Body.replaceText');
    let re: RegExp;
    try {
      re = new RegExp(String(searchPattern), 'g');
    } catch {
      throw new GasError(`Invalid argument: searchPattern`);
    }
    const replaceIn = (text: string): string => {
      let out = '';
      let last = 0;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        out += text.slice(last, m.index) + javaReplacement(String(replacement), m);
        last = m.index + m[0].length;
        if (m[0] === '') re.lastIndex += 1;
      }
      return out + text.slice(last);
    };
    const walk = (els: DocElement[]) => {
      for (const el of els) {
        if (el.type === 'table') for (const r of el.rows) for (const c of r.cells) walk(c.children);
        else if (el.type !== 'pageBreak') el.text = replaceIn(el.text);
      }
    };
    walk(this.children());
    return this;
  };

  getText = (): string => {
    this.h.read('Body.getText');
    return bodyText(this.children());
  };
}
