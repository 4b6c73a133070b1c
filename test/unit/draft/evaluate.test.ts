import { evaluateDraft } from '../../../src/draft/evaluate';
import type { AnnotationFile } from '../../../src/ingest';
import { seedAnnotations, seedText } from '../../fixtures/annotations';

const byLabel = <T extends { label: string }>(rows: T[], label: string) => rows.find((row) => row.label === label)!;

describe('evaluateDraft', () => {
  it('scores the curated file against itself as perfect', () => {
    const curated = seedAnnotations();
    const evaluation = evaluateDraft(seedText, curated, curated);
    for (const row of [...evaluation.nodes, ...evaluation.relations]) expect([row.label, row.f1]).toEqual([row.label, 1]);
    for (const goal of evaluation.goals) expect([goal.label, goal.recall]).toEqual([goal.label, 1]);
    expect(evaluation.speculativeEvents).toBe(0);
  });

  it('matches nodes with other ids by shared evidence, and relations through those matches', () => {
    const curated = seedAnnotations();
    const renamed = (id: string) => id.replace(/^(person|org|place):/, '$1:x-');
    const drafted: AnnotationFile = {
      ...curated,
      nodes: curated.nodes.map((node) => ({ ...node, id: renamed(node.id) })),
      relations: curated.relations.map((relation) => ({ ...relation, from: renamed(relation.from), to: renamed(relation.to) })),
    };
    const evaluation = evaluateDraft(seedText, drafted, curated);
    expect(byLabel(evaluation.nodes, 'Person').f1).toBe(1);
    expect(byLabel(evaluation.relations, 'HOLDS_ROLE').f1).toBe(1);
    expect(evaluation.matches.get('person:adam-boehler')).toBe('person:x-adam-boehler');
  });

  it('counts a missing node against recall and a participation with the wrong role against both', () => {
    const curated = seedAnnotations();
    const drafted: AnnotationFile = {
      ...curated,
      nodes: curated.nodes.filter((node) => node.id !== 'person:edan-alexander'),
      relations: curated.relations
        .filter((relation) => relation.from !== 'person:edan-alexander')
        .map((relation) =>
          relation.type === 'PARTICIPATED_IN' && relation.role === 'mediator' ? { ...relation, role: 'party' as const } : relation,
        ),
    };
    const evaluation = evaluateDraft(seedText, drafted, curated);
    const person = byLabel(evaluation.nodes, 'Person');
    expect([person.precision, person.recall]).toEqual([1, 6 / 7]);
    const mediators = curated.relations.filter((relation) => relation.type === 'PARTICIPATED_IN' && relation.role === 'mediator').length;
    const participations = byLabel(evaluation.goals, 'participations with the right role');
    expect(participations.hit).toBe(participations.of - mediators - 1);
  });

  it('counts events drafted from the speculative section', () => {
    const curated = seedAnnotations();
    const drafted: AnnotationFile = {
      ...curated,
      nodes: [
        ...curated.nodes,
        {
          id: 'event:more-diplomacy',
          type: 'Event',
          kind: 'talks',
          title: 'More diplomacy',
          summary: 'Speculation.',
          date: { text: null, precision: 'unknown' },
          evidence: ['could pave the way for more diplomatic efforts in the region'],
        },
      ],
    };
    expect(evaluateDraft(seedText, drafted, curated).speculativeEvents).toBe(1);
  });
});
