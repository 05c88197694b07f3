// The Custom Elements Manifest analyzer's configuration (`cem analyze`, run
// by scripts/build.js with `--litelement`): two plugins for what the analyzer
// does not do by itself.
//
// - `@example` on an element's class reaches the manifest: the manifest's
//   schema has no field for examples, so each is added to the declaration's
//   `description` as a fenced `html` block, where editors and documentation
//   tools show it (scripts/element-docs.js prints it in the README).
// - No bogus events. The analyzer records every `this.dispatchEvent(new
//   CustomEvent(x, …))` in a class as an event named `x`, even when `x` is a
//   variable: PartnershipElement's `emit(name, detail)` helper became an event
//   called `name` on every element. Events fired through a helper are
//   documented with `@fires` on the element's class; an event the analyzer
//   found with a name that is not a string literal, and that no `@fires`
//   documents, is dropped.

/** The text of `@example` tags in a node's JSDoc, as TypeScript parsed them. */
function examplesOf(ts, node) {
  return (node.jsDoc ?? [])
    .flatMap((doc) => doc.tags ?? [])
    .filter((tag) => tag.tagName.getText() === 'example')
    .map((tag) => (typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment)) ?? '')
    .map((text) => text.trim())
    .filter(Boolean);
}

/** The names given as a variable (not a string) to `this.dispatchEvent(new X(name, …))` in `node`. */
function variableEventNames(ts, node) {
  const names = new Set();
  const visit = (child) => {
    if (
      ts.isCallExpression(child) &&
      ts.isPropertyAccessExpression(child.expression) &&
      child.expression.name.getText() === 'dispatchEvent' &&
      child.expression.expression.kind === ts.SyntaxKind.ThisKeyword
    ) {
      for (const argument of child.arguments) {
        const name = ts.isNewExpression(argument) ? argument.arguments?.[0] : undefined;
        if (name && !ts.isStringLiteralLike(name)) names.add(name.getText());
      }
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return names;
}

function partnershipKitDocs() {
  return {
    name: 'partnership-kit-docs',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
      if (!declaration) return;
      const examples = examplesOf(ts, node);
      if (examples.length > 0) {
        const blocks = examples.map((example) => `\`\`\`html\n${example}\n\`\`\``);
        declaration.description = [declaration.description, ...blocks].filter(Boolean).join('\n\n');
      }
      const bogus = variableEventNames(ts, node);
      if (declaration.events) {
        declaration.events = declaration.events.filter((event) => !(bogus.has(event.name) && !event.description));
      }
    },
  };
}

export default {
  plugins: [partnershipKitDocs()],
};
