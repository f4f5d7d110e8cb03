// A season's ground: its people and dates, the runtime it runs on, the secretary's clicks and reads of the master.
import * as path from 'node:path';
import { LocalRuntime } from '../runtime';
import type { DriveLag, Limits, ExecutionRecord } from '../world';
import type { UserSpreadsheet } from '../spreadsheet';
import { syntheticCases, syntheticMembers, SyntheticCase, SyntheticMember } from './data';
import { kyiv } from './time';

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

/** The season's runtime and people, and what the secretary does with the master; the stages build on it. */
export class SeasonCore {
  readonly rt: LocalRuntime;
  readonly cases: SyntheticCase[];
  readonly members: SyntheticMember[];
  protected typedCount = 0;

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
              ...(this.noAccountMember()
                ? { [this.noAccountMember()!.email]: { hasGoogleAccount: false } }
                : {}),
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

  protected progress(phase: string): void {
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
  protected secretary(): UserSpreadsheet {
    return this.rt.as(OWNER).open(this.masterId);
  }

  setSetting(label: string, value: string): void {
    const s = this.secretary();
    const labels = s.read('Налаштування', 'A1:A80').map((r) => String(r[0]));
    const row = labels.findIndex((l) => l === label);
    if (row < 0) throw new Error(`No setting «${label}»`);
    s.type('Налаштування', `B${row + 1}`, value);
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
