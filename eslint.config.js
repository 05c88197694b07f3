// Lint: typescript-eslint, and the lit and lit-a11y plugins for templates.
// It also forbids every sink that breaks a council's Content-Security-Policy
// or lets document data become markup or code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

const forbiddenImports = ['unsafeHTML', 'unsafeSVG', 'unsafeStatic', 'styleMap'].map((name) => ({
  name,
  message: `${name} lets data become markup or breaks a strict CSP. Render text with lit's html and style with classes.`,
}));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'demo/.data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'unsafeHTML lets data become markup.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'unsafeSVG lets data become markup.' },
            { name: 'lit/directives/style-map.js', message: 'styleMap sets inline styles, which a strict CSP blocks.' },
            {
              name: 'lit/static-html.js',
              importNames: ['unsafeStatic'],
              message: 'unsafeStatic lets data become markup.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...forbiddenImports.flatMap(({ name, message }) => [
          { selector: `ImportSpecifier[imported.name='${name}']`, message },
          { selector: `CallExpression[callee.name='${name}']`, message },
        ]),
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Setting HTML from a string lets data become markup. Use lit templates or textContent.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'insertAdjacentHTML lets data become markup.',
        },
        {
          selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
          message: 'document.write lets data become markup.',
        },
        { selector: "NewExpression[callee.name='Function']", message: 'new Function is eval: a strict CSP blocks it.' },
        {
          selector: 'TaggedTemplateExpression[tag.name=/^(html|svg)$/] TemplateElement[value.raw=/\\sstyle=["\']?$/]',
          message: 'An inline style binding breaks a strict CSP: use a class.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
);
