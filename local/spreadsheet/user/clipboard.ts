// The clipboard: Ctrl+C, Ctrl+X and Ctrl+V or Paste special, within a file or across files.

import { World } from '../../world';
import { intersects, Rect } from '../a1';
import { BLANK, FError, FValue, moveRefsInFormula, offsetFormula } from '../formula';
import { Scope } from '../history';
import { Cell, cloneCell, formatOf, SheetModel } from '../model';
import { UserCells } from './cells';
import { within } from './core';
import { Edit, EditOutcome, PasteMode } from './types';

/** What Ctrl+C / Ctrl+X put on this person's clipboard. */
interface Clipboard {
  fileId: string;
  sheetId: number;
  rect: Rect;
  cut: boolean;
  /** For a copy, the cells and their values as they were when copied. */
  cells: (Cell | undefined)[][];
  values: FValue[][];
  merges: Rect[];
}

/** The clipboard is the person's, across files and tabs of the same browser. */
const clipboards = new WeakMap<World, Map<string, Clipboard>>();

export class UserClipboard extends UserCells {
  /** Ctrl+C: the cells as they are now (anything this person can see may be copied, protected or not). */
  copy(sheetName: string, a1: string): EditOutcome {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(sheet, a1);
    this.setClipboard({
      fileId: this.model.id,
      sheetId: sheet.id,
      rect,
      cut: false,
      ...this.capture(sheet, rect),
    });
    return { warnings: [], invalid: [] };
  }

  /** Ctrl+X: marks the cells to move; the move happens at the paste, with the cells as they are then. */
  cut(sheetName: string, a1: string): EditOutcome {
    const out = this.copy(sheetName, a1);
    const clip = clipboards.get(this.world)?.get(this.email);
    if (clip) clip.cut = true;
    return out;
  }

  /**
   * Ctrl+V (mode 'normal') or Paste special at `targetA1`. A target that is a multiple of the copied block is
   * filled with copies of it; otherwise the block lands at the target's top-left. Normal paste replaces the
   * target cells whole — validation included, so pasting an unvalidated cell over a score cell removes its
   * rule — and moves formulas' relative references by the distance pasted. Paste values keeps the target's
   * formats and rules and only flags values that break them.
   *
   * After Ctrl+X the cells move: the source is emptied (formats and rules too) and formulas anywhere that
   * pointed at them follow; the source must be editable as well. A cut pasted into another file is a copy.
   * Any protected target (or cut source) cell refuses the whole paste. Rows a filter hides inside the target
   * are pasted into like the others.
   */
  pasteCells(sheetName: string, targetA1: string, mode: PasteMode = 'normal'): EditOutcome {
    const clip = clipboards.get(this.world)?.get(this.email);
    if (!clip) throw new Error('Nothing has been copied');
    const sheet = this.sheet(sheetName);
    const target = this.rect(sheet, targetA1);
    // A cut from another file pastes as a copy of the cells as they were cut.
    const moveFrom =
      clip.cut && clip.fileId === this.model.id ? this.model.sheetById(clip.sheetId) : undefined;
    const moving = !!moveFrom;
    const { numRows: h, numCols: w } = clip.rect;
    const tiles = target.numRows % h === 0 && target.numCols % w === 0 && !moving;
    const region: Rect = tiles ? target : { row: target.row, col: target.col, numRows: h, numCols: w };
    const permits = [this.authorize(sheet, region)];
    if (moveFrom) permits.push(this.authorize(moveFrom, clip.rect));
    const grows = this.grows(sheet, region);
    const scope: Scope =
      moving || grows
        ? { file: true }
        : {
            cells: [{ sheetId: sheet.id, rect: region }],
            sheets: mode === 'normal' || mode === 'format' ? [sheet.id] : [],
          };
    const out = this.act(scope, 'EDIT', permits, () => {
      const data = moveFrom ? this.capture(moveFrom, clip.rect) : clip;
      const edits: Edit[] = [{ sheet, rect: region }];
      if (moveFrom) {
        moveFrom.merges = moveFrom.merges.filter((m) => !within(m, clip.rect));
        this.eachCell(clip.rect, (r, c) => moveFrom.put(r, c, undefined));
        edits.push({ sheet: moveFrom, rect: clip.rect });
      }
      this.model.growTo(sheet, region.row + region.numRows - 1, region.col + region.numCols - 1);
      if (mode === 'normal' || mode === 'format')
        sheet.merges = sheet.merges.filter((m) => !intersects(m, region));
      for (let ti = 0; ti < region.numRows / h; ti++) {
        for (let tj = 0; tj < region.numCols / w; tj++) {
          const top = region.row + ti * h;
          const left = region.col + tj * w;
          const dr = top - clip.rect.row;
          const dc = left - clip.rect.col;
          for (let i = 0; i < h; i++) {
            for (let j = 0; j < w; j++)
              this.pasteOne(sheet, top + i, left + j, data, i, j, dr, dc, mode, moving);
          }
          if (mode === 'normal' || mode === 'format')
            for (const m of data.merges) sheet.merges.push({ ...m, row: m.row + dr, col: m.col + dc });
        }
      }
      if (moveFrom) {
        const dr = region.row - clip.rect.row;
        const dc = region.col - clip.rect.col;
        for (const s of this.model.sheets) {
          for (const [r, c, cell] of s.entries()) {
            if (cell.f === undefined) continue;
            const f = moveRefsInFormula(cell.f, s.name, moveFrom.name, clip.rect, sheet.name, dr, dc);
            if (f !== cell.f) s.put(r, c, { ...cell, f });
          }
        }
        clipboards.get(this.world)?.delete(this.email);
      }
      return { edits };
    });
    return { ...out, invalid: this.invalidCells(sheet, region) };
  }

  /** One target cell of a paste. */
  private pasteOne(
    sheet: SheetModel,
    r: number,
    c: number,
    data: Pick<Clipboard, 'cells' | 'values'>,
    i: number,
    j: number,
    dr: number,
    dc: number,
    mode: PasteMode,
    moving: boolean,
  ): void {
    const src = data.cells[i]?.[j];
    const cur = sheet.get(r, c);
    const moveFormula = (f: string): string => (moving ? f : offsetFormula(f, dr, dc));
    switch (mode) {
      case 'normal': {
        const copy = src ? cloneCell(src) : undefined;
        if (copy?.f !== undefined) copy.f = moveFormula(copy.f);
        sheet.put(r, c, copy);
        return;
      }
      case 'values': {
        const v = data.values[i]?.[j];
        const value = v === BLANK ? undefined : v instanceof FError ? v.code : v;
        const cell: Cell = { ...(cur ?? {}) };
        delete cell.f;
        delete cell.v;
        if (value !== undefined && value !== '') cell.v = value;
        sheet.put(r, c, cell);
        return;
      }
      case 'formula': {
        const cell: Cell = { ...(cur ?? {}) };
        delete cell.f;
        delete cell.v;
        if (src?.f !== undefined) cell.f = moveFormula(src.f);
        else if (src?.v !== undefined) cell.v = src.v;
        sheet.put(r, c, cell);
        return;
      }
      case 'format': {
        const cell: Cell = {};
        if (cur?.v !== undefined) cell.v = cur.v;
        if (cur?.f !== undefined) cell.f = cur.f;
        if (cur?.note !== undefined) cell.note = cur.note;
        sheet.put(r, c, { ...cell, ...(src ? formatOf(src) : {}) });
        return;
      }
      case 'validation': {
        const cell: Cell = { ...(cur ?? {}) };
        delete cell.dv;
        if (src?.dv) cell.dv = { ...src.dv, values: [...src.dv.values] };
        sheet.put(r, c, cell);
        return;
      }
    }
  }

  /** The cells of a range as they are now, for the clipboard. */
  private capture(sheet: SheetModel, rect: Rect): Pick<Clipboard, 'cells' | 'values' | 'merges'> {
    const ev = this.model.evaluator();
    return {
      cells: this.grid(rect, (r, c) => {
        const cell = sheet.get(r, c);
        return cell ? cloneCell(cell) : undefined;
      }),
      values: this.grid(rect, (r, c) => ev(sheet, r, c)),
      merges: sheet.merges.filter((m) => within(m, rect)).map((m) => ({ ...m })),
    };
  }

  private setClipboard(clip: Clipboard): void {
    let m = clipboards.get(this.world);
    if (!m) {
      m = new Map();
      clipboards.set(this.world, m);
    }
    m.set(this.email, clip);
  }
}
