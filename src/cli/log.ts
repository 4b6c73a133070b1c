/** Start-up and shutdown progress on stderr, one timestamped line each, so stdout stays for data. */
export function log(line: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
}
