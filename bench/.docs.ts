import { runSeason, summarise, SCALES, triggerDays } from './bounds';
const season = runSeason(SCALES[0]);
const rows = summarise(season.rt.executions);
for (const r of rows.sort((a, b) => b.maxSeconds - a.maxSeconds))
  console.log(`${r.action} | ex ${r.executions} | calls ${r.maxCalls} | lb ${r.maxLower} | ${(r.maxCalls / Math.max(1, r.maxLower)).toFixed(1)} | ${r.maxSeconds.toFixed(1)} s | ${r.topMethods}`);
const days = triggerDays(season.rt.executions);
console.log(days.map((d) => `${d.day ?? ''} ${d.seconds}`).join('\n'));
