import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's chromium (apt-get install chromium): playwright's own browser downloads do not work on these
 * machines, so the browser tests and the dashboard benchmark drive the system browser. CHROMIUM_PATH overrides it.
 */
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((item): item is string =>
    Boolean(item),
  );
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found)
    throw new Error(
      `no chromium found at ${candidates.join(', ')}: run apt-get install -y chromium (as .ci/run does), or set CHROMIUM_PATH`,
    );
  return found;
}

export async function launchChromium(): Promise<Browser> {
  // --no-sandbox: CI runs as root, where chromium's sandbox refuses to start.
  return chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
}
