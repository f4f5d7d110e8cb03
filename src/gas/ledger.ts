// The ledger of side effects that must happen exactly once (emails): a hidden tab read once per execution.
import type { Book } from './book';
import { LEDGER_STATE } from '../domain/sheets';

export type LedgerState = (typeof LEDGER_STATE)[keyof typeof LEDGER_STATE];

interface LedgerEntry {
  row: number;
  state: LedgerState;
  at: Date | string;
  details: string;
}

export class Ledger {
  private readonly entries = new Map<string, LedgerEntry>();
  private nextRow: number;

  /** `commit`: what commits the spreadsheet's write cache (SpreadsheetApp.flush), run after each «sending» mark. */
  constructor(
    private readonly book: Book,
    private readonly commit: () => void,
  ) {
    const all = book.readAll('ledger');
    for (let i = 1; i < all.length; i++) {
      const key = String(all[i][0] ?? '');
      if (key)
        this.entries.set(key, {
          row: i + 1,
          state: all[i][1] as LedgerState,
          at: all[i][2] as Date,
          details: String(all[i][3] ?? ''),
        });
    }
    this.nextRow = Math.max(all.length, 1) + 1;
  }

  state(key: string): LedgerState | null {
    return this.entries.get(key)?.state ?? null;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** What the key was recorded with (an address, the case ID a cut-off run chose …); '' when unknown. */
  details(key: string): string {
    return this.entries.get(key)?.details ?? '';
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  /** Keys left in «sending»: the execution stopped between recording and confirming; never re-sent blindly. */
  unconfirmed(): string[] {
    return [...this.entries.entries()].filter(([, e]) => e.state === LEDGER_STATE.sending).map(([k]) => k);
  }

  /**
   * Record a state for a key: one one-row write. A «sending» mark, made just before the side effect, is committed
   * at once: an execution cut off by the time limit loses the writes SpreadsheetApp still holds, and a letter sent
   * without its mark on the sheet would go again on the next run (docs/cost-model.md §3.5).
   */
  mark(key: string, state: LedgerState, at: Date, details = ''): void {
    const existing = this.entries.get(key);
    const row = existing ? existing.row : this.nextRow++;
    this.book.writeRows('ledger', row, [[key, state, at, details]]);
    this.entries.set(key, { row, state, at, details });
    if (state === LEDGER_STATE.sending) this.commit();
  }
}
