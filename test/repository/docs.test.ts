// The secretary's guide and the README match the product: every menu item explained, every local command listed,
// tables whole, the pictures there and made by a command.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS } from '../../local/cli/main';
import { menuItems } from '../../local/cli/menu-run';
import { BUNDLE } from '../../local/cli/workspace';
import { LocalRuntime } from '../../local/runtime';

const root = path.join(__dirname, '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');
const guide = read('docs/uk/secretary-guide.md');
const readme = read('README.md');
/** Text with Markdown's emphasis and line breaks taken out, for finding a phrase however it was wrapped. */
const plain = (md: string): string => md.replace(/[*_]/g, '').replace(/\s+/g, ' ');

/** Table rows that continue a table after a blank line: Markdown renders them as text, not as the table. */
function splitTables(md: string): string[] {
  const lines = md.split('\n');
  const out: string[] = [];
  for (let i = 2; i < lines.length; i++) {
    const continues = lines[i].startsWith('|') && !/^\|[\s:-]+\|/.test(lines[i + 1] ?? '');
    if (continues && lines[i - 1].trim() === '' && lines[i - 2].startsWith('|')) out.push(lines[i]);
  }
  return out;
}

describe('the secretary’s guide', () => {
  const rt = LocalRuntime.create({
    now: Date.UTC(2024, 8, 20),
    owner: 'secretary@example.org',
    bundlePath: BUNDLE,
  });
  rt.openMaster();
  const items = menuItems(rt);
  const section = guide.slice(guide.indexOf('## Що означає кожен пункт меню'), guide.indexOf('## Що бачать'));

  test.each(items.filter((i) => !i.path.includes('›')).map((i) => i.caption))(
    'explains the menu item «%s»',
    (caption) => {
      expect(section).toContain(`- **${caption}**`);
    },
  );

  test('names each way to import cases', () => {
    for (const item of items.filter((i) => i.path.includes('›')))
      expect(plain(section)).toContain(item.caption);
  });

  test('says the page address must be filled in before the winners’ letters, which go out once', () => {
    const winners = plain(section.slice(section.indexOf('- **Дипломи й листи переможцям**')));
    expect(winners).toMatch(/Спершу впишіть «Адресу публічної сторінки»/);
    expect(winners).toContain('надсилається лише один раз');
  });

  test('has no table split by a blank line', () => {
    expect(splitTables(guide)).toEqual([]);
  });
});

describe('the README', () => {
  test('lists every command of npm run local', () => {
    const row = readme.split('\n').find((l) => l.includes('`npm run local -- <command>`')) ?? '';
    for (const c of COMMANDS) expect(row).toContain(`\`${c.name}\``);
  });

  test('has no table split by a blank line', () => {
    expect(splitTables(readme)).toEqual([]);
  });

  test('shows the report and the panel, pictures that npm run screenshots makes', () => {
    for (const image of ['docs/img/report.png', 'docs/img/panel.png']) {
      expect(readme).toContain(`src="${image}"`);
      expect(fs.statSync(path.join(root, image)).size).toBeGreaterThan(10_000);
    }
    expect(readme).toContain('npm run screenshots');
    expect(JSON.parse(read('package.json')).scripts.screenshots).toBeDefined();
  });

  test('says npm start writes its own folder, apart from the workspace of npm run local', () => {
    expect(readme).toContain('`season/master.xlsx`');
    expect(readme).not.toContain('`workspace/master.xlsx`');
  });
});
