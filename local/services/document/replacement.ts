// Body.replaceText's replacement string, read as Java reads it.

import { GasError } from '../../world';

/**
 * A replacement string as java.util.regex.Matcher.appendReplacement reads it (Apps Script's replaceText runs on
 * Java; https://docs.oracle.com/javase/8/docs/api/java/util/regex/Matcher.html#appendReplacement-java.lang.StringBuffer-java.lang.String-):
 * `\x` is x, `$n` is group n (as many digits as name a group), `${name}` a named group; a `$` with no group
 * after it, a trailing `\` or a missing group throws with Java's text. Values that may hold `$` or `\` must be
 * escaped by the caller (Matcher.quoteReplacement).
 */
export function javaReplacement(replacement: string, match: RegExpExecArray): string {
  const groupCount = match.length - 1;
  let out = '';
  let i = 0;
  while (i < replacement.length) {
    const c = replacement[i];
    if (c === '\\') {
      i += 1;
      if (i >= replacement.length) throw new GasError('character to be escaped is missing');
      out += replacement[i];
      i += 1;
    } else if (c === '$') {
      i += 1;
      if (i >= replacement.length) throw new GasError('Illegal group reference: group index is missing');
      if (replacement[i] === '{') {
        i += 1;
        let name = '';
        while (i < replacement.length && /[A-Za-z0-9]/.test(replacement[i])) name += replacement[i++];
        if (name === '') throw new GasError('named capturing group has 0 length name');
        if (replacement[i] !== '}') throw new GasError("named capturing group is missing trailing '}'");
        i += 1;
        if (/^\d/.test(name))
          throw new GasError(`capturing group name {${name}} starts with digit character`);
        if (!match.groups || !(name in match.groups)) throw new GasError(`No group with name {${name}}`);
        out += match.groups[name] ?? '';
        continue;
      }
      // The first digit is always a group; more digits join it while they still name a group.
      if (!/\d/.test(replacement[i])) throw new GasError('Illegal group reference');
      let group = Number(replacement[i]);
      i += 1;
      while (i < replacement.length && /\d/.test(replacement[i])) {
        const next = group * 10 + Number(replacement[i]);
        if (next > groupCount) break;
        group = next;
        i += 1;
      }
      if (group > groupCount) throw new GasError(`No group ${group}`);
      out += match[group] ?? '';
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}
