/**
 * Pieces read one ahead of their consumer, into two buffers used in turn: while the consumer works on one
 * piece, the next is being read. `readInto(buffer)` fills (part of) the buffer and returns the piece, or
 * null at the end; calls never overlap. A piece is valid until the next one is asked for.
 */
export async function* readAhead<T>(bufferBytes: number, readInto: (buffer: Buffer) => Promise<T | null>): AsyncGenerator<T> {
  const buffers = [Buffer.allocUnsafe(bufferBytes), Buffer.allocUnsafe(bufferBytes)];
  let turn = 0;
  let next = readInto(buffers[turn]!);
  try {
    for (;;) {
      const piece = await next;
      if (piece === null) return;
      turn ^= 1;
      next = readInto(buffers[turn]!);
      next.catch(() => undefined); // awaited on the next turn, or below
      yield piece;
    }
  } finally {
    // Stopped early: the read in flight ends before the caller closes what it reads from.
    await next.catch(() => undefined);
  }
}
