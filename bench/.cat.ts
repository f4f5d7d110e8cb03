import { Season } from '../local/season/season';
import { lowerBound, actionOf, callsOf } from './bounds';
const season = new Season({ cases: 446, members: 8, seed: 2024, assignment: 'all', realTimeoutMs: 0 });
season.run();
season.stages();
for (const e of season.rt.executions.filter((x) => /Catalog|Stands|Protocol|Winners|Template/.test(x.fn) || (x.fn === 'dispatcherTick' && x.simulatedSeconds > 20))) {
  const a = actionOf(e);
  console.log(`${a} ${e.outcome} real ${e.realMs} ms ${e.simulatedSeconds.toFixed(1)}s calls ${callsOf(e)} lb ${lowerBound(a, e)} :: ${JSON.stringify(e.calls)}`);
}
