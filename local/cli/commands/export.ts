// `export`: the workspace saved, and the files people read — top100.csv (the public list), report.html and the
// stands' posters (stands/*.pdf) once «Стенди» made them.
import fs from 'node:fs';
import { publicList, writeOutputs, writeStands } from '../../report';
import type { Command } from '../command';
import { t } from '../messages';
import { openWorkspace } from '../workspace';
import { readSettings } from './settings';

export const exportOutputs: Command = {
  name: 'export',
  summary: 'summary_export',
  help: 'help_export',
  options: { out: { type: 'string' } },
  args: { min: 0, max: 0 },
  run: async (ctx) => {
    const rt = openWorkspace(ctx.dir);
    await rt.save(ctx.dir);
    const out = typeof ctx.values.out === 'string' ? ctx.file(ctx.values.out) : ctx.dir;
    fs.mkdirSync(out, { recursive: true });
    const settings = readSettings(rt);
    const title = settings.ok ? `${settings.value.title} ${settings.value.year}` : 'ТОП-100';
    const files = writeOutputs(rt, out, title);
    const list = publicList(rt);
    ctx.say(
      t('exportDone', {
        csv: files.csv,
        html: files.html,
        selected: list.selected.length,
        tied: list.tied.length,
      }),
    );
    const stands = writeStands(rt, out);
    if (stands.standCount) ctx.say(t('standsWritten', { count: stands.standCount, dir: stands.stands }));
  },
};
