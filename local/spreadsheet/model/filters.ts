// A sheet's basic filter applied: the rows its criteria hide.

import type { Rect } from '../a1';
import { conditionHolds } from './rules';
import type { SheetModel } from './sheet';
import { SpreadsheetStructure } from './structure';
import type { FilterCriteria } from './types';

export class SpreadsheetFilters extends SpreadsheetStructure {
  /** Rows of `range` below its header that `criteria` hide, judged on the cells' current values. */
  rowsFailing(sheet: SheetModel, range: Rect, criteria: Record<number, FilterCriteria>): number[] {
    const ev = this.evaluator();
    const out: number[] = [];
    for (let r = range.row + 1; r < range.row + range.numRows; r++) {
      for (const [c, crit] of Object.entries(criteria)) {
        const col = Number(c);
        const v = ev(sheet, r, col);
        const shown = this.displayOf(v, sheet.get(r, col)?.nf);
        if (
          crit.hiddenValues?.includes(shown) ||
          (crit.condition && !conditionHolds(crit.condition, v, shown))
        ) {
          out.push(r);
          break;
        }
      }
    }
    return out;
  }

  /** Re-applies a sheet's filter criteria (Sheets does so when the filter changes or sorts, not on every edit). */
  refilter(sheet: SheetModel): void {
    if (sheet.filter)
      sheet.filter.hiddenRows = this.rowsFailing(sheet, sheet.filter.range, sheet.filter.criteria);
  }
}
