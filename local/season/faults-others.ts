// The others in the faulty season: the secretary's clicks and hand edits, a colleague's refused clicks, Drive and
// trigger mishaps.
import { COLLEAGUE, OWNER, Season } from './season';
import { readTab } from '../report';
import type { Run } from './faults-state';

/** What a menu action says when another process holds the script lock. */
const BUSY = /Зараз працює інша дія ТОП-100/;
/** Pipeline items of the menu, with the answers a person gives to their questions. */
export const PIPELINE_ITEMS: string[] = [
  'Налаштувати таблицю',
  'Створити таблиці членів комісії',
  'Надіслати запрошення',
  'Зібрати оцінки зараз',
  'Надіслати нагадування зараз',
  'Завершити оцінювання',
];

/** The secretary's click; answers a question nobody asked (the action failed first) are dropped. */
export function click(season: Season, caption: string, yes = false): void {
  season.rt.menu(caption, yes ? [{ button: 'YES' }] : []);
  season.rt.ui.discardAnswers();
}

/** Whether some member lacks the script column `col` (4 = sheet link, 5 = invited at; 0-based) in «Члени комісії». */
export function membersWithout(season: Season, col: number): boolean {
  return readTab(season.rt, 'Члени комісії')
    .slice(1)
    .some((r) => r[0] !== '' && !r[col]);
}

/** Someone removed the member's access to their file on Drive: the script (the owner) still reads it. */
export function unshare(season: Season, email: string): void {
  const item = season.rt.world.drive.get(season.fileOf(email));
  if (item) item.permissions = item.permissions.filter((p) => p.emailAddress.toLowerCase() !== email);
}

export function disableDispatcher(season: Season): void {
  const t = season.rt.triggers.toJSON().triggers.find((x) => x.handler === 'dispatcherTick');
  if (t) season.rt.setTriggerDisabled(t.uid, true);
}

/**
 * A colleague with edit rights on the master opens it and clicks an item of the pipeline. It must be refused with
 * the owner's name and change nothing: no trigger, no file, no email, no data of the master. The click is judged
 * on the ownership rule alone, so the service faults pause for it; when another process holds the script lock the
 * colleague is told to try again, and does, later (the owner is checked under the lock).
 */
export function colleagueClick(run: Run, caption: string): void | 'again' {
  const rt = run.season.rt;
  const faults = rt.world.faults;
  rt.world.faults = null;
  try {
    rt.openMaster(COLLEAGUE);
    const before = worldState(run.season);
    const alerts = rt.ui.alerts.length;
    // The owner is checked before any question is asked: the colleague is never asked to confirm (an item that
    // asked would find no answer and not be refused with the owner's name)
    rt.menu(caption, [], { as: COLLEAGUE });
    rt.ui.discardAnswers();
    run.activity.colleagueClicks++;
    const texts = rt.ui.alerts.slice(alerts).map((a) => a.prompt);
    const after = worldState(run.season);
    const changed = Object.keys(before).filter(
      (k) => before[k as keyof typeof before] !== after[k as keyof typeof after],
    );
    if (changed.length > 0) run.colleagueChanged.push(`${caption}: ${changed.join(', ')}`);
    if (texts.some((t) => t.includes(OWNER))) run.activity.colleagueRefused++;
    else if (texts.some((t) => BUSY.test(t)) && changed.length === 0) {
      run.activity.colleagueBusy++;
      return 'again';
    } else run.colleagueNotRefused.push(`${caption}: ${texts.join(' / ').slice(0, 200)}`);
  } finally {
    rt.world.faults = faults;
  }
}

/** What a refused click must leave as it was (the journal may note the refusal). */
function worldState(season: Season) {
  const rt = season.rt;
  return {
    triggers: JSON.stringify(rt.triggers.toJSON().triggers.map((t) => [t.uid, t.owner, t.handler])),
    files: [...rt.world.drive.values()].map((d) => `${d.id}:${d.owner}:${d.trashed}`).join(),
    mail: String(rt.mail.messages.length),
    master: JSON.stringify(['Налаштування', 'Члени комісії', 'Кейси', 'Оцінки'].map((t) => readTab(rt, t))),
  };
}

/** The secretary changes one collected score and clears one row of «Оцінки» by hand. */
export function handEdit(season: Season, rnd: () => number): void {
  const master = season.rt.as(OWNER).open(season.masterId);
  const rows = readTab(season.rt, 'Оцінки');
  const filled = rows.map((r, i) => ({ r, i })).filter(({ r, i }) => i > 0 && r[9] === 'дійсна');
  if (filled.length < 2) return;
  const a = filled[Math.floor(rnd() * filled.length)];
  master.type('Оцінки', `C${a.i + 1}`, '0');
  const b = filled.find((f) => f !== a)!;
  master.clear('Оцінки', `A${b.i + 1}:L${b.i + 1}`);
}
