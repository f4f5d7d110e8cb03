// The members' sessions in the faulty season: typing, sorting, moving cells, a copy of the tab, undo — and the oracle.
import type { UserSpreadsheet } from '../spreadsheet';
import { SCORING } from './season';
import { BLANK, type Run, type Session, VALID } from './faults-state';

/** The help text of a score cell names its case (the product's witness; see the README's member sheet). */
const WITNESS = /^Кейс (.+?) · /;

/** The member's scoring tab as they see it now: the case ID of each row. */
interface Open {
  sheet: UserSpreadsheet;
  /** Row number → case ID (column A, which only the script writes). */
  ids: Map<number, string>;
}

function openAs(run: Run, email: string): Open | null {
  const { season } = run;
  let fileId: string;
  try {
    fileId = season.fileOf(email);
  } catch {
    return null; // no sheet yet (creation still failing)
  }
  let sheet: UserSpreadsheet;
  try {
    sheet = season.rt.as(email).open(fileId);
  } catch {
    // No Google account yet, or their access was removed.
    if (email === run.noAccount && run.accountAt !== null) run.shutOutAfterAccount++;
    return null;
  }
  const ids = new Map<number, string>();
  for (const [id, row] of season.rowsById(sheet, fileId)) ids.set(row, id);
  return { sheet, ids };
}

/** Whether every score cell's help text names the case of its own row (nothing left for the script to put back). */
function cellsHome(o: Open): boolean {
  const rows = [...o.ids.keys()];
  if (rows.length === 0) return true;
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const rules = o.sheet.validations(SCORING, `I${first}:M${last}`);
  return rules.every((r, i) => {
    const id = o.ids.get(first + i);
    return id === undefined || r.every((rule) => WITNESS.exec(rule?.helpText ?? '')?.[1] === id);
  });
}

/**
 * One member session. A member whose last sort the script has not yet put back waits (they would be typing beside
 * other cases' scores); one whose last move is not yet read neither sorts nor moves again (a sort mixed with moves
 * between two readings is refused by design, and tested apart).
 */
export function memberSession(run: Run, s: Session): 'done' | 'postponed' | 'no access' {
  const o = openAs(run, s.email);
  if (!o) {
    run.activity.sessionsWithoutAccess++;
    return 'no access';
  }
  const pending = run.displaced.get(s.email);
  if (pending && cellsHome(o)) run.displaced.delete(s.email);
  const waiting = run.displaced.get(s.email);
  if (waiting === 'sort' || (waiting === 'move' && (s.kind === 'sort' || s.kind === 'move')))
    return 'postponed';
  run.activity.sessions++;
  switch (s.kind) {
    case 'type':
      typeScores(run, s, o);
      break;
    case 'sort':
      sortScores(run, s, o);
      break;
    case 'move':
      moveScores(run, s, o);
      break;
    case 'duplicate':
      typeOnCopy(run, s, o);
      break;
  }
  return 'done';
}

/** Ctrl+Z on the member's last change; the oracle takes back what that change put there. */
function undo(run: Run, o: Open, before: Map<string, string[] | undefined>): boolean {
  try {
    o.sheet.undo();
  } catch {
    return false; // refused (the sheet was locked): nothing changed
  }
  run.activity.undos++;
  for (const [key, values] of before) {
    if (values) run.expected.set(key, values);
    else run.expected.delete(key);
  }
  return true;
}

/** A few cases, mostly valid scores, sometimes a word, an out-of-range value or a blank. */
function typeScores(run: Run, s: Session, o: Open): void {
  const { rnd, expected } = run;
  const rows = [...o.ids.keys()];
  let last: Map<string, string[] | undefined> | null = null;
  for (let n = 0; n < 5 && rows.length > 0; n++) {
    const row = rows[Math.floor(rnd() * rows.length)];
    const key = `${s.email}|${o.ids.get(row)}`;
    const values = [0, 1, 2, 3].map(() => {
      const x = rnd();
      return x < 0.06 ? 'десять' : x < 0.1 ? '11' : x < 0.13 ? '' : String(Math.floor(rnd() * 11));
    });
    try {
      o.sheet.paste(SCORING, `I${row}`, [values]);
    } catch {
      continue; // a refused paste (sheet locked) changes nothing
    }
    last = new Map([[key, expected.get(key)]]);
    expected.set(key, values);
  }
  if (s.undo && last) undo(run, o, last);
}

/**
 * Data → Sort range over the score cells only (К1…comment, by one of the scores), or over a single score column.
 * Sheets moves each cell whole, its help text too; what the member meant for each case does not change.
 */
function sortScores(run: Run, s: Session, o: Open): void {
  const { rnd } = run;
  const rows = [...o.ids.keys()];
  if (rows.length < 2) return;
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const ascending = rnd() < 0.5;
  try {
    if (rnd() < 0.5) o.sheet.sort(SCORING, `I${first}:N${last}`, 1 + Math.floor(rnd() * 4), ascending);
    else {
      const col = 'IJKL'[Math.floor(rnd() * 4)];
      o.sheet.sort(SCORING, `${col}${first}:${col}${last}`, 1, ascending);
    }
  } catch {
    return;
  }
  run.activity.sorts++;
  if (s.undo) undo(run, o, new Map());
  if (!cellsHome(o)) {
    run.activity.sortsDisplacing++;
    run.displaced.set(s.email, 'sort');
    run.sorted.add(s.email);
  }
}

/**
 * Ctrl+X or Ctrl+C on the scores of one to three rows, Ctrl+V on other rows (never overlapping): the pasted scores
 * belong to the cases of the rows they were pasted into; a cut leaves its rows blank.
 */
function moveScores(run: Run, s: Session, o: Open): void {
  const { rnd, expected } = run;
  const rows = [...o.ids.keys()].sort((a, b) => a - b);
  if (rows.length < 4) return;
  const first = rows[0];
  const n = rows.length;
  const h = 1 + Math.floor(rnd() * 3);
  const from = first + Math.floor(rnd() * (n - h + 1));
  const targets = Array.from({ length: n - h + 1 }, (_, i) => first + i).filter(
    (t) => t + h - 1 < from || t > from + h - 1,
  );
  if (targets.length === 0) return;
  const to = targets[Math.floor(rnd() * targets.length)];
  const cut = rnd() < 0.5;
  const keyAt = (row: number) => `${s.email}|${o.ids.get(row)}`;
  const moved = Array.from({ length: h }, (_, i) => expected.get(keyAt(from + i)) ?? BLANK);
  const affected = [
    ...Array.from({ length: h }, (_, i) => keyAt(to + i)),
    ...(cut ? Array.from({ length: h }, (_, i) => keyAt(from + i)) : []),
  ];
  const before = new Map(affected.map((k) => [k, expected.get(k)]));
  try {
    const source = `I${from}:L${from + h - 1}`;
    if (cut) o.sheet.cut(SCORING, source);
    else o.sheet.copy(SCORING, source);
    o.sheet.pasteCells(SCORING, `I${to}`);
  } catch {
    return;
  }
  if (cut) {
    run.activity.cuts++;
    for (let i = 0; i < h; i++) expected.set(keyAt(from + i), BLANK);
  } else run.activity.copies++;
  for (let i = 0; i < h; i++) expected.set(keyAt(to + i), moved[i]);
  if (s.undo && undo(run, o, before)) return;
  run.displaced.set(s.email, 'move');
}

/** Edit → Duplicate of the scoring tab, then valid scores typed on the copy: not the scoring tab, never counted. */
function typeOnCopy(run: Run, s: Session, o: Open): void {
  const { rnd, expected } = run;
  let copy: string;
  try {
    copy = o.sheet.duplicateSheet(SCORING).sheetName;
  } catch {
    return;
  }
  run.activity.duplicateTabs++;
  const rows = [...o.ids.keys()];
  for (let n = 0; n < 3 && rows.length > 0; n++) {
    const row = rows[Math.floor(rnd() * rows.length)];
    const key = `${s.email}|${o.ids.get(row)}`;
    const now = expected.get(key) ?? BLANK;
    // Valid scores that differ from what the scoring tab holds for the case, so counting them would show.
    const values = now.map((v) => String(((VALID.test(v) ? Number(v) : 0) + 1 + Math.floor(rnd() * 9)) % 11));
    try {
      o.sheet.paste(copy, `I${row}`, [values]);
    } catch {
      continue;
    }
    run.activity.duplicateRows++;
    run.onCopies.push({ key, values });
  }
}
