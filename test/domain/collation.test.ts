import fc from 'fast-check';
import { compareCaseIds, ukCompare } from '../../src/domain/collation';

const ALPHABET = 'а б в г ґ д е є ж з и і ї й к л м н о п р с т у ф х ц ч ш щ ь ю я'.split(' ');

describe('Ukrainian alphabetical order for the public list', () => {
  test('the whole alphabet sorts into its own order, from any starting order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(ALPHABET, { minLength: ALPHABET.length, maxLength: ALPHABET.length }),
        (letters) => {
          expect(letters.slice().sort(ukCompare)).toEqual(ALPHABET);
        },
      ),
    );
  });

  test('ґ comes after г, є after е, і and ї after и', () => {
    expect(ukCompare('Ґудзик', 'Гора')).toBeGreaterThan(0);
    expect(ukCompare('Ґудзик', 'Дім')).toBeLessThan(0);
    expect(ukCompare('Євген', 'Ежектор')).toBeGreaterThan(0);
    expect(ukCompare('Ірпінь', 'Ирій')).toBeGreaterThan(0);
    expect(ukCompare('Їжак', 'Ирій')).toBeGreaterThan(0);
    expect(ukCompare('Їжак', 'Ірпінь')).toBeGreaterThan(0);
    expect(ukCompare('Йорданка', 'Їжак')).toBeGreaterThan(0);
  });

  test('capital letters do not jump ahead: case decides only between otherwise equal titles', () => {
    expect(['Бібліотека', 'агенція', 'Агенція', 'бібліотека'].sort(ukCompare)).toEqual([
      'агенція',
      'Агенція',
      'бібліотека',
      'Бібліотека',
    ]);
  });

  test('an apostrophe does not move a word: «п’ять» sorts as «пять», after «пясток»', () => {
    for (const apostrophe of ["'", '’', 'ʼ']) {
      expect(ukCompare(`п${apostrophe}ять`, 'пясток')).toBeGreaterThan(0);
      expect(ukCompare(`п${apostrophe}ять`, 'пятьох')).toBeLessThan(0);
    }
    expect(['Соломка', 'Солом’янський сквер', 'Соломія'].sort(ukCompare)).toEqual([
      'Соломія',
      'Соломка',
      'Солом’янський сквер',
    ]);
  });

  test('digits come before letters, Latin after Cyrillic', () => {
    expect(
      ['Zero Waste Kyiv', 'Яблуневий сад', '100 дерев', 'Арт-простір', 'IT-школа'].sort(ukCompare),
    ).toEqual(['100 дерев', 'Арт-простір', 'Яблуневий сад', 'IT-школа', 'Zero Waste Kyiv']);
  });

  test('a shorter title that starts a longer one comes first, and a space separates words', () => {
    expect(ukCompare('Київ', 'Київська')).toBeLessThan(0);
    expect(ukCompare('Зелений двір', 'Зеленийдвір')).toBeLessThan(0);
  });

  test('a decomposed ї (і + diaeresis) sorts like the single letter', () => {
    expect(ukCompare('Ї\u0308жак'.replace('Ї\u0308', 'І\u0308'), 'Иволга')).toBeGreaterThan(0);
    expect(ukCompare('І\u0308жак', 'Ірпінь')).toBeGreaterThan(0);
  });

  const titleChars = fc.constantFrom(..."аАгГґҐеЄєиІіїЇйяЯ  ’'ʼ09-.aZ«»".split(''));
  const title = fc.array(titleChars, { maxLength: 6 }).map((cs) => cs.join(''));

  test('it is a total order: antisymmetric, equal only for identical texts, transitive', () => {
    fc.assert(
      fc.property(title, title, title, (a, b, c) => {
        expect(Math.sign(ukCompare(a, b)) + Math.sign(ukCompare(b, a))).toBe(0);
        expect(ukCompare(a, b) === 0).toBe(a === b);
        if (ukCompare(a, b) <= 0 && ukCompare(b, c) <= 0) expect(ukCompare(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 3000 },
    );
  });

  test('sorting does not depend on the order titles came in', () => {
    fc.assert(
      fc.property(fc.array(title, { maxLength: 20 }), fc.integer(), (titles, seed) => {
        const shuffled = titles
          .slice()
          .sort((x, y) => ((x.length * 31 + seed) % 7) - ((y.length * 31 + seed) % 7));
        expect(shuffled.sort(ukCompare)).toEqual(titles.slice().sort(ukCompare));
      }),
    );
  });
});

describe('case IDs in natural order', () => {
  test('2024-999 comes before 2024-1000 and 2024-002 before 2024-010', () => {
    expect(['2024-1000', '2024-010', '2024-999', '2024-002'].sort(compareCaseIds)).toEqual([
      '2024-002',
      '2024-010',
      '2024-999',
      '2024-1000',
    ]);
  });

  test('only identical IDs compare equal, and the order is antisymmetric and transitive', () => {
    const id = fc
      .array(fc.constantFrom('0', '1', '2', '9', '-', 'a', 'б'), { maxLength: 6 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(id, id, id, (a, b, c) => {
        expect(compareCaseIds(a, b) === 0).toBe(a === b);
        expect(Math.sign(compareCaseIds(a, b)) + Math.sign(compareCaseIds(b, a))).toBe(0);
        if (compareCaseIds(a, b) <= 0 && compareCaseIds(b, c) <= 0)
          expect(compareCaseIds(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 3000 },
    );
  });
});
