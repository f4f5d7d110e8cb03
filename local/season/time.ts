// Kyiv wall-clock instants for the simulated calendar.
import { wallClockToInstant } from '../../src/domain/time';

export const kyiv = (year: number, month: number, day: number, hour = 0, minute = 0): number =>
  wallClockToInstant({ year, month, day, hour, minute }, 'Europe/Kyiv');
