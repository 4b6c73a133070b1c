import { Neo4jError } from 'neo4j-driver';
import packageJson from '../../../package.json';
import { benchCommand } from '../../../src/cli/bench';
import { benchApiCommand } from '../../../src/cli/benchApi';
import { benchDashboardCommand } from '../../../src/cli/benchDashboard';
import { benchDraftCommand } from '../../../src/cli/benchDraft';
import { benchHttpCommand } from '../../../src/cli/benchHttp';
import { benchLoadCommand } from '../../../src/cli/benchLoad';
import { draftCommand, draftOptions } from '../../../src/cli/draft';
import { evalDraftCommand } from '../../../src/cli/evalDraft';
import { fuzzCommand } from '../../../src/cli/fuzz';
import { loadCommand } from '../../../src/cli/load';
import { loadBatchCommand } from '../../../src/cli/loadBatch';
import { neo4jCommand } from '../../../src/cli/neo4j';
import { seedCommand } from '../../../src/cli/seed';
import { startCommand } from '../../../src/cli/start';
import { runUnload, unloadCommand } from '../../../src/cli/unload';
import { helpText, main, parseCommandLine, reportFailure, usageLine, wholeNumbers, type CommandSpec } from '../../../src/command';
import { ConfigError, UsageError } from '../../../src/errors';
import { exportCommand } from '../../../src/export';
import { cypherCommand, parseCypherArguments } from '../../../src/research';

const commands: CommandSpec[] = [
  startCommand,
  neo4jCommand,
  cypherCommand,
  exportCommand,
  seedCommand,
  loadCommand,
  loadBatchCommand,
  unloadCommand,
  draftCommand,
  evalDraftCommand,
  benchCommand,
  benchLoadCommand,
  benchDashboardCommand,
  benchDraftCommand,
  benchHttpCommand,
  benchApiCommand,
  fuzzCommand,
];

/** The words of a command line as a POSIX shell splits them (single and double quotes; no expansion). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

/** The arguments an example passes to the command: what follows `npm run <name> --` (or `npm start`). */
function exampleArguments(spec: CommandSpec, example: string): string[] {
  const words = shellWords(example);
  const at = spec.name === 'start' ? words.indexOf('start') : words.indexOf(spec.name);
  expect(at).toBeGreaterThan(0);
  return words.slice(at + 1)[0] === '--' ? words.slice(at + 2) : words.slice(at + 1);
}

describe('every npm command', () => {
  it('is in package.json, and every command of package.json is here (buildDashboard is a build step)', () => {
    const scripts: Record<string, string> = packageJson.scripts;
    const commandScripts = Object.keys(scripts)
      .filter((name) => /exec node dist\/src\/cli\/\w+\.js/.test(scripts[name] ?? ''))
      .sort();
    expect(commands.map((spec) => spec.name).sort()).toEqual(commandScripts);
  });

  it.each(commands.map((spec) => [spec.name, spec] as const))(
    '%s: --help gives the usage, every option, an example and the exit statuses',
    (_name, spec) => {
      const help = helpText(spec);
      expect(help.split('\n')[0]).toBe(usageLine(spec));
      expect(usageLine(spec)).toMatch(spec.name === 'start' ? /^usage: npm start/ : new RegExp(`^usage: npm run ${spec.name} --`));
      for (const [name, option] of Object.entries(spec.options)) {
        expect(help).toMatch(
          new RegExp(
            `^  ${option.short ? `-${option.short}, ` : ''}--${name}${option.type === 'string' ? ' \\S' : ' '}.* ${option.description.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
            'm',
          ),
        );
      }
      expect(help).toMatch(/^ {2}-h, --help +print this help$/m);
      expect(help).toMatch(/^examples?:\n {2}\S/m);
      expect(help).toContain('exit status: 0 done; 1 it could not be done');
    },
  );

  it.each(commands.flatMap((spec) => spec.examples.map((example) => [spec.name, example, spec] as const)))(
    '%s: the example parses: %s',
    (_name, example, spec) => {
      expect(() => parseCommandLine(spec, exampleArguments(spec, example))).not.toThrow();
    },
  );

  it.each(commands.map((spec) => [spec.name, spec] as const))('%s: refuses an unknown option, naming it', (_name, spec) => {
    expect(() => parseCommandLine(spec, ['--no-such-option'])).toThrow(new UsageError('--no-such-option: unknown option'));
  });
});

describe('parseCommandLine', () => {
  it('reads options, repeated options and positionals', () => {
    expect(parseCommandLine(loadCommand, ['a.txt', '--dry-run', 'a.json'])).toEqual({
      values: { 'dry-run': true },
      positionals: ['a.txt', 'a.json'],
    });
    expect(parseCypherArguments(['-e', 'RETURN $a AS a', '--param', 'a=1', '--params', '{"b": [1, 2]}'])).toEqual({
      inline: 'RETURN $a AS a',
      params: { a: 1, b: [1, 2] },
      example: false,
      json: false,
      list: false,
      print: false,
      maxWidth: 60,
    });
  });

  it.each([
    [loadCommand, ['a.txt'], 'expected <article.txt> <annotations.json>, got "a.txt"'],
    [loadCommand, [], 'expected <article.txt> <annotations.json>, got nothing'],
    [loadCommand, ['a.txt', 'a.json', 'b.json'], 'unexpected argument "b.json": expected <article.txt> <annotations.json>'],
    [loadCommand, ['a.txt', 'a.json', '--dry-run=yes'], '--dry-run: takes no value'],
    [seedCommand, ['extra'], 'unexpected argument extra: this command takes none'],
    [exportCommand, ['--format'], '--format: expected a value after it'],
    [cypherCommand, ['-e', '--json'], '-e: expected a value after it (a value that starts with - goes as -e=-...)'],
  ])('refuses a bad command line with a UsageError naming what is wrong: %#', (spec, argv, message) => {
    expect(() => parseCommandLine(spec as CommandSpec, argv)).toThrow(new UsageError(message));
  });

  it('reads comma lists of whole numbers for the benchmarks', () => {
    expect(wholeNumbers('--events', '10000,100000')).toEqual([10000, 100000]);
    expect(() => wholeNumbers('--events', '10,x')).toThrow(
      new UsageError('--events: expected whole numbers above 0 separated by commas, got "10,x"'),
    );
    expect(() => wholeNumbers('--events', '0')).toThrow(UsageError);
  });

  it.each([
    [['-e', 'RETURN 1', 'claims'], '-e: runs the Cypher it is given, so a query file ("claims") cannot come with it'],
    [['-e', 'RETURN 1', '--example'], '--example: Cypher given with -e has no example'],
    [['-e', 'RETURN $a', '--params', '[1]'], '--params: expected a JSON object, got [1]'],
    [['-e', 'RETURN $a', '--params', '{"a": 1}', '--param', 'a=2'], '--param: $a is given twice'],
    [['-e'], '-e: expected a value after it'],
  ])('cypher refuses %j', (argv, message) => {
    expect(() => parseCypherArguments(argv)).toThrow(message);
  });
});

describe('draft and unload check their arguments before starting anything', () => {
  it('draft takes an http(s) URL and a real date, and names the draft after the article', () => {
    const options = draftOptions({ url: 'https://example.org/a', published: '2025-03-05', 'no-graph': true }, '/tmp/article.txt');
    expect(options).toEqual({
      article: '/tmp/article.txt',
      out: '/tmp/article.draft.json',
      url: 'https://example.org/a',
      published: '2025-03-05',
      diff: false,
      graph: false,
    });
    expect(() => draftOptions({ url: 'ftp://example.org' }, 'a.txt')).toThrow(
      new UsageError('--url: expected an http(s) URL, got "ftp://example.org"'),
    );
    expect(() => draftOptions({ published: '2025-13-01' }, 'a.txt')).toThrow(
      new UsageError('--published: expected a date YYYY-MM-DD, got "2025-13-01"'),
    );
  });

  it('unload refuses what is not an article id without connecting', async () => {
    await expect(runUnload('person:adam-boehler')).rejects.toThrow(
      new UsageError('expected an article id such as article:us-hamas-direct-talks, got "person:adam-boehler"'),
    );
  });
});

describe('the one failure policy', () => {
  const report = (error: unknown) => {
    const lines: string[] = [];
    const status = reportFailure(loadCommand, error, (line) => lines.push(line));
    return { status, text: lines.join('\n') };
  };

  it('prints a usage error with the usage line and where the help is, status 2', () => {
    expect(report(new UsageError('expected two files'))).toEqual({
      status: 2,
      text: 'usage: npm run load -- <article.txt> <annotations.json> [options]\nload: expected two files\n(npm run load -- --help lists the options)',
    });
  });

  it('prints what the user can act on without a stack, status 1', () => {
    expect(report(new ConfigError('NEO4J_URI', 'expected bolt://, neo4j:// or their +s forms'))).toEqual({
      status: 1,
      text: 'load failed: NEO4J_URI: expected bolt://, neo4j:// or their +s forms',
    });
  });

  it("gives Neo4j's refusal of a query status 2 and its other failures status 1", () => {
    expect(report(new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'error: syntax error'))).toEqual({
      status: 2,
      text: 'load failed: Neo4j: Invalid input',
    });
    expect(report(new Neo4jError('out of memory', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError', '51N00', 'error')).status).toBe(
      1,
    );
  });

  it('prints a bug with its stack, status 1', () => {
    const { status, text } = report(new TypeError('cannot read x of undefined'));
    expect(status).toBe(1);
    expect(text).toMatch(/^load failed: TypeError: cannot read x of undefined\n {4}at /);
  });
});

describe('main', () => {
  it('prints the help on stdout for --help and runs nothing', () => {
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const run = jest.fn(() => Promise.resolve(0));
    try {
      main(loadCommand, run, ['--help']);
      expect(out).toHaveBeenCalledWith(helpText(loadCommand));
      expect(run).not.toHaveBeenCalled();
    } finally {
      out.mockRestore();
    }
  });

  it('exits 2 on a bad command line before running anything, and with the status the policy gives on a failure', async () => {
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const run = jest.fn(() => Promise.reject(new ConfigError('PORT', 'expected a port')));
    try {
      main(loadCommand, run, ['--bogus']);
      expect(exit).toHaveBeenCalledWith(2);
      expect(run).not.toHaveBeenCalled();
      expect(String(err.mock.calls[0]?.[0])).toContain('load: --bogus: unknown option');
      main(loadCommand, run, ['a.txt', 'a.json']);
      await new Promise((resolve) => setImmediate(resolve));
      expect(run).toHaveBeenCalledWith({}, ['a.txt', 'a.json']);
      expect(exit).toHaveBeenLastCalledWith(1);
      expect(String(err.mock.calls[1]?.[0])).toBe('load failed: PORT: expected a port\n');
    } finally {
      err.mockRestore();
      exit.mockRestore();
    }
  });
});
