// Stages II and III: the meeting and its votes, approval, publication, awards, catalog, stands, the next season.
import type { LocalRuntime } from '../runtime';
import { OWNER } from './season-core';
import { SeasonEvaluation } from './season-evaluation';

/** A whole season: Stage I (the classes it extends), then the meeting, the stages after it and next year's master. */
export class Season extends SeasonEvaluation {
  /** A menu action of the stages; fails loudly when the script reported an error (an alert and a journal entry). */
  stage(
    caption: string,
    answers: { button: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE'; text?: string }[] = [],
  ): void {
    const before = this.tab('Журнал').length;
    const dialogs = this.rt.ui.dialogs.length;
    this.menu(caption, answers);
    this.carryOn(dialogs);
    const errors = this.tab('Журнал')
      .slice(before)
      .filter((r) => r[1] === 'Помилка');
    if (errors.length) throw new Error(`«${caption}» failed: ${errors.map((r) => String(r[3])).join('; ')}`);
  }

  /**
   * A progress dialog the action opened (any dialog since `from` whose page names its step, `data-step`), left open
   * as the secretary leaves it: its step called again as soon as one ends, as google.script.run from its page; when
   * another run holds the lock (the step answers busy) again 15 s later. Returns the steps it took.
   */
  carryOn(from: number, maxSteps = 200): number {
    const step = this.rt.ui.dialogs
      .slice(from)
      .map((d) => /\bdata-step="(\w+)"/.exec(d.html)?.[1])
      .find((s) => s !== undefined);
    if (!step) return 0;
    let steps = 0;
    let busy = 0;
    while (steps < maxSteps) {
      const r = this.rt.call(step, [], { as: OWNER, kind: 'menu' });
      steps++;
      if (r.error) throw new Error(`${step}: ${String((r.error as Error).message ?? r.error)}`);
      const p = r.result as { busy: boolean; done: boolean; error?: string };
      if (p.error) throw new Error(`${step}: ${p.error}`);
      if (p.busy) {
        if (++busy > 24) throw new Error(`${step}: the lock stayed busy for 6 minutes`);
        this.rt.advanceBy(15_000);
      } else if (p.done) return steps;
      else busy = 0;
    }
    throw new Error(`${step}: not done after ${maxSteps} steps`);
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
    const record = (
      row: number,
      id: string,
      votes: [number, number, number, number],
      decision: string,
      note = '',
    ) => {
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
    const strongest = borderline
      .filter((i) => i.standing === 'ні')
      .sort(byFrequency)
      .reverse()[0];
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
   * the certificates with the letters (their progress dialog left open until done), the catalog, the stands'
   * posters; what a job still has pending continued by the dispatcher.
   */
  stages(): void {
    this.beforeAwards();
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

  /**
   * Publication day up to the awards: the settings the letters and certificates need, the meeting's decisions and
   * the approval by them, the protocol draft, the public page and its exports.
   */
  beforeAwards(): void {
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
    if (setUp.error)
      throw new Error(`«Налаштувати таблицю» failed in the new master: ${String(setUp.error)}`);
    this.progress('Готово');
    return next;
  }
}
