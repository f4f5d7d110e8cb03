// The Drive v3 search-query language (the subset the project uses) and the `fields` selector.

import type { DriveItem } from '../world';

export class QuerySyntaxError extends Error {}

type Token =
  { t: 'str'; v: string } | { t: 'word'; v: string } | { t: 'op'; v: string } | { t: 'punct'; v: string };

function tokenize(q: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i];
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === "'" || c === '"') {
      let v = '';
      i += 1;
      while (i < q.length && q[i] !== c) {
        if (q[i] === '\\' && i + 1 < q.length) i += 1;
        v += q[i];
        i += 1;
      }
      if (i >= q.length) throw new QuerySyntaxError('unterminated string');
      i += 1;
      out.push({ t: 'str', v });
    } else if ('(){}'.includes(c)) {
      out.push({ t: 'punct', v: c });
      i += 1;
    } else if ('=!<>'.includes(c)) {
      const two = q.slice(i, i + 2);
      if (two === '!=' || two === '<=' || two === '>=') {
        out.push({ t: 'op', v: two });
        i += 2;
      } else if (c === '!') throw new QuerySyntaxError('unexpected !');
      else {
        out.push({ t: 'op', v: c });
        i += 1;
      }
    } else {
      const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(q.slice(i));
      if (!m) throw new QuerySyntaxError(`unexpected ${c}`);
      out.push({ t: 'word', v: m[0] });
      i += m[0].length;
    }
  }
  return out;
}

export type Predicate = (item: DriveItem) => boolean;

/** What a query sees of an item that depends on who asks: their app's appProperties, Drive's lagging modifiedTime. */
export interface QueryView {
  appProperties: (item: DriveItem) => Record<string, string>;
  modifiedTime: (item: DriveItem) => number;
}

const PLAIN_VIEW: QueryView = { appProperties: (f) => f.appProperties, modifiedTime: (f) => f.modifiedTime };

const compare = (a: string | number, op: string, b: string | number): boolean => {
  switch (op) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
  throw new QuerySyntaxError(`bad operator ${op}`);
};

/**
 * Parse a `q` of Files.list (https://developers.google.com/drive/api/guides/ref-search-terms):
 * `'<id>' in parents`, `modifiedTime > '<RFC 3339>'`, `trashed = false`, `mimeType = '…'`, `name = '…'`,
 * `name contains '…'`, `appProperties has { key='k' and value='v' }` (the asking app's own appProperties),
 * `properties has { … }` (public), with `and`, `or`, `not` and parentheses.
 */
export function parseQuery(q: string, view: QueryView = PLAIN_VIEW): Predicate {
  const tokens = tokenize(q);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const next = (): Token => {
    const t = tokens[pos];
    if (!t) throw new QuerySyntaxError('unexpected end');
    pos += 1;
    return t;
  };
  const isWord = (t: Token | undefined, w: string): boolean =>
    !!t && t.t === 'word' && t.v.toLowerCase() === w;
  const expect = (kind: Token['t'], v?: string): Token => {
    const t = next();
    if (t.t !== kind || (v !== undefined && t.v.toLowerCase() !== v))
      throw new QuerySyntaxError(`expected ${v ?? kind}`);
    return t;
  };

  const time = (s: string): number => {
    const ms = Date.parse(s);
    if (!Number.isFinite(ms)) throw new QuerySyntaxError(`bad time ${s}`);
    return ms;
  };

  function comparison(): Predicate {
    const first = next();
    if (first.t === 'str') {
      expect('word', 'in');
      const coll = expect('word').v;
      const v = first.v;
      if (coll === 'parents') return (f) => f.parents.includes(v);
      if (coll === 'owners') return (f) => f.owner === v.toLowerCase();
      if (coll === 'writers')
        return (f) =>
          f.permissions.some(
            (p) =>
              p.emailAddress.toLowerCase() === v.toLowerCase() && (p.role === 'writer' || p.role === 'owner'),
          );
      if (coll === 'readers')
        return (f) => f.permissions.some((p) => p.emailAddress.toLowerCase() === v.toLowerCase());
      throw new QuerySyntaxError(`unknown collection ${coll}`);
    }
    if (first.t !== 'word') throw new QuerySyntaxError('expected a field');
    const field = first.v;
    if (field === 'appProperties' || field === 'properties') {
      expect('word', 'has');
      expect('punct', '{');
      expect('word', 'key');
      expect('op', '=');
      const key = expect('str').v;
      expect('word', 'and');
      expect('word', 'value');
      expect('op', '=');
      const value = expect('str').v;
      expect('punct', '}');
      return field === 'appProperties'
        ? (f) => view.appProperties(f)[key] === value
        : (f) => (f.properties ?? {})[key] === value;
    }
    const opTok = next();
    if (opTok.t === 'word' && opTok.v === 'contains') {
      const v = expect('str').v;
      if (field === 'name') return (f) => f.name.toLowerCase().includes(v.toLowerCase());
      if (field === 'fullText')
        return (f) => `${f.name} ${f.description ?? ''}`.toLowerCase().includes(v.toLowerCase());
      if (field === 'mimeType') return (f) => f.mimeType.includes(v);
      throw new QuerySyntaxError(`contains on ${field}`);
    }
    if (opTok.t !== 'op') throw new QuerySyntaxError('expected an operator');
    const op = opTok.v;
    const valTok = next();
    const raw = valTok.v;
    switch (field) {
      case 'name':
      case 'mimeType':
      case 'description':
        if (valTok.t !== 'str') throw new QuerySyntaxError('expected a string');
        return (f) => compare(String(f[field] ?? ''), op, raw);
      case 'modifiedTime':
      case 'createdTime': {
        if (valTok.t !== 'str') throw new QuerySyntaxError('expected a time');
        const ms = time(raw);
        return field === 'modifiedTime'
          ? (f) => compare(view.modifiedTime(f), op, ms)
          : (f) => compare(f.createdTime, op, ms);
      }
      case 'trashed':
      case 'starred': {
        if (valTok.t !== 'word' || !['true', 'false'].includes(raw))
          throw new QuerySyntaxError('expected true or false');
        if (op !== '=' && op !== '!=') throw new QuerySyntaxError('bad operator');
        const b = raw === 'true';
        return (f) => compare(String(field === 'trashed' ? f.trashed : false), op, String(b));
      }
    }
    throw new QuerySyntaxError(`unknown field ${field}`);
  }

  function factor(): Predicate {
    if (isWord(peek(), 'not')) {
      next();
      const inner = factor();
      return (f) => !inner(f);
    }
    const t = peek();
    if (t && t.t === 'punct' && t.v === '(') {
      next();
      const inner = expr();
      expect('punct', ')');
      return inner;
    }
    return comparison();
  }

  function term(): Predicate {
    const parts = [factor()];
    while (isWord(peek(), 'and')) {
      next();
      parts.push(factor());
    }
    return (f) => parts.every((p) => p(f));
  }

  function expr(): Predicate {
    const parts = [term()];
    while (isWord(peek(), 'or')) {
      next();
      parts.push(term());
    }
    return (f) => parts.some((p) => p(f));
  }

  if (tokens.length === 0) return () => true;
  const pred = expr();
  if (pos !== tokens.length) throw new QuerySyntaxError('trailing input');
  return pred;
}

/** A parsed `fields` selector: field → nested selector (null: the whole value). '*' selects everything. */
export type FieldTree = Map<string, FieldTree | null> | '*';

export function parseFields(fields: string): FieldTree {
  const text = fields.replace(/\s+/g, '');
  if (text === '*' || text === '') return '*';
  let pos = 0;
  function list(): Map<string, FieldTree | null> {
    const out = new Map<string, FieldTree | null>();
    while (pos < text.length && text[pos] !== ')') {
      const m = /^[A-Za-z_*][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(text.slice(pos));
      if (!m) throw new QuerySyntaxError(`bad fields at ${pos}`);
      pos += m[0].length;
      const path = m[0].split('/');
      let sub: FieldTree | null = null;
      if (text[pos] === '(') {
        pos += 1;
        sub = list();
        if (text[pos] !== ')') throw new QuerySyntaxError('missing )');
        pos += 1;
      }
      // a/b is a(b)
      for (let i = path.length - 1; i > 0; i -= 1) sub = new Map([[path[i], sub]]);
      out.set(path[0], path[0] === '*' ? null : sub);
      if (text[pos] === ',') pos += 1;
    }
    return out;
  }
  const tree = list();
  if (pos !== text.length) throw new QuerySyntaxError('bad fields');
  return tree.has('*') ? '*' : tree;
}

/** Keep only the selected fields of a resource. */
export function selectFields(value: unknown, tree: FieldTree | null): unknown {
  if (tree === null || tree === '*' || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => selectFields(v, tree));
  const out: Record<string, unknown> = {};
  for (const [k, sub] of tree) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = selectFields(v, sub);
  }
  return out;
}
