// The arrows point one way (docs/ARCHITECTURE.md): no module of the script or of the runtime reaches itself again
// through its imports, type imports included. The layer rules themselves are ESLint's (eslint.config.mjs).
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

function modules(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(dir, d.name);
    if (d.isDirectory()) return modules(rel);
    return d.name.endsWith('.ts') ? [rel] : [];
  });
}

/** Each module's relative imports and re-exports, resolved to files. */
function graph(dirs: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of dirs.flatMap(modules)) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    const deps: string[] = [];
    for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gm)) {
      const target = path.normalize(path.join(path.dirname(file), m[1]));
      const found = [`${target}.ts`, path.join(target, 'index.ts')].find((f) =>
        fs.existsSync(path.join(ROOT, f)),
      );
      if (found) deps.push(found);
    }
    out.set(file, deps);
  }
  return out;
}

/** The strongly connected groups of more than one module (Tarjan). */
function cycles(g: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of g.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const v of g.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('imports', () => {
  test('the script has no import circle', () => {
    expect(cycles(graph(['src']))).toEqual([]);
  });

  test('the runtime and its tools have no import circle', () => {
    expect(cycles(graph(['local']))).toEqual([]);
  });

  test('a circle is found when there is one (the check is not vacuous)', () => {
    const g = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(g)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
