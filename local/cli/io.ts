// Printing to a terminal or a pipe that may close early (`npm run local -- status | head`).

/**
 * A writer for stdout or stderr that stops printing, silently, once the reader has gone (EPIPE): the command
 * still finishes its work and saves, only the rest of its report goes nowhere, as with any Unix tool.
 */
export function quietWhenClosed(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') closed = true;
    else throw e;
  });
  return (text) => {
    if (!closed && !stream.destroyed) stream.write(text);
  };
}
