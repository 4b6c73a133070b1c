import type { CoreNlpDocument, Dependency, Sentence, Token } from './coreNlpClient';
import type { Span } from './text';

/** A token's place in the document: sentence index and 1-based token index, as CoreNLP numbers them. */
export interface TokenRef {
  sentence: number;
  index: number;
}

/** CoreNLP's output with the lookups the drafter needs: dependency children and heads, token and sentence spans. */
export class AnnotatedDocument {
  private readonly heads: Map<string, Dependency>[];
  private readonly children: Map<number, Dependency[]>[];

  constructor(
    readonly text: string,
    readonly parsed: CoreNlpDocument,
  ) {
    this.heads = parsed.sentences.map((sentence) => new Map(sentence.basicDependencies.map((dep) => [String(dep.dependent), dep])));
    this.children = parsed.sentences.map((sentence) => {
      const map = new Map<number, Dependency[]>();
      for (const dep of sentence.basicDependencies) map.set(dep.governor, [...(map.get(dep.governor) ?? []), dep]);
      return map;
    });
  }

  get sentences(): Sentence[] {
    return this.parsed.sentences;
  }

  token(ref: TokenRef): Token {
    return this.parsed.sentences[ref.sentence]!.tokens[ref.index - 1]!;
  }

  /** The dependency that attaches this token to its head (undefined for the root). */
  head(ref: TokenRef): Dependency | undefined {
    const dep = this.heads[ref.sentence]!.get(String(ref.index));
    return dep && dep.governor > 0 ? dep : undefined;
  }

  dependents(ref: TokenRef, relation?: string): TokenRef[] {
    return (this.children[ref.sentence]!.get(ref.index) ?? [])
      .filter((dep) => relation === undefined || dep.dep === relation || dep.dep.startsWith(`${relation}:`))
      .map((dep) => ({ sentence: ref.sentence, index: dep.dependent }));
  }

  /** The preposition of an oblique or nominal modifier ("with" in "talks with Hamas"). */
  caseOf(ref: TokenRef): string | undefined {
    const marker = this.dependents(ref, 'case')[0];
    return marker ? this.token(marker).lemma.toLowerCase() : undefined;
  }

  /** The token and every token conjoined with it ("Egyptian and Qatari": both). */
  withConjuncts(ref: TokenRef): TokenRef[] {
    return [ref, ...this.dependents(ref, 'conj')];
  }

  /** Edges between two tokens of one sentence in the dependency tree. */
  treeDistance(a: TokenRef, b: TokenRef): number {
    const path = (ref: TokenRef) => {
      const chain = [ref.index];
      for (let dep = this.head(ref); dep && chain.length < 100; dep = this.head({ sentence: ref.sentence, index: dep.governor }))
        chain.push(dep.governor);
      return chain;
    };
    const up = path(a);
    const down = path(b);
    const common = up.findIndex((index) => down.includes(index));
    return common === -1 ? up.length + down.length : common + down.indexOf(up[common]!);
  }

  /** The tokens a word governs, itself included, as one span of the text (first to last). */
  subtree(ref: TokenRef): { first: number; last: number; span: Span } {
    let first = ref.index;
    let last = ref.index;
    const visit = (at: TokenRef) => {
      first = Math.min(first, at.index);
      last = Math.max(last, at.index);
      for (const child of this.dependents(at)) if (child.index !== at.index) visit(child);
    };
    visit(ref);
    const tokens = this.parsed.sentences[ref.sentence]!.tokens;
    return { first, last, span: { begin: tokens[first - 1]!.characterOffsetBegin, end: tokens[last - 1]!.characterOffsetEnd } };
  }

  span(ref: TokenRef): Span {
    const token = this.token(ref);
    return { begin: token.characterOffsetBegin, end: token.characterOffsetEnd };
  }

  sentenceSpan(sentence: number): Span {
    const tokens = this.parsed.sentences[sentence]!.tokens;
    return { begin: tokens[0]!.characterOffsetBegin, end: tokens[tokens.length - 1]!.characterOffsetEnd };
  }

  /** The sentence holding a character offset. */
  sentenceAt(offset: number): number {
    const index = this.parsed.sentences.findIndex((_, i) => {
      const span = this.sentenceSpan(i);
      return offset >= span.begin && offset < span.end;
    });
    return index;
  }
}
