// Numbers before nouns: one rule for every message, and numbers written the Ukrainian way.
import { MESSAGES, ui } from '../../src/domain/messages';
import { fillMessage, formatNumber, plural, pluralForm } from '../../src/domain/plural';

const ZMINA = ['зміна', 'зміни', 'змін'];
const BAL = ['бал', 'бали', 'балів', 'бала'];
const NBSP = '\u00a0';

describe('the Ukrainian plural rule', () => {
  test.each([
    [1, 'зміна'],
    [2, 'зміни'],
    [4, 'зміни'],
    [5, 'змін'],
    [11, 'змін'],
    [12, 'змін'],
    [14, 'змін'],
    [21, 'зміна'],
    [22, 'зміни'],
    [25, 'змін'],
    [101, 'зміна'],
    [111, 'змін'],
    [112, 'змін'],
    [0, 'змін'],
    [94, 'зміни'],
  ])('%i %s', (n, word) => {
    expect(plural(n, ZMINA)).toBe(word);
  });

  test('a fraction takes the genitive singular: 1,5 бала, 2,5 зміни', () => {
    expect(plural(1.5, BAL)).toBe('бала');
    expect(plural(0.5, BAL)).toBe('бала');
    expect(plural(2.5, ZMINA)).toBe('зміни');
    expect(pluralForm(1.5)).toBe('other');
  });

  test('English has one and other', () => {
    expect(plural(1, ['case', 'cases'], 'en')).toBe('case');
    expect(plural(21, ['case', 'cases'], 'en')).toBe('cases');
    expect(plural(0, ['case', 'cases'], 'en')).toBe('cases');
  });
});

describe('numbers in messages', () => {
  test('a decimal comma, and groups of three apart by a non-breaking space from five digits on', () => {
    expect(formatNumber(1.5)).toBe('1,5');
    expect(formatNumber(2024)).toBe('2024');
    expect(formatNumber(1000)).toBe('1000');
    expect(formatNumber(12500)).toBe(`12${NBSP}500`);
    expect(formatNumber(1000000)).toBe(`1${NBSP}000${NBSP}000`);
    expect(formatNumber(-0.25)).toBe('-0,25');
    expect(formatNumber(12500, 'en')).toBe('12500');
  });

  test('{n#…} writes the word that agrees with n; {n} the number', () => {
    const tpl = '{n} {n#зміна|зміни|змін}';
    expect([1, 2, 5, 21, 11, 111, 94].map((n) => fillMessage(tpl, { n }))).toEqual([
      '1 зміна',
      '2 зміни',
      '5 змін',
      '21 зміна',
      '11 змін',
      '111 змін',
      '94 зміни',
    ]);
    expect(fillMessage('на {p} {p#бал|бали|балів|бала}', { p: 1.5 })).toBe('на 1,5 бала');
    expect(fillMessage('{n} {n#case|cases}', { n: 1 }, 'en')).toBe('1 case');
    expect(fillMessage('{missing} {missing#a|b|c}', {})).toBe('{missing} {missing#a|b|c}');
  });

  test('the messages agree with their numbers', () => {
    expect(ui('remindConfirm', { count: 1, names: '' })).toContain('1 членові комісії');
    expect(ui('remindConfirm', { count: 3, names: '' })).toContain('3 членам комісії');
    expect(ui('approveReport', { count: 21, protocol: '2', meeting: '', tab: '', hash: '' })).toContain(
      '21 кейс,',
    );
    expect(ui('topTieHeader', { count: 2, seats: 1 })).toContain('2 кейси на 1 місце');
    expect(ui('severity_stricter', { points: 1.5 })).toContain('на 1,5 бала нижче');
    expect(ui('pageLead', { count: 100, meeting: '11.10.2024', protocol: '2' })).toMatch(
      /^100 кращих кейсів .* затверджених комісією/,
    );
    expect(ui('pageLead', { count: 21, meeting: '', protocol: '' })).toMatch(
      /^21 кращий кейс .* затверджений/,
    );
  });

  test('no Ukrainian message puts a number straight before a noun without the rule (abbreviations like «дн.» do not change)', () => {
    const nouns =
      /\{\w+\} (?:кейс|місц|член|таблиц|символ|бал|змін|байт|лист|диплом|оцін|рядк|файл|дн(?!\.))/;
    const offenders = Object.entries(MESSAGES.uk).filter(([, text]) => nouns.test(text));
    expect(offenders).toEqual([]);
  });
});
