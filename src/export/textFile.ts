import fs from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

/** A text file written piece by piece, waiting when the disk falls behind so memory stays bounded. */
export class TextFile {
  bytes = 0;
  private failure: Error | null = null;

  private constructor(private readonly stream: fs.WriteStream) {
    // Kept for the next write or close to throw, instead of an unhandled 'error' event.
    stream.on('error', (error) => {
      this.failure = error;
    });
  }

  static create(file: string): TextFile {
    return new TextFile(fs.createWriteStream(file, { encoding: 'utf8' }));
  }

  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    this.bytes += Buffer.byteLength(text);
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await finished(this.stream);
    if (this.failure) throw this.failure;
  }
}
