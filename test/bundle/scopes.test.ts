// Least privilege: every OAuth scope in the manifest is justified in the README, and none of the broad ones.
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'appsscript.json'), 'utf8')) as {
  oauthScopes: string[];
  timeZone: string;
};
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('## OAuth scopes'),
  readme.indexOf('\n## ', readme.indexOf('## OAuth scopes') + 5),
);
// Cells may be padded to align the columns (Prettier does that to Markdown tables)
const justified = [...section.matchAll(/^\|\s*`(https:\/\/[^`]+)`\s*\|\s*(.+?)\s*\|\s*$/gm)].map((m) => ({
  scope: m[1],
  why: m[2].trim(),
}));

describe('the manifest asks only for what the README justifies', () => {
  test.each(manifest.oauthScopes)('%s has a row with a reason in the README', (scope) => {
    const row = justified.find((j) => j.scope === scope);
    expect(row).toBeDefined();
    expect(row!.why.length).toBeGreaterThan(20);
  });

  test('no Gmail, no full Drive, no external requests', () => {
    for (const broad of [
      'https://mail.google.com/',
      'https://www.googleapis.com/auth/drive',
      'https://www.googleapis.com/auth/script.external_request',
    ]) {
      expect(manifest.oauthScopes).not.toContain(broad);
    }
  });

  test('the README table lists nothing the manifest no longer needs', () => {
    expect(justified.map((j) => j.scope).sort()).toEqual([...manifest.oauthScopes].sort());
  });

  test('the script runs in Kyiv time', () => {
    expect(manifest.timeZone).toBe('Europe/Kyiv');
  });
});
