import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A GraphML element read back, its data typed by its <key> declarations. */
export interface GraphmlElement {
  id: string;
  source?: string;
  target?: string;
  data: Record<string, unknown>;
}

interface Key {
  id: string;
  for: string;
  'attr.name': string;
  'attr.type': string;
  'attr.list'?: string;
}

interface RawElement {
  id: string;
  source?: string;
  target?: string;
  data?: { key: string; '#text'?: string }[];
}

function typed(text: string, key: Key): unknown {
  if (key['attr.list'] !== undefined) return JSON.parse(text);
  switch (key['attr.type']) {
    case 'long':
    case 'int':
    case 'double':
    case 'float':
      return Number(text);
    case 'boolean':
      return text === 'true';
    default:
      return text;
  }
}

/**
 * Parses GraphML as Gephi would: fails on XML that is not well-formed, reads the <key> declarations, and
 * returns the nodes and edges with each <data> under its attribute name, typed as its key declares.
 */
export function readGraphml(xml: string): { edgedefault: string; keys: Key[]; nodes: GraphmlElement[]; edges: GraphmlElement[] } {
  // Deprecated in favour of the separate fast-xml-validator package; this one still ships with the parser and works.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  });
  const document = parser.parse(xml);
  const graphml = document.graphml?.[0];
  if (!graphml) throw new Error('no <graphml> root element');
  const keys: Key[] = graphml.key ?? [];
  const byId = new Map(keys.map((key) => [key.id, key]));
  const graph = graphml.graph?.[0];
  if (!graph) throw new Error('no <graph> element');
  const read = (element: RawElement): GraphmlElement => {
    const data: Record<string, unknown> = {};
    for (const item of element.data ?? []) {
      const key = byId.get(item.key);
      if (!key) throw new Error(`<data key="${item.key}"> has no <key> declaration`);
      data[key['attr.name']] = typed(item['#text'] ?? '', key);
    }
    return { id: element.id, ...(element.source === undefined ? {} : { source: element.source, target: element.target }), data };
  };
  return { edgedefault: graph.edgedefault, keys, nodes: (graph.node ?? []).map(read), edges: (graph.edge ?? []).map(read) };
}
