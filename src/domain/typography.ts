// Ukrainian typography for what is printed (certificates, the catalog, the protocol): « » quotes, the dash, and
// non-breaking spaces where a line must not break.

const NBSP = '\u00a0';
const UPPER = 'A-ZА-ЯІЇЄҐ';
const LETTER = 'A-Za-zА-Яа-яІіЇїЄєҐґ';

/**
 * Text as a Ukrainian publication prints it:
 * - straight quotes become «ялинки» (and „лапки“ inside them), apostrophes become ’;
 * - a hyphen between spaces becomes a dash, tied to the word before it: «слово — далі»;
 * - no line break before «р.», «рр.», «року», «році», «рік», «грн», after «№» and «§», inside initials and between
 *   initials and the surname («М. М. Смірнова», «Смірнова М. М.»), nor inside a number written in groups (1 000).
 * Links and e-mail addresses are left exactly as they are.
 */
export function typeset(text: string, opts: { quoted?: boolean } = {}): string {
  if (text === '') return text;
  // Links and addresses are kept out of every rule
  const kept: string[] = [];
  let s = text.replace(/\b(?:https?:\/\/|www\.)[^\s"'«»<>()]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (m) => {
    kept.push(m);
    return `\uE000${kept.length - 1}\uE000`;
  });
  s = quotes(s, opts.quoted ? 1 : 0);
  s = s.replace(new RegExp(`([${LETTER}])'(?=[${LETTER}])`, 'g'), '$1’');
  // A hyphen or an en dash standing alone between words is a dash
  s = s.replace(/(\S)[ \u00a0]+[-–—][ \u00a0]+/g, `$1${NBSP}— `);
  s = s.replace(/^[-–—] /, '— ');
  // Abbreviations that belong to the number or the name before them
  s = s.replace(/(\d)[ \u00a0]+(рр?\.|року|році|рік|грн\.?)(?![\p{L}])/gu, `$1${NBSP}$2`);
  s = s.replace(/([№§])[ \u00a0]*(?=\d)/g, `$1${NBSP}`);
  // Initials: «М. М. Смірнова» and «Смірнова М. М.»
  s = s.replace(new RegExp(`(?<![${LETTER}])([${UPPER}]\\.)[ \\u00a0]+(?=[${UPPER}])`, 'gu'), `$1${NBSP}`);
  s = s.replace(
    new RegExp(
      `([${LETTER}]{2,})[ \\u00a0]+(?=[${UPPER}]\\.(?:[ \\u00a0]?[${UPPER}]\\.)?(?![${LETTER}]))`,
      'gu',
    ),
    `$1${NBSP}`,
  );
  // Digit groups typed with a plain space: 1 000, 12 500
  s = s.replace(/(\d)[ ](?=\d{3}(?!\d))/g, `$1${NBSP}`);
  return s.replace(/\uE000(\d+)\uE000/g, (_, i: string) => kept[Number(i)]);
}

/**
 * Quotes as Ukrainian prints them: « » outside, „ “ inside; straight double quotes are paired by where they stand.
 * `outer` is the depth the text starts at: 1 for a text that will stand inside « » (its own quotes become „ “).
 */
function quotes(s: string, outer: number): string {
  if (!/["«»]/.test(s)) return s;
  let depth = outer;
  let out = '';
  const open = () => {
    out += depth > 0 ? '„' : '«';
    depth++;
  };
  const close = () => {
    out += depth > 1 ? '“' : '»';
    depth = Math.max(0, depth - 1);
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '«') open();
    else if (c === '»') close();
    else if (c === '"') {
      // After a space, a bracket, a dash or a comma a quote opens («"а","б"»); after anything else it closes
      if (i === 0 || /[\s(\u00a0[«„,;=-]/.test(s[i - 1])) open();
      else close();
    } else out += c;
  }
  return out;
}
