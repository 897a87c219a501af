import { Kind, parse, visit, type DefinitionNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";

/** One GraphiQL tab (GraphiQL's `TabDefinition`). */
export interface ExampleTab {
  query: string;
}

/**
 * Turns examples.graphql into GraphiQL tabs: one tab per operation, in file order, each with the
 * comment lines right above it and the fragments it uses. A syntax error becomes a single tab
 * that shows the error, so whoever edited the file sees what to fix.
 */
export function examplesToTabs(source: string, fileName = "examples.graphql"): ExampleTab[] {
  if (source.replace(/#.*$/gm, "").trim() === "") return []; // only comments: no tabs
  let definitions: readonly DefinitionNode[];
  try {
    definitions = parse(source).definitions;
  } catch (error) {
    const message = (error as Error).message.replace(/\n/g, "\n# ");
    return [{ query: `# ${fileName} could not be parsed:\n# ${message}\n\nquery About {\n  about {\n    name\n    version\n  }\n}\n` }];
  }

  const texts = new Map<DefinitionNode, string>();
  let previousEnd = 0;
  for (const definition of definitions) {
    const { start, end } = definition.loc!;
    texts.set(definition, leadingComments(source.slice(previousEnd, start)) + source.slice(start, end));
    previousEnd = end;
  }

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }

  return definitions
    .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({
      query: [operation, ...usedFragments(operation, fragments)].map((definition) => texts.get(definition)).join("\n\n") + "\n",
    }));
}

/** The comment lines that end a gap between two definitions with no blank line after them. */
function leadingComments(gap: string): string {
  const lines = gap.split(/\r?\n/);
  lines.pop(); // the indentation before the definition itself
  const comments: string[] = [];
  for (let index = lines.length - 1; index >= 0 && lines[index]!.trim().startsWith("#"); index -= 1) {
    comments.unshift(lines[index]!.trim());
  }
  return comments.length > 0 ? comments.join("\n") + "\n" : "";
}

/** The fragments an operation spreads, directly or through other fragments, in first-use order. */
function usedFragments(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode): void => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  };
  collect(operation);
  return [...used.values()];
}
