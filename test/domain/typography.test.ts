// What is printed (certificates, the catalog, the protocol) follows Ukrainian typography.
import { typeset } from '../../src/domain/typography';

const NBSP = '\u00a0';

describe('typeset', () => {
  test('straight quotes become « », and „ “ inside them', () => {
    expect(typeset('ГО "Разом"')).toBe('ГО «Разом»');
    expect(typeset('ГО "Клуб "Сокіл""')).toBe('ГО «Клуб „Сокіл“»');
    expect(typeset('ГО «Клуб «Сокіл»»')).toBe('ГО «Клуб „Сокіл“»');
    // A title that will stand inside the certificate's « »: its own quotes are the inner ones
    expect(typeset('Сквер "Дружба"', { quoted: true })).toBe('Сквер „Дружба“');
    expect(typeset('=IMPORTXML("a","b")')).toBe('=IMPORTXML(«a»,«b»)');
  });

  test('an apostrophe between letters is ’', () => {
    expect(typeset("Солом'янський район, м'ята")).toBe('Солом’янський район, м’ята');
  });

  test('a hyphen between words is a dash, tied to the word before it', () => {
    expect(typeset('ТОП-100 - ярмарок')).toBe(`ТОП-100${NBSP}— ярмарок`);
    expect(typeset('Київ – 2024')).toBe(`Київ${NBSP}— 2024`);
    // A hyphen inside a word stays
    expect(typeset('ТОП-100, онлайн-платформа')).toBe('ТОП-100, онлайн-платформа');
  });

  test('no line break before «р.», «року», after «№», inside initials and between initials and surname', () => {
    expect(typeset('18 жовтня 2024 року')).toBe(`18 жовтня 2024${NBSP}року`);
    expect(typeset('у 2024 р. і 2023 рр.')).toBe(`у 2024${NBSP}р. і 2023${NBSP}рр.`);
    expect(typeset('протокол № 2')).toBe(`протокол №${NBSP}2`);
    expect(typeset('Смірнова М. М.')).toBe(`Смірнова${NBSP}М.${NBSP}М.`);
    expect(typeset('М. М. Смірнова')).toBe(`М.${NBSP}М.${NBSP}Смірнова`);
    expect(typeset('вул. Б. Хмельницького')).toBe(`вул. Б.${NBSP}Хмельницького`);
  });

  test('a number written in groups stays on one line: 1 000, 12 500', () => {
    expect(typeset('1 000 учасників, 12 500 гривень')).toBe(`1${NBSP}000 учасників, 12${NBSP}500 гривень`);
  });

  test('links and addresses are left exactly as they are', () => {
    const text = 'див. https://example.org/a-b?x=1 - або mail@example.org';
    expect(typeset(text)).toBe(`див. https://example.org/a-b?x=1${NBSP}— або mail@example.org`);
    expect(typeset("https://example.org/it's")).toBe("https://example.org/it's");
  });

  test('typesetting twice changes nothing more', () => {
    for (const t of ['ГО "Клуб "Сокіл""', 'Смірнова М. М. - голова', '2024 року, № 5', "Солом'янський"])
      expect(typeset(typeset(t))).toBe(typeset(t));
  });
});
