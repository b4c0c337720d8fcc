const NEWLINE = 10;

/**
 * Passes a stream's chunks on unchanged and calls `onLongLine` once for each line that has grown
 * past `limit` bytes with no newline yet, with its number (from 1, as `checkLines` numbers lines).
 * `checkLines` judges such a line `audit/line-too-long` when it ends, and a stream may never end
 * it (`/dev/zero`): the reader is told, rather than left waiting on a silent command.
 */
export async function* watchLongLines(chunks: AsyncIterable<Uint8Array>, limit: number, onLongLine: (line: number) => void): AsyncGenerator<Uint8Array> {
  let line = 1;
  let length = 0;
  let told = false;
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      line += 1;
      length = 0;
      told = false;
      start = end + 1;
    }
    length += chunk.length - start;
    if (length > limit && !told) {
      told = true;
      onLongLine(line);
    }
    yield chunk;
  }
}
