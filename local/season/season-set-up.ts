// Before the members score: set-up, the members and the cases (CSV or form), their sheets and invitations.
import { casesCsv, SyntheticCase } from './data';
import { kyiv } from './time';
import { asFormAnswers, formSubmissions, type FormSubmission } from './intake';
import { FORM_OPENS, OWNER, SeasonCore, SUBMISSION_DEADLINE } from './season-core';

/** What the secretary does before 24 Sep, and the members' files that come of it. */
export class SeasonSetUp extends SeasonCore {
  protected readonly memberFiles = new Map<string, string>();
  /** Each case ID and the synthetic case it holds (a repeat sent through the form holds its case again). */
  readonly byId = new Map<string, SyntheticCase>();
  /** What the applicants sent through the form, with what the form's page said back (form intake only). */
  readonly submissions: (FormSubmission & { response: string | null; refused: string | null })[] = [];
  /** The form's address the secretary publishes. */
  formUrl = '';

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
    for (const sub of formSubmissions(
      this.cases,
      FORM_OPENS + 3600_000,
      SUBMISSION_DEADLINE,
      this.config.seed,
    )) {
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
}
