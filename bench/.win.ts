import { Season } from '../local/season/season';
const season = new Season({ cases: 446, members: 8, seed: 2024, assignment: 'all', realTimeoutMs: 0 });
season.run();
try { season.stages(); } catch (e) { console.log('ERR', (e as Error).message); }
for (const e of season.rt.executions.slice(-40)) {
  const top = Object.entries(e.calls).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`${e.fn} ${e.outcome} ${e.simulatedSeconds.toFixed(1)}s :: ${top} ${e.error ?? ''}`);
}
