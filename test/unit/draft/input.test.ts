import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkArticle, DraftInputError, maxArticleBytes } from '../../../src/draft';
import { runDraft } from '../../../src/cli/draft';
import { seedFiles } from '../../../src/ingest';

const refusal = (bytes: Buffer) => {
  try {
    checkArticle('article.txt', bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(DraftInputError);
    return (error as Error).message;
  }
  throw new Error('expected the article to be refused');
};

describe('checkArticle', () => {
  it('takes the seed article', () => {
    expect(checkArticle('seed.txt', fs.readFileSync(seedFiles.article))).toMatch(/^US-Hamas Talks/);
  });

  it('refuses an empty or blank file', () => {
    expect(refusal(Buffer.alloc(0))).toBe('article.txt: empty: expected the article text');
    expect(refusal(Buffer.from(' \n\t\n'))).toBe('article.txt: empty: expected the article text');
  });

  it('refuses binary data and bytes that are not UTF-8', () => {
    expect(refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toMatch(
      /^article\.txt: binary data \(it holds NUL bytes\)/,
    );
    expect(refusal(Buffer.from([0x41, 0xff, 0xfe, 0x42]))).toMatch(/^article\.txt: not valid UTF-8/);
  });

  it('refuses a 5 MB text, naming its size and the limit', () => {
    const big = Buffer.from('The talks went on. '.repeat(Math.ceil((5 * 1024 * 1024) / 19)));
    expect(refusal(big)).toBe(
      `article.txt: too large: ${big.length} bytes, the drafter takes at most ${maxArticleBytes} (split the article)`,
    );
  });

  it('refuses text that is not English', () => {
    const german =
      'Die Gespräche zwischen den Vermittlern aus Ägypten und Katar wurden am Montag in Kairo fortgesetzt. Beide Seiten erklärten, dass weitere Treffen geplant seien, um eine dauerhafte Waffenruhe zu erreichen.';
    expect(refusal(Buffer.from(german))).toMatch(/^article\.txt: not English: only \d+\.\d% of its words are common English words/);
    const arabic =
      'استضافت مصر جولة جديدة من المفاوضات في القاهرة بمشاركة وسطاء من قطر، وقال المسؤولون إن المحادثات ستستمر الأسبوع المقبل.';
    expect(refusal(Buffer.from(arabic))).toMatch(/^article\.txt: not English: most of its letters are not Latin script/);
  });

  it('refuses a text too short to draft', () => {
    expect(refusal(Buffer.from('Talks resumed.'))).toMatch(/too short to draft: 2 words/);
  });
});

describe('npm run draft with bad input', () => {
  it('exits 1 with the reason and writes no draft, before starting CoreNLP or Neo4j', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'draft-input-'));
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const cases: [string, Buffer][] = [
        ['empty.txt', Buffer.alloc(0)],
        ['binary.txt', Buffer.from([0, 1, 2, 3, 255])],
        ['huge.txt', Buffer.alloc(5 * 1024 * 1024, 'a ')],
      ];
      for (const [name, bytes] of cases) {
        const article = path.join(dir, name);
        const out = path.join(dir, `${name}.draft.json`);
        fs.writeFileSync(article, bytes);
        // CORENLP_URL points nowhere: were the input not refused first, the run would fail on the server instead.
        process.env.CORENLP_URL = 'http://127.0.0.1:9';
        expect(await runDraft({ article, out, diff: false, graph: false })).toBe(1);
        expect(fs.existsSync(out)).toBe(false);
      }
      const messages = stderr.mock.calls.map((call) => String(call[0]));
      expect(messages[0]).toMatch(/empty\.txt: empty/);
      expect(messages[1]).toMatch(/binary\.txt: binary data/);
      expect(messages[2]).toMatch(/huge\.txt: too large: 5242880 bytes/);
    } finally {
      delete process.env.CORENLP_URL;
      stderr.mockRestore();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
