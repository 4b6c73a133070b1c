import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * Measures selection sets of a document where a fragment spread contributes its fragment's measure. Each fragment
 * is measured once and remembered: without that, fragments that each spread the next twice cost 2^n walks, and a
 * 1 KB document of 30 such fragments would hold the event loop for hours. A spread inside a cycle counts as
 * nothing here (graphql's NoFragmentCycles rule refuses the document anyway).
 *
 * With `typeNamed`, each selection set is measured on what it selects from (`on`, such as the schema's type): a type
 * condition's, else its parent's. A fragment's is its own type condition's, so its measure is still remembered by
 * name.
 */
export function fragmentMeasure<On = never>(
  document: DocumentNode,
  combine: (values: number[]) => number,
  field: (field: FieldNode, inner: (selectionSet: SelectionSetNode | undefined, on?: On) => number, on?: On) => number,
  typeNamed?: (name: string) => On | undefined,
): (selectionSet: SelectionSetNode | undefined, on?: On) => number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, number>();
  const inProgress = new Set<string>();

  const measure = (selectionSet: SelectionSetNode | undefined, on?: On): number => {
    if (!selectionSet) return combine([]);
    const values = selectionSet.selections.map((selection) => {
      if (selection.kind === Kind.FIELD) return field(selection, measure, on);
      if (selection.kind === Kind.INLINE_FRAGMENT)
        return measure(selection.selectionSet, selection.typeCondition ? typeNamed?.(selection.typeCondition.name.value) : on);
      const name = selection.name.value;
      const known = measured.get(name);
      if (known !== undefined) return known;
      const fragment = fragments.get(name);
      if (!fragment || inProgress.has(name)) return combine([]);
      inProgress.add(name);
      const value = measure(fragment.selectionSet, typeNamed?.(fragment.typeCondition.name.value));
      inProgress.delete(name);
      measured.set(name, value);
      return value;
    });
    return combine(values);
  };
  return measure;
}
