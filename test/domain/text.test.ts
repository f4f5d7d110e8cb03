import {
  bulletList,
  escapeHtml,
  isValidEmail,
  normalizeName,
  renderTemplate,
  sanitizeHeader,
  toSheetText,
} from '../../src/domain/text';

describe('text the script writes into a cell stays text', () => {
  test.each([
    ['=IMPORTXML("http://x","//a")', '\'=IMPORTXML("http://x","//a")'],
    ['+380441234567', "'+380441234567"],
    ['-5', "'-5"],
    ['@admin', "'@admin"],
    ['007', "'007"],
    ['1.5', "'1.5"],
    ['12.03', "'12.03"],
    ['1 000', "'1 000"],
    ['50%', "'50%"],
    ['12:30', "'12:30"],
    ['2024-10-07', "'2024-10-07"],
    ['07.10.2024 23:59', "'07.10.2024 23:59"],
    ['TRUE', "'TRUE"],
    ['false', "'false"],
    ['ІСТИНА', "'ІСТИНА"],
    ['1e5', "'1e5"],
    ['₴100', "'₴100"],
    ["'цитата", "''цитата"],
    ['  =SUM(A1)', "'  =SUM(A1)"],
  ])('a case field %j is guarded as %j', (input, expected) => {
    expect(toSheetText(input)).toBe(expected);
  });

  test.each([
    'Київ',
    'ТОП-100',
    'Кейс 12.03 у Дарниці',
    'ГО «Світло»',
    '',
    'member@kyivcity.gov.ua',
    'https://kyivcity.gov.ua',
  ])('ordinary text %j is written as it is', (input) => {
    expect(toSheetText(input)).toBe(input);
  });
});

describe('HTML in emails and pages', () => {
  test('markup in a case title is shown, not run', () => {
    expect(escapeHtml('<script>alert("x")</script> & \'Ко\'')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Ко&#39;',
    );
  });
});

describe('email addresses', () => {
  test.each([
    'member@kyivcity.gov.ua',
    'a.b+tag@gmail.com',
    'o.kovalenko@ukr.net',
    "o'brien@example.org",
    'x@kyiv.xn--j1amh',
  ])('%s is accepted', (e) => {
    expect(isValidEmail(e)).toBe(true);
  });
  test.each([
    '',
    'member kyiv@gov.ua',
    'member@@gov.ua',
    'member@gov',
    'member@.ua',
    '.member@gov.ua',
    'mem..ber@gov.ua',
    'member@gov.ua.',
    'member@gov.123',
    'член@rada.gov.ua',
    'member@-gov.ua',
    'a'.repeat(65) + '@gov.ua',
    'a@' + 'b'.repeat(250) + '.ua',
  ])('%j is refused', (e) => {
    expect(isValidEmail(e)).toBe(false);
  });
});

describe('mail headers', () => {
  test('a subject with a line break cannot smuggle another header', () => {
    expect(sanitizeHeader('Запрошення\r\nBcc: everyone@example.com')).toBe(
      'Запрошення Bcc: everyone@example.com',
    );
  });
  test('control characters go, the text is trimmed and capped at 200 characters', () => {
    expect(sanitizeHeader('  Тема\u0000\u0007 ')).toBe('Тема');
    expect(Array.from(sanitizeHeader('я'.repeat(300))).length).toBe(200);
  });
});

describe('email templates', () => {
  const vars = { name: 'Олена Коваленко', link: 'https://docs.google.com/x', cases: 446 };

  test('placeholders are filled in plain text, with or without spaces inside the braces', () => {
    expect(renderTemplate('Добрий день, {{name}}! Кейсів: {{ cases }}.', vars, 'text')).toBe(
      'Добрий день, Олена Коваленко! Кейсів: 446.',
    );
  });

  test('a misspelt placeholder stays visible so the secretary notices it', () => {
    expect(renderTemplate('До {{deadlin}}', vars, 'text')).toBe('До {{deadlin}}');
  });

  test('in HTML a name with markup is escaped and line breaks become <br>', () => {
    expect(renderTemplate('Шановна {{name}}\nРядок 2', { name: '<b>Олена</b>\nК.' }, 'html')).toBe(
      'Шановна &lt;b&gt;Олена&lt;/b&gt;<br>К.<br>Рядок 2',
    );
  });

  test('in HTML the template text is treated as text too', () => {
    expect(renderTemplate('A & B < {{x}}', { x: 1 }, 'html')).toBe('A &amp; B &lt; 1');
  });
});

describe('names compared for duplicates and conflicts', () => {
  test('quotes, apostrophes, case and punctuation do not matter', () => {
    expect(normalizeName('ГО  «Солом’янські  КОТИКИ»!')).toBe('го соломянські котики');
    expect(normalizeName('ГО "Соломʼянські котики"')).toBe('го соломянські котики');
  });
});

describe('bulletList', () => {
  test('one bullet a line, the first `shown` lines only', () => {
    expect(bulletList(['а', 'б', 'в'], 2)).toBe('• а\n• б');
    expect(bulletList(['а'])).toBe('• а');
    expect(bulletList([])).toBe('');
  });
});
