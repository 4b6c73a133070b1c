import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { GraphEdge, GraphNode, PropertyTypes } from './graphReader';
import { PropertyColumns } from './propertyTypes';
import { TextFile } from './textFile';

/** Characters that may separate list items in neo4j-admin CSV, in order of preference. */
const arrayDelimiters = [';', '|', '¦', '\u001f'] as const;

/** Spool folders are named for the process that made them, so a later export can tell which are orphans. */
const spoolPrefix = 'diplomacy-graph-export-';
const liveSpools = new Set<string>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes spools left by exports that were killed outright (SIGKILL, a crash), which no handler could clean. */
function removeOrphanedSpools(): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    const pid = Number(/^diplomacy-graph-export-(\d+)-/.exec(name)?.[1]);
    if (pid > 0 && pid !== process.pid && !processAlive(pid)) fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
}

let signalsHandled = false;

/**
 * On Ctrl-C, kill or a closed terminal, removes the live spools, then lets the signal end the process as it
 * would have (the handler steps aside and raises it again).
 */
function removeOnSignals(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  const cleanUp = () => {
    for (const dir of liveSpools) fs.rmSync(dir, { recursive: true, force: true });
    liveSpools.clear();
  };
  process.once('exit', cleanUp);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const handler = () => {
      cleanUp();
      for (const other of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(other);
      process.kill(process.pid, signal);
    };
    process.once(signal, handler);
  }
}

/**
 * The graph being exported, held in temporary JSON-lines files rather than in memory, with what the
 * formats must know before they write their first line: every property column and its type (CSV and
 * GraphML headers), the counts per label and type, and which list delimiters the values contain.
 */
export class GraphSpool {
  readonly nodeColumns = new PropertyColumns();
  readonly edgeColumns = new PropertyColumns();
  readonly labelCounts = new Map<string, number>();
  readonly typeCounts = new Map<string, number>();
  nodeCount = 0;
  edgeCount = 0;
  private readonly delimitersInValues = new Set<string>();

  private constructor(
    private readonly dir: string,
    private readonly nodeFile: TextFile,
    private readonly edgeFile: TextFile,
  ) {}

  static async create(): Promise<GraphSpool> {
    removeOrphanedSpools();
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), `${spoolPrefix}${process.pid}-`));
    liveSpools.add(dir);
    removeOnSignals();
    return new GraphSpool(dir, TextFile.create(path.join(dir, 'nodes.jsonl')), TextFile.create(path.join(dir, 'edges.jsonl')));
  }

  async addNode(node: GraphNode, types: PropertyTypes): Promise<void> {
    this.nodeCount += 1;
    for (const label of node.labels) this.labelCounts.set(label, (this.labelCounts.get(label) ?? 0) + 1);
    this.noteDelimiters(node.labels);
    this.see(this.nodeColumns, node.properties, types);
    await this.nodeFile.write(`${JSON.stringify(node)}\n`);
  }

  async addEdge(edge: GraphEdge, types: PropertyTypes): Promise<void> {
    this.edgeCount += 1;
    this.typeCounts.set(edge.type, (this.typeCounts.get(edge.type) ?? 0) + 1);
    this.see(this.edgeColumns, edge.properties, types);
    await this.edgeFile.write(`${JSON.stringify(edge)}\n`);
  }

  /** Ends the writing; call once, before reading. */
  async finish(): Promise<void> {
    await this.nodeFile.close();
    await this.edgeFile.close();
  }

  nodes(): AsyncGenerator<GraphNode> {
    return this.read<GraphNode>('nodes.jsonl');
  }

  edges(): AsyncGenerator<GraphEdge> {
    return this.read<GraphEdge>('edges.jsonl');
  }

  /** The first list delimiter that no exported list item or label contains, or null if all occur. */
  arrayDelimiter(): string | null {
    return arrayDelimiters.find((delimiter) => !this.delimitersInValues.has(delimiter)) ?? null;
  }

  /** Removes the temporary files. */
  async remove(): Promise<void> {
    await fs.promises.rm(this.dir, { recursive: true, force: true });
    liveSpools.delete(this.dir);
  }

  private see(columns: PropertyColumns, values: GraphNode['properties'], types: PropertyTypes): void {
    for (const [name, value] of Object.entries(values)) {
      columns.see(name, types[name] ?? null);
      if (Array.isArray(value)) this.noteDelimiters(value);
    }
  }

  private noteDelimiters(items: readonly unknown[]): void {
    for (const item of items) {
      if (typeof item !== 'string') continue;
      for (const delimiter of arrayDelimiters) if (item.includes(delimiter)) this.delimitersInValues.add(delimiter);
    }
  }

  private async *read<T>(file: string): AsyncGenerator<T> {
    const lines = readline.createInterface({ input: fs.createReadStream(path.join(this.dir, file), 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) if (line !== '') yield JSON.parse(line) as T;
  }
}
