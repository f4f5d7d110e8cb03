// Runs a whole Stage I season on the local runtime: the secretary's menu clicks, members' edits, every dispatcher tick.
import * as path from 'node:path';
import { LocalRuntime } from '../runtime';
import type { DriveLag, Limits, ExecutionRecord } from '../world';
import type { UserSpreadsheet } from '../spreadsheet';
import {
  casesCsv,
  intendedScore,
  prng,
  syntheticCases,
  syntheticMembers,
  SyntheticCase,
  SyntheticMember,
} from './data';
import { kyiv } from './time';
import { asFormAnswers, formSubmissions, type FormSubmission } from './intake';

export const OWNER = 'secretary@example.org';
/** A colleague of the secretary with edit rights on the master: may look, may not run the pipeline. */
export const COLLEAGUE = 'deputy@example.org';
export const SCORING = 'Оцінювання';

export interface SeasonConfig {
  cases: number;
  members: number;
  seed: number;
  /** 'all': every member scores every case; a number k: each case by k members. */
  assignment: 'all' | number;
  limits?: Partial<Limits>;
  /** Drive's modifiedTime lag (default the runtime's, on); 0 turns it off. */
  driveLag?: DriveLag | 0;
  bundlePath?: string;
  onProgress?: (p: SeasonProgress) => void;
  /**
   * People and Google as they are: the secretary's account in en_US and New York time (the master and the
   * members' files must still be Kyiv's), one member whose address has no Google account until they make one,
   * and a colleague with edit rights who clicks the menu.
   */
  realWorld?: boolean;
  /** The runtime's compatibility mode for script Proxies (RuntimeOptions.transparentProxies); off by default. */
  transparentProxies?: boolean;
  /** Seeds what the runtime draws at random (Drive's lag); default the runtime's own. */
  runtimeSeed?: string;
  /** When the secretary starts setting up (default 20 Sep 2024, 09:00 Kyiv). */
  start?: number;
  /** The runtime's real-time guard per call against endless loops (0 turns it off, for long batches of runs). */
  realTimeoutMs?: number;
  /**
   * How the cases arrive: the department's consolidated CSV imported on 20 September ('csv', the default), or
   * each applicant's own submission through the Google Form from 19 to 31 August ('form'), some with defects.
   */
  intake?: 'csv' | 'form';
}

export interface SeasonProgress {
  phase: string;
  at: number;
  scoresTyped: number;
  emailsSent: number;
  done: number;
  total: number;
}

/** What a member entered for a case, and when (the truth the collected «Оцінки» is checked against). */
export interface Entry {
  member: string;
  caseId: string;
  values: string[];
  conflict: boolean;
  at: number;
}

export const DEADLINE = kyiv(2024, 10, 7, 23, 59);
/** The form's season: the secretary sets up and makes the form on 19 August; it closes 31 August 23:59. */
export const FORM_OPENS = kyiv(2024, 8, 19, 10, 0);
export const SUBMISSION_DEADLINE = kyiv(2024, 8, 31, 23, 59);

export class Season {
  readonly rt: LocalRuntime;
  readonly cases: SyntheticCase[];
  readonly members: SyntheticMember[];
  /** Last entry per member|case, with the instant it was made. */
  readonly entries = new Map<string, Entry>();
  /** Entries Sheets accepted after the deadline (the lock leaves none in this season). */
  readonly lateEntries: Entry[] = [];
  readonly refusals: { member: string; action: string; reason: string }[] = [];
  private typedCount = 0;
  private readonly memberFiles = new Map<string, string>();
  /** Each case ID and the synthetic case it holds (a repeat sent through the form holds its case again). */
  readonly byId = new Map<string, SyntheticCase>();
  /** What the applicants sent through the form, with what the form's page said back (form intake only). */
  readonly submissions: (FormSubmission & { response: string | null; refused: string | null })[] = [];
  /** The form's address the secretary publishes. */
  formUrl = '';

  constructor(readonly config: SeasonConfig) {
    this.cases = syntheticCases(config.cases, config.seed);
    this.members = syntheticMembers(config.members, this.cases, config.seed + 1);
    this.rt = LocalRuntime.create({
      now: config.start ?? (config.intake === 'form' ? FORM_OPENS : kyiv(2024, 9, 20, 9, 0)),
      owner: OWNER,
      masterName: 'ТОП-100 2024',
      masterLocale: 'uk_UA',
      names: Object.fromEntries([[OWNER, 'Секретар комісії'], ...this.members.map((m) => [m.email, m.name])]),
      ...(config.limits ? { limits: config.limits } : {}),
      ...(config.driveLag !== undefined ? { driveLag: config.driveLag } : {}),
      ...(config.realWorld
        ? {
            accounts: {
              [OWNER]: { locale: 'en_US', timeZone: 'America/New_York' },
              [COLLEAGUE]: { name: 'Заступниця секретаря' },
              ...(this.noAccountMember() ? { [this.noAccountMember()!.email]: { hasGoogleAccount: false } } : {}),
            },
          }
        : {}),
      ...(config.transparentProxies ? { transparentProxies: true } : {}),
      ...(config.runtimeSeed !== undefined ? { seed: config.runtimeSeed } : {}),
      ...(config.realTimeoutMs !== undefined ? { realTimeoutMs: config.realTimeoutMs } : {}),
      ...(config.bundlePath
        ? { bundlePath: config.bundlePath }
        : { bundlePath: path.join(__dirname, '..', '..', 'dist', 'Code.js') }),
    });
  }

  /** In a real-world season, the first steady member's address has no Google account at first. */
  noAccountMember(): SyntheticMember | undefined {
    return this.config.realWorld ? this.members.find((m) => m.habit === 'steady') : undefined;
  }

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

  private progress(phase: string): void {
    this.config.onProgress?.({
      phase,
      at: this.rt.world.now(),
      scoresTyped: this.typedCount,
      emailsSent: this.rt.mail.messages.length,
      done: 0,
      total: 0,
    });
  }

  /** A menu click by the secretary; fails loudly if the action ended in an error. */
  menu(
    caption: string,
    answers: { button: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE'; text?: string }[] = [],
  ): ExecutionRecord {
    const r = this.rt.menu(caption, answers);
    if (r.error) throw new Error(`«${caption}» failed: ${String((r.error as Error).message ?? r.error)}`);
    return r.record;
  }

  get masterId(): string {
    return this.rt.masterId;
  }

  /** The secretary's own edits of the master (settings and the members list). */
  private secretary(): UserSpreadsheet {
    return this.rt.as(OWNER).open(this.masterId);
  }

  setSetting(label: string, value: string): void {
    const s = this.secretary();
    const labels = s.read('Налаштування', 'A1:A80').map((r) => String(r[0]));
    const row = labels.findIndex((l) => l === label);
    if (row < 0) throw new Error(`No setting «${label}»`);
    s.type('Налаштування', `B${row + 1}`, value);
  }

  /** Set-up, settings, members, cases: what the secretary does before 24 Sep. */
  prepare(): void {
    this.progress('Налаштування');
    this.rt.openMaster(OWNER);
    this.menu('Налаштувати таблицю');
    this.setSetting('Email секретаря', OWNER);
    this.setSetting('Ім’я відправника', 'Секретаріат ТОП-100');
    this.setSetting('Адреса для відповідей', OWNER);
    if (this.config.assignment !== 'all') {
      this.setSetting('Режим розподілу', 'k членів на кейс');
      this.setSetting('Членів на кейс (k)', String(this.config.assignment));
      this.setSetting('Кворум (мінімум дійсних оцінок)', String(Math.min(3, this.config.assignment)));
    } else {
      this.setSetting('Кворум (мінімум дійсних оцінок)', String(Math.max(1, this.config.members - 3)));
    }
    const rows = this.members.map((m) => [m.name, m.email, m.affiliation, 'активний']);
    this.secretary().paste('Члени комісії', 'A2', rows);
    if (this.config.intake === 'form') {
      this.receiveApplications();
      return;
    }
    this.progress('Імпорт кейсів');
    const r = this.rt.call('importCasesCsv', [casesCsv(this.cases), 'кейси-2024.csv'], {
      as: OWNER,
      kind: 'menu',
    });
    if (r.error) throw new Error(`import failed: ${String((r.error as Error).message ?? r.error)}`);
    this.cases.forEach((c, i) => this.byId.set(`2024-${String(i + 1).padStart(3, '0')}`, c));
  }

  /**
   * 19–31 August: «Прийом заявок → Створити форму», the link published, each applicant submitting on their own
   * day (every dispatcher run in between), the form closing itself at the deadline; then the case IDs are read
   * from «Заявки» the way the secretary would look them up.
   */
  receiveApplications(): void {
    this.progress('Прийом заявок');
    this.menu('Створити форму');
    const report = this.rt.ui.alerts[this.rt.ui.alerts.length - 1].prompt;
    this.formUrl = /https:\/\/docs\.google\.com\/forms\/d\/e\/[\w-]+\/viewform/.exec(report)?.[0] ?? '';
    if (!this.formUrl) throw new Error(`No form link in «${report}»`);
    for (const sub of formSubmissions(this.cases, FORM_OPENS + 3600_000, SUBMISSION_DEADLINE, this.config.seed)) {
      this.rt.advanceTo(sub.at);
      const outcome = this.rt.submitForm(this.formUrl, asFormAnswers(sub.answers));
      this.submissions.push({
        ...sub,
        response: outcome.ok ? outcome.response.id : null,
        refused: outcome.ok ? null : outcome.reason,
      });
      this.progress('Прийом заявок');
    }
    this.rt.advanceTo(SUBMISSION_DEADLINE + 30 * 60_000);
    const caseOf = new Map(this.submissions.map((s) => [s.response, this.cases[s.index]]));
    for (const r of this.tab('Заявки').slice(1)) {
      const c = caseOf.get(String(r[1]));
      if (r[3] && c) this.byId.set(String(r[3]), c);
    }
  }

  /** 24 Sep: the members' sheets and the invitations (continued by the dispatcher when the time limit cuts in). */
  distribute(): void {
    this.rt.advanceTo(kyiv(2024, 9, 24, 9, 0));
    this.progress('Таблиці членів комісії');
    this.menu('Створити таблиці членів комісії');
    for (let i = 0; i < 20 && this.pendingSheets(); i++) this.rt.advanceBy(10 * 60_000);
    this.progress('Запрошення');
    this.menu('Надіслати запрошення', [{ button: 'YES' }]);
    for (let i = 0; i < 50 && this.invitationsLeft(); i++) this.rt.advanceBy(10 * 60_000);
    for (const m of this.members) this.memberFiles.set(m.email, this.fileOf(m.email));
    const late = this.noAccountMember();
    if (late) {
      // Google's invitation reached them; the next morning they create a Google account for that address.
      this.rt.advanceTo(kyiv(2024, 9, 25, 8, 30));
      this.rt.createAccount(late.email);
    }
  }

  private memberRows(): unknown[][] {
    return this.secretary().read('Члени комісії', `A2:J${this.members.length + 1}`);
  }

  pendingSheets(): boolean {
    return this.memberRows().some((r) => !String(r[4] ?? ''));
  }

  invitationsLeft(): boolean {
    return this.memberRows().some((r) => !r[5]);
  }

  fileOf(email: string): string {
    const row = this.memberRows().find((r) => String(r[1]).toLowerCase() === email);
    const link = String(row?.[4] ?? '');
    const m = /\/d\/([^/]+)/.exec(link);
    if (!m) throw new Error(`${email} has no sheet`);
    return m[1];
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
        opts: Parameters<Season['enter']>[2] = {},
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
      sessions.push({ at: kyiv(2024, 10, 1, 12, 0), member: this.members[0], run: () => this.colleagueVisits() });
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

  /** A menu action of the stages; fails loudly when the script reported an error (an alert and a journal entry). */
  stage(
    caption: string,
    answers: { button: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE'; text?: string }[] = [],
  ): void {
    const before = this.tab('Журнал').length;
    this.menu(caption, answers);
    const errors = this.tab('Журнал')
      .slice(before)
      .filter((r) => r[1] === 'Помилка');
    if (errors.length) throw new Error(`«${caption}» failed: ${errors.map((r) => String(r[3])).join('; ')}`);
  }

  /** The web app's address the secretary copies into the settings after deploying (a fictional deployment). */
  get publicUrl(): string {
    return `https://script.google.com/macros/s/${this.rt.world.scriptId}/exec`;
  }

  /** The stages' job state the script keeps (Script property). */
  stagesState(): {
    winners: { pending: boolean };
    catalog: { pending: boolean; done: boolean };
    stands?: { pending: boolean };
  } {
    return JSON.parse(
      this.rt.properties.script.get('top100.stages') ??
        '{"winners":{"pending":false},"catalog":{"pending":false,"done":false}}',
    );
  }

  /**
   * The commission's choice when «ТОП-100» has a tie at the cut-off: the first `seats` of the tied cases as the
   * approval dialog lists them (numbers 1…seats); '' without a tie. Read from «Рейтинг» as the secretary sees it.
   */
  tieAnswer(): string {
    const rating = this.tab('Рейтинг');
    const header = rating[1] ?? [];
    const decision = header.indexOf('Рішення');
    const rows = rating.slice(2);
    const selected = rows.filter((r) => r[decision] === 'до списку').length;
    const tied = rows.filter((r) => String(r[decision]).startsWith('нічия')).length;
    if (tied === 0) return '';
    const winners = Number(this.tab('Налаштування').find((r) => r[0] === 'Кількість переможців')?.[1] ?? 100);
    return Array.from({ length: winners - selected }, (_, i) => String(i + 1)).join(', ');
  }

  /** «Засідання»'s items as the secretary reads them, with their sheet rows. */
  agenda(): { row: number; kind: string; id: string; standing: string; frequency: number | null }[] {
    const last = this.rt.store.get(this.masterId)?.sheetByName('Засідання')?.lastRow() ?? 0;
    if (last === 0) return [];
    const rows = this.secretary().read('Засідання', `A1:U${last}`);
    const header = rows.findIndex((r) => r[0] === '№' && r[2] === 'ID кейсу');
    return rows
      .map((r, i) => ({ r, row: i + 1 }))
      .filter(({ r, row }) => row > header + 1 && r[2] !== '')
      .map(({ r, row }) => ({
        row,
        kind: String(r[1]),
        id: String(r[2]),
        standing: String(r[9]),
        frequency: typeof r[10] === 'number' ? r[10] : null,
      }));
  }

  /** The secretary records an item's vote («за», «проти», «утрималися», «не голосували»), decision and note. */
  vote(row: number, votes: [number, number, number, number], decision: string, note = ''): void {
    this.secretary().paste('Засідання', `O${row}`, [[...votes.map(String), decision, note]]);
  }

  /** The decisions this season's meeting recorded: case → decision word. */
  readonly decisions = new Map<string, string>();

  /**
   * The meeting of 11 October: the agenda prepared, the number present as the tab has it (every member), votes on
   * the tie at the cut-off (each tied case: the rule's choice confirmed, or the seats filled in the listed order)
   * and on two borderline cases — the least stable case in the list goes out, the most stable one outside comes
   * in, so the places stay 100. Returns whether any decision was recorded.
   */
  meeting(): boolean {
    this.progress('Засідання');
    this.stage('Підготувати порядок денний');
    const items = this.agenda();
    const present = this.members.length;
    const record = (row: number, id: string, votes: [number, number, number, number], decision: string, note = '') => {
      this.vote(row, votes, decision, note);
      this.decisions.set(id, decision);
    };
    const unanimous: [number, number, number, number] = [present, 0, 0, 0];
    const tie = items.filter((i) => i.kind === 'Нічия на межі');
    const places = Number(this.tab('Засідання').find((r) => r[0] === 'Місць у списку')?.[1] ?? 0);
    const inList = this.tab('Рейтинг').filter((r) => r[15] === 'до списку').length;
    let seats = places - inList;
    for (const t of tie) {
      const include = t.standing === 'так' || (t.standing === 'нічия на межі' && seats-- > 0);
      record(t.row, t.id, unanimous, include ? 'включити' : 'виключити');
    }
    const borderline = items.filter((i) => i.kind === 'Межовий кейс');
    const byFrequency = (a: { frequency: number | null }, b: { frequency: number | null }) =>
      (a.frequency ?? 0) - (b.frequency ?? 0);
    const weakest = borderline.filter((i) => i.standing === 'так').sort(byFrequency)[0];
    const strongest = borderline.filter((i) => i.standing === 'ні').sort(byFrequency).reverse()[0];
    if (weakest && strongest && present >= 4) {
      record(
        weakest.row,
        weakest.id,
        [present - 2, 1, 1, 0],
        'виключити',
        'Член комісії звернув увагу, що результати кейсу не підтверджено матеріалами.',
      );
      record(strongest.row, strongest.id, [present - 1, 0, 0, 1], 'включити');
    }
    return this.decisions.size > 0;
  }

  /**
   * Stages II and III on publication day: the meeting's decisions and the approval by them (or the tie decided in
   * the approval's dialog when the meeting recorded nothing), the protocol draft, the public page and its exports,
   * the certificates with the letters, the catalog, the stands' posters; the long jobs continued by the dispatcher.
   */
  stages(): void {
    this.progress('Затвердження');
    this.setSetting('Адреса публічної сторінки', this.publicUrl);
    this.setSetting('Нагородження: дата і час', '18 жовтня 2024 року о 12:00');
    this.setSetting(
      'Нагородження: місце',
      'платформа станції «Майдан Незалежності» Київського метрополітену',
    );
    this.setSetting('Голова комісії', 'Мирослава СМІРНОВА');
    this.setSetting('Секретар комісії', 'Дмитро РУБАН');
    const decided = this.meeting();
    const tie = decided ? '' : this.tieAnswer();
    this.stage('Затвердити рейтинг…', [
      { button: 'OK' },
      { button: 'OK' },
      ...(tie ? [{ button: 'OK' as const, text: tie }] : []),
      { button: 'YES' },
    ]);
    this.stage('Проєкт протоколу засідання');
    this.progress('Оприлюднення');
    this.stage('Оприлюднити список');
    this.progress('Дипломи');
    this.stage('Дипломи й листи переможцям', [{ button: 'YES' }]);
    for (let i = 0; i < 100 && this.stagesState().winners.pending; i++) this.rt.advanceBy(10 * 60_000);
    this.progress('Каталог');
    this.stage('Каталог кращих практик');
    for (let i = 0; i < 50 && this.stagesState().catalog.pending; i++) this.rt.advanceBy(10 * 60_000);
    this.progress('Стенди');
    this.stage('Стенди');
    for (let i = 0; i < 50 && this.stagesState().stands?.pending; i++) this.rt.advanceBy(10 * 60_000);
    this.progress('Готово');
  }

  /** Next year's master, once «Новий сезон…» made it. */
  nextMasterId = '';

  /**
   * After the season: «Новий сезон…» with the dialog's defaults (the next year, this year's dates a year later),
   * then the new master opened, its own script authorised and «Налаштувати таблицю» run there.
   */
  nextSeason(): LocalRuntime {
    this.progress('Новий сезон');
    this.menu('Новий сезон…', [
      { button: 'OK', text: '' },
      { button: 'OK', text: '' },
      { button: 'OK', text: '' },
      { button: 'OK', text: '' },
      { button: 'YES' },
    ]);
    const report = this.rt.ui.alerts[this.rt.ui.alerts.length - 1].prompt;
    const id = /\/spreadsheets\/d\/([\w-]+)/.exec(report)?.[1];
    if (!id) throw new Error(`«Новий сезон…» made no master: ${report}`);
    this.nextMasterId = id;
    const next = this.rt.boundTo(id);
    next.authorize(OWNER);
    next.openMaster(OWNER);
    const setUp = next.menu('Налаштувати таблицю');
    if (setUp.error) throw new Error(`«Налаштувати таблицю» failed in the new master: ${String(setUp.error)}`);
    this.progress('Готово');
    return next;
  }

  /** A tab of the master as values, read without charging any execution. */
  tab(name: string): unknown[][] {
    const sheet = this.rt.store.get(this.masterId)?.sheetByName(name);
    if (!sheet || sheet.lastRow() === 0) return [];
    return this.secretary()
      .read(name, `A1:Z${sheet.lastRow()}`)
      .filter((r) => r.some((v) => v !== ''));
  }
}
