// Protections: who may edit which cells, and the warnings a warning-only protection leaves. They bind people,
// never the script.

import { contains, intersects, Rect, rectA1 } from '../a1';
import { SpreadsheetFile } from './file';
import type { SheetModel } from './sheet';
import type { EditCheck, ProtectionData } from './types';

export class SpreadsheetProtections extends SpreadsheetFile {
  /** A new protection as protect() makes it: no description, the file's editors, no exceptions. */
  addProtection(sheet: SheetModel, rect?: Rect): ProtectionData {
    const p: ProtectionData = {
      id: this.nextProtectionId++,
      type: rect ? 'RANGE' : 'SHEET',
      sheetId: sheet.id,
      ...(rect ? { rect: { ...rect } } : {}),
      description: '',
      editors: null,
      warningOnly: false,
      unprotected: [],
    };
    this.protections.push(p);
    return p;
  }

  editorsOf(p: ProtectionData): string[] {
    const list = p.editors ?? this.fileEditors();
    return list.includes(this.owner) ? list : [this.owner, ...list];
  }

  protectionCovers(p: ProtectionData, sheet: SheetModel, row: number, col: number): boolean {
    if (p.sheetId !== sheet.id) return false;
    if (p.type === 'RANGE') return !!p.rect && contains(p.rect, row, col);
    return !p.unprotected.some((u) => contains(u, row, col));
  }

  /** Whether `user` may edit every cell of `rect` given the protections (file access is checked elsewhere). */
  checkEdit(sheet: SheetModel, rect: Rect, user: string): EditCheck {
    const who = user.toLowerCase();
    const warnings: ProtectionData[] = [];
    for (const p of this.protections) {
      if (p.sheetId !== sheet.id) continue;
      if (p.type === 'RANGE' && p.rect && !intersects(p.rect, rect)) continue;
      let covers = false;
      for (let i = 0; i < rect.numRows && !covers; i++) {
        for (let j = 0; j < rect.numCols && !covers; j++)
          covers = this.protectionCovers(p, sheet, rect.row + i, rect.col + j);
      }
      if (!covers) continue;
      if (p.warningOnly) warnings.push(p);
      else if (!this.editorsOf(p).includes(who)) return { allowed: false, warnings };
    }
    return { allowed: true, warnings };
  }

  recordWarnings(check: EditCheck, sheet: SheetModel, rect: Rect, user: string): void {
    for (const p of check.warnings) {
      this.warnings.push({
        at: this.world.now(),
        user,
        sheetName: sheet.name,
        a1: rectA1(rect),
        description: p.description,
      });
    }
  }
}
