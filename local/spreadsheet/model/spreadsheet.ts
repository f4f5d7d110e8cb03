// SpreadsheetModel, the file the services and people share: its layers, one file each, are file.ts (its tabs),
// protection.ts, values.ts, structure.ts and filters.ts; here, saving it to JSON and loading it back.

import type { World } from '../../world';
import type { Rect } from '../a1';
import { cloneFilter } from './cell';
import { SpreadsheetFilters } from './filters';
import { SheetModel } from './sheet';
import type { FilterViewData, ProtectionData } from './types';

/** One spreadsheet file. */
export class SpreadsheetModel extends SpreadsheetFilters {
  toJSON(): unknown {
    return {
      id: this.id,
      name: this.name,
      locale: this.locale,
      timeZone: this.timeZone,
      createdBy: this.createdBy,
      nextSheetId: this.nextSheetId,
      nextProtectionId: this.nextProtectionId,
      nextObjectId: this.nextObjectId,
      sheets: this.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        maxRows: s.maxRows,
        maxCols: s.maxCols,
        hidden: s.hidden,
        tabColor: s.tabColor,
        frozenRows: s.frozenRows,
        frozenCols: s.frozenCols,
        widths: Object.fromEntries(s.widths),
        heights: Object.fromEntries(s.heights),
        hiddenRows: [...s.hiddenRows],
        hiddenCols: [...s.hiddenCols],
        merges: s.merges,
        filter: s.filter,
        ...(s.formId ? { formId: s.formId } : {}),
        cells: [...s.entries()].map(([r, c, cell]) => [r, c, cell]),
      })),
      protections: this.protections,
      toasts: this.toasts,
      warnings: this.warnings,
      filterViews: this.filterViews,
      comments: this.comments,
    };
  }

  /**
   * What the spreadsheet service's write cache can hold of this file now — its name, locale and time zone, and each
   * tab's cells and properties — and what puts it back. Tabs keep their identity (a person's open session holds
   * them); a tab added or removed meanwhile, protections, filter views and comments are not the cache's and stay as
   * they are.
   */
  checkpoint(): () => void {
    const { name, locale, timeZone } = this;
    const tabs = this.sheets.map((s) => ({ tab: s, putBack: s.checkpoint() }));
    return () => {
      this.name = name;
      this.locale = locale;
      this.timeZone = timeZone;
      for (const { tab, putBack } of tabs) if (this.sheets.includes(tab)) putBack();
    };
  }

  static fromJSON(world: World, json: any): SpreadsheetModel {
    const m = new SpreadsheetModel(world, json.id, json.name, json.locale, json.timeZone, json.createdBy);
    m.nextSheetId = json.nextSheetId;
    m.nextProtectionId = json.nextProtectionId;
    for (const s of json.sheets) {
      const sheet = new SheetModel(s.id, s.name, s.maxRows, s.maxCols);
      sheet.hidden = s.hidden;
      sheet.tabColor = s.tabColor;
      sheet.frozenRows = s.frozenRows;
      sheet.frozenCols = s.frozenCols;
      for (const [c, w] of Object.entries(s.widths ?? {})) sheet.widths.set(Number(c), w as number);
      for (const [r, h] of Object.entries(s.heights ?? {})) sheet.heights.set(Number(r), h as number);
      for (const r of s.hiddenRows ?? []) sheet.hiddenRows.add(r);
      for (const c of s.hiddenCols ?? []) sheet.hiddenCols.add(c);
      sheet.merges = (s.merges ?? []).map((m: Rect) => ({ ...m }));
      sheet.filter = s.filter ? cloneFilter(s.filter) : null;
      if (s.formId) sheet.formId = s.formId;
      for (const [r, c, cell] of s.cells) sheet.put(r, c, { ...cell });
      m.sheets.push(sheet);
    }
    m.protections = (json.protections ?? []).map((p: ProtectionData) => ({
      ...p,
      unprotected: [...p.unprotected],
    }));
    m.toasts = [...(json.toasts ?? [])];
    m.warnings = [...(json.warnings ?? [])];
    m.filterViews = JSON.parse(JSON.stringify(json.filterViews ?? [])) as FilterViewData[];
    m.comments = [...(json.comments ?? [])];
    m.nextObjectId = json.nextObjectId ?? 1;
    return m;
  }
}
