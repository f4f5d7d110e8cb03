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
 * Maps the editable columns back. `homeIds[r]` is the case of row r (the protected ID column, which never
 * moves); `witnesses[r][c]` the case the cell at row r, column c names (null when it names none).
 *
 * A cell naming another case is either pasted there (a copy: the named case still has its own cell; a cut: the
 * named case's cell has no rule) and belongs where it stands, or moved by a sort. A sort moves whole rows of
 * its range, so the blocks it touched are found across all columns; in each block, a column whose cells are a
 * permutation of the block's rows goes home. A column that is not — a sort mixed with cuts and copies since
 * the last reading, or displaced cells in a column where a cut left a cell without a rule — cannot be told apart:
 * its rows are ambiguous, and the caller keeps what it last collected.
 */
export function mapColumnsBack(homeIds: string[], witnesses: (string | null)[][]): ColumnMapping[] {
  const n = homeIds.length;
  const width = Math.max(0, ...witnesses.map((r) => r.length));
  const rowOf = new Map<string, number>();
  homeIds.forEach((id, r) => {
    if (!rowOf.has(id)) rowOf.set(id, r);
  });
  const from = Array.from({ length: width }, (_, c) =>
    Array.from({ length: n }, (_, r) => {
      const w = witnesses[r]?.[c] ?? null;
      return w === null ? null : (rowOf.get(w) ?? null);
    }),
  );
  const out: ColumnMapping[] = from.map(() => ({
    source: Array.from({ length: n }, (_, r) => r),
    moved: [],
    pasted: [],
    ambiguous: [],
  }));

  // Every displaced cell not explained by a paste spans [its row, its home], in whichever column it is: that is
  // where a sort certainly moved cells. Once a sort is evident, a paste explains nothing any more (the sort may
  // have moved the pasted cell, or the empty one a cut left), so every displaced cell counts.
  const spans: [number, number][] = [];
  const explained: [number, number][][] = from.map(() => []);
  from.forEach((col, c) => {
    for (let r = 0; r < n; r++) {
      const h = col[r];
      if (h === null || h === r) continue;
      if (col[h] === null || col[h] === h) explained[c].push([r, h]);
      else spans.push([Math.min(r, h), Math.max(r, h)]);
    }
  });
  if (spans.length === 0) explained.forEach((list, c) => (out[c].pasted = list.map(([r]) => r)));
  else for (const list of explained) for (const [r, h] of list) spans.push([Math.min(r, h), Math.max(r, h)]);
  // A sort may also have moved a pasted cell, or a copy that now looks at home: a block grows to every cell that
  // names, or stands at, a case of the block, and to every other copy of such a cell, until nothing is added.
  const byWitness = from.map((col) => {
    const m = new Map<number, number[]>();
    col.forEach((h, r) => {
      if (h !== null) m.set(h, [...(m.get(h) ?? []), r]);
    });
    return m;
  });
  let blocks = mergeSpans(spans);
  for (let changed = blocks.length > 0; changed;) {
    changed = false;
    const grown: [number, number][] = [];
    for (const [a, b] of blocks) {
      let lo = a;
      let hi = b;
      from.forEach((col, c) => {
        for (let r = 0; r < n; r++) {
          const h = col[r];
          if (h === null || h === r) continue;
          if ((r >= a && r <= b) || (h >= a && h <= b)) {
            lo = Math.min(lo, r, h);
            hi = Math.max(hi, r, h);
          }
        }
        for (let r = a; r <= b; r++) {
          const h = col[r];
          if (h === null) continue;
          for (const other of byWitness[c].get(h) ?? []) {
            lo = Math.min(lo, other, h);
            hi = Math.max(hi, other, h);
          }
        }
      });
      if (lo !== a || hi !== b) changed = true;
      grown.push([lo, hi]);
    }
    blocks = mergeSpans(grown);
  }

  from.forEach((col, c) => {
    const m = out[c];
    // A cell without a rule is what a cut leaves behind; cuts in a chain (0→3, 2→0, 3→2) end in a block that looks
    // sorted, each cell's rule naming another row's case, yet every value stands where the member pasted it. In a
    // column with such a hole a displaced block cannot be told from that chain: ambiguous.
    const holed = col.some((h) => h === null);
    for (const [a, b] of blocks) {
      const seen = new Set<number>();
      let permutation = true;
      for (let r = a; r <= b && permutation; r++) {
        const h = col[r];
        if (h === null || h < a || h > b || seen.has(h) || (holed && h !== r)) permutation = false;
        else seen.add(h);
      }
      for (let r = a; r <= b; r++) {
        if (!permutation) {
          m.ambiguous.push(r);
          continue;
        }
        const h = col[r] as number;
        m.source[h] = r;
        if (h !== r) m.moved.push(h);
      }
    }
    m.moved.sort((x, y) => x - y);
  });
  return out;
}

/** One column alone (a single-column layout): see mapColumnsBack. */
export function mapColumnBack(homeIds: string[], witnesses: (string | null)[]): ColumnMapping {
  return mapColumnsBack(
    homeIds,
    witnesses.map((w) => [w]),
  )[0];
}

/** Overlapping row ranges merged, in order. */
function mergeSpans(spans: [number, number][]): [number, number][] {
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}
