// The master's tabs as the secretary sees them, and the public list taken from «ТОП-100» (also as CSV).
import type { LocalRuntime } from '../runtime';
import { csvField } from '../../src/domain/text';

/** A tab of the master as the secretary sees it (read outside any execution: costs nothing). */
export function readTab(rt: LocalRuntime, name: string): unknown[][] {
  const sheet = rt.store.get(rt.masterId)?.sheetByName(name);
  if (!sheet || sheet.lastRow() === 0) return [];
  const cols = Math.max(1, sheet.lastCol());
  return rt
    .as(rt.world.owner)
    .open(rt.masterId)
    .read(name, `A1:${colLetter(cols)}${sheet.lastRow()}`);
}

function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export interface PublicList {
  header: string[];
  selected: string[][];
  tied: string[][];
}

/** The «ТОП-100» tab split into the list and the cases tied at the cut-off (listed apart). */
export function publicList(rt: LocalRuntime): PublicList {
  const rows = readTab(rt, 'ТОП-100');
  const header = (rows[2] ?? []).map(String).filter(Boolean);
  const body = rows.slice(3);
  const blank = body.findIndex((r) => r.every((v) => v === ''));
  const listRows = (blank < 0 ? body : body.slice(0, blank)).map((r) =>
    r.slice(0, header.length).map(String),
  );
  const tied =
    blank < 0
      ? []
      : body
          .slice(blank + 2)
          .filter((r) => r.some((v) => v !== ''))
          .map((r) => r.slice(0, header.length).map(String));
  return { header, selected: listRows, tied };
}

/** UTF-8 (with BOM, so Excel opens Cyrillic right): the general list without places; ties marked, not ranked. */
export function top100Csv(rt: LocalRuntime): string {
  const list = publicList(rt);
  const lines = [
    [...list.header, 'Примітка'],
    ...list.selected.map((r) => [...r, '']),
    ...list.tied.map((r) => [...r, 'нічия на межі — рішення комісії']),
  ];
  return '\uFEFF' + lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}
