// Case IDs: `${year}-NNN`, the one numbering rule for the import and the submission form.
import type { CaseId } from '../types';
import { asCaseId } from '../types';

function pad3(n: number): string {
  return n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n);
}

/**
 * The IDs the next `count` cases of `year` get: `${year}-NNN`, numbered after the highest such ID among `taken`
 * and skipping any taken one. The one numbering rule for the import and the submission form.
 */
export function newCaseIds(taken: ReadonlySet<string>, year: number, count: number): CaseId[] {
  const prefix = `${year}-`;
  let highest = 0;
  for (const id of taken) {
    const m = id.startsWith(prefix) ? /^\d+$/.exec(id.slice(prefix.length)) : null;
    if (m) highest = Math.max(highest, Number(m[0]));
  }
  const out: CaseId[] = [];
  while (out.length < count) {
    let id: CaseId;
    do id = asCaseId(prefix + pad3(++highest));
    while (taken.has(id));
    out.push(id);
  }
  return out;
}
