// People and Google as they are: a second editor, a copy of the master, the script moved to another Cloud project,
// a domain that forbids link sharing. Each through the real bundle on the runtime.
import { COLLEAGUE, OWNER } from '../../local/season/season';
import { journal, lastAlert, readTab, smallSeason, ticks, typeScores, scoreRow } from '../integrity/helpers';

const memberFiles = (s: ReturnType<typeof smallSeason>) =>
  [...s.rt.world.drive.values()].filter((d) => d.appProperties.top100Member && !d.trashed);

describe('one owner runs the pipeline', () => {
  test('a colleague with edit rights is told who the owner is, and their clicks make no trigger, file or email', () => {
    const s = smallSeason();
    s.rt.share(s.masterId, COLLEAGUE, 'writer', { as: OWNER, notify: false });
    s.rt.authorize(COLLEAGUE);
    s.rt.openMaster(COLLEAGUE);
    const files = memberFiles(s).length;
    const mails = s.rt.mail.messages.length;
    for (const caption of [
      'Створити таблиці членів комісії',
      'Зібрати оцінки зараз',
      'Надіслати запрошення',
      'Надіслати нагадування зараз',
      'Завершити оцінювання',
    ]) {
      // Refused before anything is asked: one alert, with the owner's name.
      s.rt.menu(caption, [{ button: 'OK' }], { as: COLLEAGUE });
      expect({ caption, alert: lastAlert(s) }).toEqual({ caption, alert: expect.stringContaining(OWNER) });
    }
    expect(s.rt.triggers.toJSON().triggers.filter((t) => t.owner === COLLEAGUE)).toEqual([]);
    expect(memberFiles(s)).toHaveLength(files);
    expect(s.rt.mail.messages).toHaveLength(mails);
    // Looking is theirs: the rating can be computed and read.
    s.rt.menu('Обчислити рейтинг', [{ button: 'OK' }], { as: COLLEAGUE });
    expect(lastAlert(s)).toMatch(/рейтинг/i);
  });

  test('a dispatcher running as anyone but the owner leaves at once and writes nothing', () => {
    const s = smallSeason();
    const [a] = s.members;
    typeScores(s, a.email, s.assigned(a.email)[0], ['5', '5', '5', '5']);
    const before = JSON.stringify([readTab(s.rt, 'Оцінки'), readTab(s.rt, 'Журнал')]);
    const state = s.rt.properties.script.get('top100.state');
    s.rt.share(s.masterId, COLLEAGUE, 'writer', { as: OWNER, notify: false });
    s.rt.authorize(COLLEAGUE);
    const run = s.rt.call('dispatcherTick', [], { as: COLLEAGUE, kind: 'trigger' });
    expect(run.record.outcome).toBe('ok');
    expect(JSON.stringify([readTab(s.rt, 'Оцінки'), readTab(s.rt, 'Журнал')])).toBe(before);
    expect(s.rt.properties.script.get('top100.state')).toBe(state);
    // The owner's own dispatcher collects as usual.
    ticks(s);
    expect(scoreRow(s, a.email, s.assigned(a.email)[0])![9]).toBe('дійсна');
  });
});

describe('copies and moved projects never duplicate the members’ files', () => {
  test('a copy of the master refuses to make files or collect, and names the original', () => {
    const s = smallSeason();
    const copyId = s.rt.makeCopy({ as: OWNER, name: 'Копія ТОП-100 2024' });
    const copy = s.rt.boundTo(copyId);
    copy.authorize(OWNER);
    copy.openMaster(OWNER);
    const files = memberFiles(s).length;
    copy.menu('Створити таблиці членів комісії', [{ button: 'OK' }]);
    const alert = copy.ui.alerts[copy.ui.alerts.length - 1].prompt;
    expect(alert).toContain('копія');
    expect(alert).toContain(s.masterId);
    expect(memberFiles(s)).toHaveLength(files);
  });

  test('after the script moves to another Cloud project, «Створити таблиці» explains instead of creating files again', () => {
    const s = smallSeason();
    const files = memberFiles(s).length;
    s.rt.moveToCloudProject('424242');
    s.rt.authorize(OWNER);
    s.rt.menu('Створити таблиці членів комісії', [{ button: 'OK' }]);
    expect(lastAlert(s)).toMatch(/більше не бачить таблиць членів комісії/);
    const sheets = [...s.rt.world.drive.values()].filter((d) => !d.trashed && /— оцінювання —/.test(d.name));
    expect(sheets).toHaveLength(files);
    expect(
      journal(s).some((j) => j.action === 'Створено таблицю члена комісії' && j.details.includes('424242')),
    ).toBe(false);
  });
});
