// Protections the script keeps for itself: the owner edits, nobody else, not the domain either.

import type { ProtectionPort } from './ports';

/**
 * The owner as the protection's only editor: added (unless `addOwner` is false, when they own the file already),
 * every other editor removed, the domain's edit right turned off.
 */
export function restrictToOwner(protection: ProtectionPort, owner: string, addOwner = true): void {
  if (addOwner && owner) protection.addEditor(owner);
  const others = protection
    .getEditors()
    .map((u) => u.getEmail())
    .filter((e) => e && e.toLowerCase() !== owner.toLowerCase());
  if (others.length) protection.removeEditors(others);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}
