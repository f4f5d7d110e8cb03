// The append-only «Журнал»: entries gathered during an execution, appended with one write at its end.
import type { Book } from './book';

export interface JournalEntry {
  at: Date;
  action: string;
  actor: string;
  details: string;
}

/** Journal cells are capped so one runaway entry cannot hit the 50 000-character cell limit. */
const MAX_DETAILS = 20000;

export class Journal {
  private readonly entries: JournalEntry[] = [];

  constructor(
    private readonly actor: string,
    private readonly now: () => number,
  ) {}

  add(action: string, details: string, actor = this.actor): void {
    this.entries.push({ at: new Date(this.now()), action, actor, details: details.slice(0, MAX_DETAILS) });
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * Appends everything gathered so far, then forgets it: a second flush appends nothing twice, and a failed
   * write keeps the entries for the next try. True when it wrote.
   */
  flush(book: Book): boolean {
    if (this.entries.length === 0) return false;
    const rows = this.entries.map((e) => [e.at, e.action, e.actor, e.details]);
    book.appendRows('journal', rows);
    this.entries.length = 0;
    return true;
  }
}
