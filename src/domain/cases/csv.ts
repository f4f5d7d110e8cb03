// A CSV file of cases as rows: RFC 4180 with the delimiter Excel chose, and a check for the wrong encoding.

function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && ch in counts) counts[ch]++;
  }
  let best = ',';
  for (const d of [';', '\t']) if (counts[d] > counts[best]) best = d;
  return best;
}

/**
 * RFC 4180 CSV: quoted fields with doubled quotes and line breaks, CRLF or LF, a byte-order mark dropped.
 * The delimiter (comma, semicolon as Excel writes in the Ukrainian locale, or tab) is the one the
 * header line uses most.
 */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(src);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (inQuotes) {
      if (ch !== '"') field += ch;
      else if (src[i + 1] === '"') {
        field += '"';
        i++;
      } else inQuotes = false;
      continue;
    }
    if (ch === '"' && field === '' && !quoted) {
      inQuotes = true;
      quoted = true;
    } else if (ch === delimiter) {
      row.push(field);
      field = '';
      quoted = false;
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      quoted = false;
      if (ch === '\r' && src[i + 1] === '\n') i++;
    } else {
      field += ch;
    }
  }
  if (field !== '' || quoted || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Characters that follow «Р» or «С» when UTF-8 Cyrillic is read as Windows-1251 («Р°» for «а», «Рѕ» for
 * «о»), leaving out the letters that follow Р and С in real Ukrainian words (і, ї, є, ґ …).
 */
const MOJIBAKE_1251 =
  /[РС][\u0402\u0403\u201a\u0453\u201e\u2026\u2020\u2021\u20ac\u2030\u0409\u2039\u040a\u040c\u040b\u040f\u0452\u2018\u201c\u201d\u2022\u2122\u0459\u203a\u045a\u045c\u045b\u045f\u040e\u045e\u0408\u00a4\u00a6\u00a7\u00a9\u00ac\u00ad\u00ae\u00b0\u00b1\u00b5\u00b6\u00b7\u2116\u0458\u0405\u0455]/g;
/** The same for UTF-8 read as Latin-1 or Windows-1252 («Ð°» for «а»). */
const MOJIBAKE_LATIN1 =
  /[ÐÑ][\u0080-\u00bf\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]/g;

/** Whether text looks like a file read in the wrong encoding (typically a Windows-1251 CSV from Excel). */
export function looksMisencoded(text: string): boolean {
  if (text.includes('\ufffd')) return true;
  const cp1251 = text.match(MOJIBAKE_1251)?.length ?? 0;
  const latin1 = text.match(MOJIBAKE_LATIN1)?.length ?? 0;
  return cp1251 >= 2 || latin1 >= 2;
}
