// Stage I as the members live it: each one's sessions by habit, their edits, sorts and refusals, up to the rating.
import type { UserSpreadsheet } from '../spreadsheet';
import { intendedScore, prng, SyntheticCase, SyntheticMember } from './data';
import { kyiv } from './time';
import { COLLEAGUE, DEADLINE, type Entry, OWNER, SCORING } from './season-core';
import { SeasonSetUp } from './season-set-up';

/** The members' two weeks of scoring, what they entered and what Sheets refused them. */
export class SeasonEvaluation extends SeasonSetUp {
  /** Last entry per member|case, with the instant it was made. */
  readonly entries = new Map<string, Entry>();
  /** Entries Sheets accepted after the deadline (the lock leaves none in this season). */
  readonly lateEntries: Entry[] = [];
  readonly refusals: { member: string; action: string; reason: string }[] = [];
  /** What the colleague saw when clicking the menu (the alerts' texts). */
  readonly colleagueAlerts: string[] = [];

  /**
   * The colleague the secretary shares the master with opens it and clicks «Зібрати оцінки зараз» and the panel:
   * the pipeline is the secretary's, so the first is refused with the owner's name; the panel opens.
   */
  colleagueVisits(): void {
    this.rt.share(this.masterId, COLLEAGUE, 'writer', { as: OWNER, notify: false });
    this.rt.authorize(COLLEAGUE);
    this.rt.openMaster(COLLEAGUE);
    const before = this.rt.ui.alerts.length;
    this.rt.menu('Зібрати оцінки зараз', [], { as: COLLEAGUE });
    this.rt.menu('Створити таблиці членів комісії', [], { as: COLLEAGUE });
    this.colleagueAlerts.push(...this.rt.ui.alerts.slice(before).map((a) => a.prompt));
    this.rt.openMaster(OWNER);
  }

  /** The member opens their own file (Drive refuses anybody else). */
  open(email: string): UserSpreadsheet {
    return this.rt.as(email).open(this.memberFiles.get(email) ?? this.fileOf(email));
  }

  /** Case IDs as the member's sheet shows them now, row by row (members sort, so never assume an order). */
  rowsById(sheet: UserSpreadsheet, fileId: string): Map<string, number> {
    const last = this.rt.store.get(fileId)?.sheetByName(SCORING)?.lastRow() ?? 0;
    if (last < 3) return new Map();
    const ids = sheet.read(SCORING, `A3:A${last}`);
    const out = new Map<string, number>();
    ids.forEach((r, i) => {
      if (r[0] !== '') out.set(String(r[0]), i + 3);
    });
    return out;
  }

  /** The member enters scores for `caseIds` (each row as one paste of К1..К4, or one block paste). */
  enter(
    member: SyntheticMember,
    caseIds: string[],
    opts: { block?: boolean; typos?: Map<string, string[]>; conflicts?: Set<string> } = {},
  ): void {
    const sheet = this.open(member.email);
    const rows = this.rowsById(sheet, this.memberFiles.get(member.email)!);
    const now = this.rt.world.now();
    const late = now > DEADLINE;
    const prepared = caseIds
      .filter((id) => rows.has(id))
      .map((id) => {
        const c = this.caseById(id);
        const values =
          opts.typos?.get(id) ??
          [1, 2, 3, 4].map((k) =>
            String(intendedScore(member, c, k, this.config.seed * 31 + c.quality * 1000)),
          );
        return { id, row: rows.get(id)!, values, conflict: opts.conflicts?.has(id) ?? false };
      });
    try {
      this.apply(sheet, prepared, opts.block ?? false);
    } catch (e) {
      // A refused edit (a locked sheet after the close) changes nothing: recorded, not entered.
      this.refusals.push({ member: member.email, action: 'enter', reason: String((e as Error).message) });
      return;
    }
    for (const p of prepared) {
      const entry: Entry = {
        member: member.email,
        caseId: p.id,
        values: p.values,
        conflict: p.conflict,
        at: now,
      };
      if (late) this.lateEntries.push(entry);
      else this.entries.set(`${member.email}|${p.id}`, entry);
      this.typedCount += 4;
    }
  }

  private apply(
    sheet: UserSpreadsheet,
    prepared: { row: number; values: string[]; conflict: boolean }[],
    block: boolean,
  ): void {
    if (block && prepared.length > 0) {
      // Consecutive rows pasted as one block (what a member does after preparing scores elsewhere).
      const sorted = [...prepared].sort((a, b) => a.row - b.row);
      let start = 0;
      while (start < sorted.length) {
        let end = start;
        while (end + 1 < sorted.length && sorted[end + 1].row === sorted[end].row + 1) end++;
        const block = sorted.slice(start, end + 1);
        sheet.paste(
          SCORING,
          `I${block[0].row}`,
          block.map((b) => b.values),
        );
        start = end + 1;
      }
    } else {
      for (const p of prepared) sheet.paste(SCORING, `I${p.row}`, [p.values]);
    }
    for (const p of prepared) if (p.conflict) sheet.setCheckbox(SCORING, `M${p.row}`, true);
  }

  caseById(id: string): SyntheticCase {
    const c = this.byId.get(id);
    if (!c) throw new Error(`No synthetic case behind ${id}`);
    return c;
  }

  /** The IDs assigned to a member, in their sheet. */
  assigned(email: string): string[] {
    return [...this.rowsById(this.open(email), this.memberFiles.get(email)!).keys()];
  }

  /** Every member's sessions over the two weeks, by habit; applied in time order with the clock advancing. */
  evaluate(): void {
    type Session = { at: number; member: SyntheticMember; run: () => void };
    const sessions: Session[] = [];
    const rnd = prng(this.config.seed + 99);
    for (const m of this.members) {
      const ids = this.assigned(m.email);
      const slice = (from: number, to: number) =>
        ids.slice(Math.floor(ids.length * from), Math.floor(ids.length * to));
      const plan = (
        days: [number, number, number][],
        fractions: number[],
        opts: Parameters<SeasonEvaluation['enter']>[2] = {},
      ) =>
        days.forEach(([mo, d, h], i) =>
          sessions.push({
            at: kyiv(2024, mo, d, h, Math.floor(rnd() * 50)),
            member: m,
            run: () => this.enter(m, slice(i ? fractions[i - 1] : 0, fractions[i]), opts),
          }),
        );
      switch (m.habit) {
        case 'early':
          plan(
            [
              [9, 25, 10],
              [9, 27, 15],
              [9, 30, 19],
            ],
            [0.35, 0.7, 1],
          );
          break;
        case 'steady':
          plan(
            [
              [9, 26, 11],
              [9, 29, 12],
              [10, 2, 18],
              [10, 4, 9],
              [10, 6, 20],
            ],
            [0.2, 0.4, 0.6, 0.8, 1],
          );
          break;
        case 'paster':
          plan(
            [
              [9, 28, 21],
              [10, 3, 22],
            ],
            [0.5, 1],
            { block: true },
          );
          break;
        case 'typos': {
          plan(
            [
              [9, 26, 19],
              [10, 1, 8],
              [10, 5, 17],
            ],
            [0.3, 0.7, 1],
          );
          const [a, b, c, d] = ids;
          // Day one: a comma fraction on an integer scale, a word, an out-of-range value, a date-like 8.5.
          sessions.push({
            at: kyiv(2024, 9, 26, 21, 0),
            member: m,
            run: () =>
              this.enter(m, [a, b, c, d], {
                typos: new Map([
                  [a, ['8,5', '7', '7', '6']],
                  [b, ['десять', '9', '9', '9']],
                  [c, ['11', '5', '5', '5']],
                  [d, ['8.5', '6', '6', '6']],
                ]),
              }),
          });
          // After seeing «Перевірка», the member fixes three of them; «десять» stays (reported, not counted).
          sessions.push({ at: kyiv(2024, 10, 6, 10, 0), member: m, run: () => this.enter(m, [a, c, d]) });
          break;
        }
        case 'sorter':
          sessions.push({ at: kyiv(2024, 9, 27, 9, 0), member: m, run: () => this.trySort(m) });
          sessions.push({ at: kyiv(2024, 10, 2, 10, 0), member: m, run: () => this.sortScores(m) });
          plan(
            [
              [9, 27, 10],
              [10, 2, 11],
              [10, 6, 15],
            ],
            [0.4, 0.8, 1],
          );
          // The secretary sorts this member's sheet by title (owner may): rows move, IDs stay with their scores.
          sessions.push({ at: kyiv(2024, 9, 30, 12, 0), member: m, run: () => this.ownerSorts(m) });
          break;
        case 'conflicted': {
          const own = new Set(ids.slice(0, 2));
          plan(
            [
              [9, 25, 13],
              [10, 1, 13],
            ],
            [0.5, 1],
            { conflicts: own },
          );
          break;
        }
        case 'late':
          plan(
            [
              [10, 1, 20],
              [10, 6, 21],
            ],
            [0.3, 0.7],
          );
          // A minute before the deadline, after the last collection: counted at the lock, never lost.
          sessions.push({ at: DEADLINE - 60_000, member: m, run: () => this.enter(m, slice(0.7, 0.85)) });
          // 38 s after the deadline the sheet is already locked by the deadline trigger: Sheets refuses the edit.
          sessions.push({ at: DEADLINE + 38_000, member: m, run: () => this.enter(m, slice(0.85, 0.9)) });
          // The rest the next morning: still locked, refused.
          sessions.push({ at: kyiv(2024, 10, 8, 8, 0), member: m, run: () => this.enter(m, slice(0.9, 1)) });
          break;
        case 'never':
          plan(
            [
              [9, 29, 14],
              [10, 2, 16],
            ],
            [0.2, 0.4],
          );
          break;
      }
    }
    if (this.config.realWorld)
      sessions.push({
        at: kyiv(2024, 10, 1, 12, 0),
        member: this.members[0],
        run: () => this.colleagueVisits(),
      });
    sessions.sort((x, y) => x.at - y.at);
    for (const s of sessions) {
      this.rt.advanceTo(s.at);
      this.progress('Оцінювання');
      s.run();
    }
  }

  /** Sorts whole rows by title: refused, the rows include protected cells. */
  trySort(m: SyntheticMember): void {
    const sheet = this.open(m.email);
    try {
      sheet.sort(SCORING, `A3:O${2 + this.assigned(m.email).length}`, 2, true);
    } catch (e) {
      this.refusals.push({ member: m.email, action: 'sort', reason: String((e as Error).message) });
    }
  }

  /** Sorts only the cells they may edit, by К1 (accepted by Sheets: the script puts every score back). */
  sortScores(m: SyntheticMember): void {
    this.open(m.email).sort(SCORING, `I3:N${2 + this.assigned(m.email).length}`, 1, false);
    this.scoreSorts.push(m.email);
  }

  /** Members who sorted only their score cells (the script puts every score back with its case). */
  readonly scoreSorts: string[] = [];

  ownerSorts(m: SyntheticMember): void {
    const sheet = this.rt.as(OWNER).open(this.memberFiles.get(m.email)!);
    sheet.sort(SCORING, `A3:O${2 + this.assigned(m.email).length}`, 2, true);
  }

  /** From the last member session to 15 Oct: the deadline close, the rating, publication day. */
  finish(): void {
    this.progress('Завершення');
    this.rt.advanceTo(kyiv(2024, 10, 8, 9, 0));
    this.progress('Рейтинг');
    this.rt.advanceTo(kyiv(2024, 10, 11, 10, 0));
    this.menu('Обчислити рейтинг');
    this.menu('Аналіз стабільності та узгодженості');
    this.rt.advanceTo(kyiv(2024, 10, 15, 12, 0));
    this.progress('Готово');
  }

  run(): void {
    this.prepare();
    this.distribute();
    this.evaluate();
    this.finish();
  }
}
