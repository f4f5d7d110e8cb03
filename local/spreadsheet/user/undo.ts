// Ctrl+Z and Ctrl+Y: this person's steps undone and redone where nobody changed the cells since, with the
// permissions the cells need now.

import { type ChangeType } from '../../world';
import { Rect, rectA1 } from '../a1';
import { apply, Change, plan, Snapshot } from '../history';
import { boundingRect, Step } from './core';
import { UserStructure } from './structure';
import { Edit, EditOutcome, EditRefused, Permit, PROTECTED_MESSAGE } from './types';

/** What undoing a change of each type does, as onChange reports it. */
const INVERSE: Record<ChangeType, ChangeType> = {
  EDIT: 'EDIT',
  INSERT_ROW: 'REMOVE_ROW',
  REMOVE_ROW: 'INSERT_ROW',
  INSERT_COLUMN: 'REMOVE_COLUMN',
  REMOVE_COLUMN: 'INSERT_COLUMN',
  INSERT_GRID: 'REMOVE_GRID',
  REMOVE_GRID: 'INSERT_GRID',
  FORMAT: 'FORMAT',
  OTHER: 'OTHER',
};

export class UserUndo extends UserStructure {
  /**
   * Ctrl+Z: undoes this person's last change in this file, whatever it was — values, formats, validation,
   * rows, tabs. Only what still holds as that change left it is put back; what others (the script) changed
   * since stays. Undo is an edit like any other: if the cells are protected against this person by now (the
   * file was locked), it is refused and nothing changes. Nothing to undo: nothing happens.
   */
  undo(): EditOutcome {
    return this.travel(this.undoStack, this.redoStack, (s) => [s.after, s.before], true);
  }

  /** Ctrl+Y: redoes the last undone change, with the same rules. */
  redo(): EditOutcome {
    return this.travel(this.redoStack, this.undoStack, (s) => [s.before, s.after], false);
  }

  /** Undo or redo: the step's units go from one state to the other where nobody changed them since. */
  private travel(
    from: Step[],
    to: Step[],
    states: (s: Step) => [Snapshot, Snapshot],
    backwards: boolean,
  ): EditOutcome {
    const step = from[from.length - 1];
    if (!step) return { warnings: [], invalid: [] };
    this.requireWrite('');
    const [now, target] = states(step);
    const changes = plan(this.model, now, target);
    const permits = this.authorizeChanges(changes, now, target);
    apply(this.model, changes, target);
    from.pop();
    to.push(step);
    const edits = this.editsOf(changes);
    const warnings = this.record(permits);
    if (changes.length > 0) this.emit(backwards ? INVERSE[step.changeType] : step.changeType, edits);
    return {
      warnings,
      invalid: edits.flatMap((e) => this.invalidCells(e.sheet, e.rect)),
    };
  }

  /**
   * The permissions an undo or redo needs: every cell it changes must be editable now, and so must the rows,
   * columns, merges and filter ranges whose state it changes; other sheet properties need the sheet itself.
   */
  private authorizeChanges(changes: Change[], now: Snapshot, target: Snapshot): Permit[] {
    const permits: Permit[] = [];
    const bySheet = new Map<number, Rect[]>();
    const add = (sheetId: number, rect: Rect): void => {
      bySheet.set(sheetId, [...(bySheet.get(sheetId) ?? []), rect]);
    };
    for (const ch of changes) {
      if (ch.sheetId !== undefined) {
        add(ch.sheetId, { row: ch.row as number, col: ch.col as number, numRows: 1, numCols: 1 });
        continue;
      }
      const [kind, id, prop] = ch.key.split('|');
      const sheet = kind === 's' ? this.model.sheetById(Number(id)) : undefined;
      if (!sheet || prop === 'exists') continue;
      const parse = (snap: Snapshot): unknown => JSON.parse(snap.get(ch.key) ?? 'null');
      const a = parse(now);
      const b = parse(target);
      const full = (axis: 'row' | 'col', i: number): Rect =>
        axis === 'row'
          ? { row: i, col: 1, numRows: 1, numCols: sheet.maxCols }
          : { row: 1, col: i, numRows: sheet.maxRows, numCols: 1 };
      const lines = (x: unknown): number[] =>
        ((x ?? []) as (number | [number, number])[]).map((v) => (Array.isArray(v) ? v[0] : v));
      if (prop === 'hiddenRows' || prop === 'heights' || prop === 'hiddenCols' || prop === 'widths') {
        const axis = prop === 'hiddenRows' || prop === 'heights' ? 'row' : 'col';
        for (const i of new Set([...lines(a), ...lines(b)])) add(sheet.id, full(axis, i));
      } else if (prop === 'merges') {
        for (const m of [...((a ?? []) as Rect[]), ...((b ?? []) as Rect[])]) add(sheet.id, m);
      } else if (prop === 'filter') {
        for (const f of [a, b]) if (f) add(sheet.id, (f as { range: Rect }).range);
      } else if (prop !== 'maxRows' && prop !== 'maxCols') permits.push(this.authorizeSheet(sheet));
    }
    for (const [id, rects] of bySheet) {
      const sheet = this.model.sheetById(id);
      if (!sheet) continue;
      for (const rect of rects) {
        const check = this.model.checkEdit(sheet, rect, this.email);
        if (!check.allowed) throw new EditRefused('protected', PROTECTED_MESSAGE, rectA1(rect));
        if (check.warnings.length > 0) permits.push({ check, sheet, rect });
      }
    }
    return permits;
  }

  /** Edit events for the cells a restore changed: one per sheet, over the cells' bounding range. */
  private editsOf(changes: Change[]): Edit[] {
    const bySheet = new Map<number, Rect>();
    for (const ch of changes) {
      if (ch.sheetId === undefined) continue;
      const cell: Rect = { row: ch.row as number, col: ch.col as number, numRows: 1, numCols: 1 };
      const cur = bySheet.get(ch.sheetId);
      bySheet.set(ch.sheetId, cur ? boundingRect(cur, cell) : cell);
    }
    return [...bySheet.entries()].flatMap(([id, rect]) => {
      const sheet = this.model.sheetById(id);
      return sheet ? [{ sheet, rect }] : [];
    });
  }
}
