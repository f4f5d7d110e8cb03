// How a search box compares what a person typed with the text of the list: both folded to one form.

/**
 * Folds text the way people type Ukrainian into a search box, so the query and the text meet halfway:
 *
 * - case: «ГРУНТ» is «грунт»;
 * - letters written without their marks, or missing from a keyboard: ґ → г, ї → і, є → е, and the Russian
 *   layout's ё and э → е (people write «Київ» as «Киів», «Ґрунт» as «Грунт», «Єдність» as «Едність»);
 * - apostrophes in any of their forms (' ’ ʼ ‘ ` ´) and the hard sign ъ, which Russian spelling writes where
 *   Ukrainian has the apostrophe, are dropped: «Солом'янський», «Соломʼянський» and «Соломянський» are one word;
 * - Latin letters that look like Cyrillic ones, typed with the wrong layout, are read as Cyrillic (Latin «i» in
 *   «Киiв» is і); Latin words are folded the same way on both sides, so they still find themselves;
 * - dashes are one hyphen, quotation marks are dropped, runs of spaces are one space.
 *
 * и and і stay apart, and so do й and и: each has its own key on a Ukrainian keyboard, people do not mix them
 * up, and folding them would make short queries find other words (кит and кіт, лис and ліс).
 *
 * Self-contained (no reference outside its body): the public page runs this very function, from its source.
 */
export function foldForSearch(text: string): string {
  const FOLDS: Record<string, string> = {
    ґ: 'г',
    ї: 'і',
    є: 'е',
    ё: 'е',
    э: 'е',
    ъ: '',
    "'": '',
    '’': '',
    ʼ: '',
    '‘': '',
    '`': '',
    '´': '',
    '«': '',
    '»': '',
    '"': '',
    '“': '',
    '”': '',
    '„': '',
    '‐': '-',
    '‑': '-',
    '‒': '-',
    '–': '-',
    '—': '-',
    '―': '-',
    // Latin keys, Cyrillic values
    a: 'а',
    b: 'в',
    c: 'с',
    e: 'е',
    h: 'н',
    i: 'і',
    ï: 'і',
    k: 'к',
    m: 'м',
    o: 'о',
    p: 'р',
    t: 'т',
    x: 'х',
    y: 'у',
  };
  const lower = String(text).normalize('NFC').toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower.charAt(i);
    out += Object.prototype.hasOwnProperty.call(FOLDS, ch) ? FOLDS[ch] : ch;
  }
  return out.replace(/\s+/g, ' ').trim();
}
