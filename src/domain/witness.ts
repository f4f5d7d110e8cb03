// Which case a member's score cell belongs to when the cells were moved: each cell carries its case ID.
//
// A member may sort any range of their own file, including only the cells they may edit: the scores then
// sit beside other cases' IDs. Sheets moves a cell whole when it sorts (value, format and data validation),
// so every editable cell's validation help text names its case ("Кейс 2024-017 · К2: …"): the witness.
// A block whose witnesses are a permutation of its own rows was sorted, and each cell goes back to its
// case. Anything else (a copy pasted over a cell, a cut and paste, a rule removed) is read where it stands:
// the member put it there.

const WITNESS = /^Кейс (.+?) · /;

/** The help text of an editable cell of case `id`: what the member sees on selecting it, and the witness. */
export function witnessText(id: string, label: string): string {
  return `Кейс ${id} · ${label}`;
}

/** The case ID a help text names, or null. */
export function witnessOf(helpText: string | null | undefined): string | null {
  const m = WITNESS.exec(String(helpText ?? ''));
  return m ? m[1] : null;
}

export interface ColumnMapping {
  /** For each row (its case): the row whose cell holds that case's value now. */
  source: number[];
  /** Rows whose cell came back from another row (a sort was undone). */
  moved: number[];
  /** Rows holding a cell pasted from another row (a copy, or a cut and paste): read where they stand. */
  pasted: number[];
  /** Rows whose cells were both moved and pasted over since the last reading: where each belongs is unknowable. */
  ambiguous: number[];
}

/**
 * Maps one column back. `homeIds[r]` is the case of row r (the protected ID column, which never moves);
 * `witnesses[r]` the case the cell at row r names (null when it names none).
 *
 * A cell naming another case is either pasted there (a copy: the named case still has its own cell; a cut: the
 * named case's cell is empty of rules) and belongs where it stands, or moved by a sort. Moved cells whose
 * block is a permutation of its rows go home. A block that is not — a sort mixed with cuts and copies since the
 * last reading — cannot be told apart: its rows are ambiguous, and the caller keeps what it last collected.
 */
export function mapColumnBack(homeIds: string[], witnesses: (string | null)[]): ColumnMapping {
  const n = homeIds.length;
  const rowOf = new Map<string, number>();
  homeIds.forEach((id, r) => {
    if (!rowOf.has(id)) rowOf.set(id, r);
  });
  const from = witnesses.map((w) => (w === null ? null : (rowOf.get(w) ?? null)));
  const source = Array.from({ length: n }, (_, r) => r);
  const moved: number[] = [];
  const pasted: number[] = [];
  const ambiguous: number[] = [];

  // Every displaced cell not explained by a paste spans [its row, its home]; a sort's cells overlap.
  const spans: [number, number][] = [];
  for (let r = 0; r < n; r++) {
    const h = from[r];
    if (h === null || h === r) continue;
    if (from[h] === null || from[h] === h) pasted.push(r);
    else spans.push([Math.min(r, h), Math.max(r, h)]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }

  for (const [a, b] of merged) {
    const seen = new Set<number>();
    let permutation = true;
    for (let r = a; r <= b && permutation; r++) {
      const h = from[r];
      if (h === null || h < a || h > b || seen.has(h)) permutation = false;
      else seen.add(h);
    }
    for (let r = a; r <= b; r++) {
      if (!permutation) {
        ambiguous.push(r);
        continue;
      }
      const h = from[r] as number;
      source[h] = r;
      if (h !== r) moved.push(h);
    }
  }
  const inBlock = new Set(ambiguous);
  return {
    source,
    moved: moved.sort((x, y) => x - y),
    pasted: pasted.filter((r) => !inBlock.has(r)),
    ambiguous,
  };
}
