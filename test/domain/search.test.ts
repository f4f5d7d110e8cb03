// The public page's search as a visitor types: capitals, a keyboard without ґ or ї, any apostrophe, the wrong layout.
import { foldForSearch } from '../../src/domain/search';

/** Whether every word of the query is found in the text, as the page decides. */
const finds = (query: string, text: string): boolean =>
  foldForSearch(query)
    .split(' ')
    .filter(Boolean)
    .every((w) => foldForSearch(text).includes(w));

describe('a visitor searching the public list', () => {
  test('finds «ґрунт» typed in capitals, or with г for ґ', () => {
    expect(finds('ГРУНТ', 'ГО «Ґрунт Подолу»')).toBe(true);
    expect(finds('грунт', 'ГО «Ґрунт Подолу»')).toBe(true);
    expect(finds('Ґрунт', 'грунтові дороги')).toBe(true);
  });

  test('finds a word whatever apostrophe it was written with, or with none', () => {
    for (const typed of ["солом'янський", 'соломʼянський', 'солом’янський', 'солом`янський', 'соломянський'])
      expect(finds(typed, 'Солом’янський район')).toBe(true);
    expect(finds('обєкт', "Об'єкт культурної спадщини")).toBe(true);
    // The Russian hard sign stands where Ukrainian writes the apostrophe
    expect(finds('объєкт', 'Обʼєкт')).toBe(true);
  });

  test('finds ї typed as і, є as е, and the Russian layout’s ё and э as е', () => {
    expect(finds('Киів', 'Київ')).toBe(true);
    expect(finds('іжак', 'ГО «Їжак Дарниці»')).toBe(true);
    expect(finds('едність', 'Єдність')).toBe(true);
    expect(finds('зелёна', 'Зелена хвиля')).toBe(true);
    expect(finds('эко', 'Екологія')).toBe(true);
  });

  test('finds Cyrillic words typed with Latin look-alikes (i for і, a, e, o, c, p, x, y …)', () => {
    expect(finds('Киiв', 'Київ')).toBe(true); // Latin i
    expect(finds('Oбoлoнь', 'Оболонь')).toBe(true); // Latin O and o
    expect(finds('ПEЧEPСЬКИЙ', 'Печерський')).toBe(true); // Latin E and P
    expect(finds('cквер', 'Сквер')).toBe(true); // Latin c
    // Latin words still find themselves, in any case
    expect(finds('wi-fi', 'Безкоштовний Wi‑Fi у парку')).toBe(true);
    expect(finds('SMART', 'Kyiv Smart City')).toBe(true);
  });

  test('keeps и and і apart, and й and и: short words do not find other words', () => {
    expect(finds('кит', 'Кіт у бібліотеці')).toBe(false);
    expect(finds('ліс', 'Лис Микита')).toBe(false);
    expect(finds('кит', 'Китобій')).toBe(true);
    expect(finds('краи', 'Край')).toBe(false);
  });

  test('reads dashes as one hyphen, ignores quotation marks and extra spaces', () => {
    expect(finds('ТОП–100', 'ТОП-100')).toBe(true);
    expect(finds('«Разом»', 'ГО "Разом"')).toBe(true);
    expect(foldForSearch('  Толока   з  озеленення ')).toBe('толока з озеленення');
  });

  test('a decomposed ї (і with a combining diaeresis, as some keyboards send it) is ї', () => {
    expect(foldForSearch('Ки\u0456\u0308в')).toBe(foldForSearch('Київ'));
  });

  test('the function is self-contained: its source, run alone, folds the same (the page runs it so)', () => {
    const alone = new Function(`return (${foldForSearch.toString()});`)() as (s: string) => string;
    for (const s of ['ГРУНТ', 'Солом’янський', 'Киiв', 'Їжак — «Разом»'])
      expect(alone(s)).toBe(foldForSearch(s));
  });
});
