// ESLint rule: text a person reads in the renderer comes from the locale files, never from a literal in a component.
const TEXT_PROPS = new Set([
  'label',
  'title',
  'placeholder',
  'aria-label',
  'helperText',
  'alt',
  'headerName',
  'description',
  'primary',
  'secondary',
  'tooltip',
  'confirmText',
  'cancelText',
]);

/** Words in any script; digits and punctuation alone (—, ·, :, 1/2) are not text to translate. */
const hasWords = (text) => /[\p{L}]/u.test(text);

function literalText(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  if (node.type === 'JSXExpressionContainer') return literalText(node.expression);
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'forbid literal UI text in renderer components; use t() with a locale key' },
    schema: [],
    messages: {
      jsxText: 'Literal text "{{text}}" in JSX: put it in the locale files and use t().',
      prop: 'Literal text "{{text}}" in {{prop}}: put it in the locale files and use t().',
    },
  },
  create(context) {
    const report = (node, messageId, text, prop) =>
      context.report({ node, messageId, data: { text: text.trim().slice(0, 40), prop } });
    return {
      JSXText(node) {
        if (hasWords(node.value)) report(node, 'jsxText', node.value);
      },
      JSXExpressionContainer(node) {
        const text = literalText(node.expression);
        const isChild = node.parent.type === 'JSXElement' || node.parent.type === 'JSXFragment';
        if (isChild && text !== null && hasWords(text)) report(node, 'jsxText', text);
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        const text = literalText(node.value);
        if (TEXT_PROPS.has(name) && text !== null && hasWords(text)) report(node, 'prop', text, name);
      },
      Property(node) {
        const key = node.key.type === 'Identifier' ? node.key.name : node.key.value;
        const text = literalText(node.value);
        if (key === 'headerName' && text !== null && hasWords(text)) report(node, 'prop', text, key);
      },
    };
  },
};
