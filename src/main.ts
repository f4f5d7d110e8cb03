// Entry points only: each is a one-line call into workflow/.
export function onOpen(): void {
  return;
}
