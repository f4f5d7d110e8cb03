// Authorization: what a simple trigger (which runs without the user's consent) may not call.

import { GasError, type World } from '../world';

/**
 * Simple triggers run without authorization: services that need it refuse
 * (https://developers.google.com/apps-script/guides/triggers#restrictions).
 */
export function requireAuthorization(world: World, method: string, scope: string): void {
  if (world.exec?.kind === 'simple-trigger') {
    throw new GasError(`You do not have permission to call ${method}. Required permissions: ${scope}`);
  }
}
