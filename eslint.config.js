// ESLint 9 flat config: the recommended rules of ESLint, typescript-eslint and
// eslint-plugin-svelte, with prettier owning layout (eslint-config-prettier),
// and the layer rules of docs/architecture.md as errors (see LAYERS below).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// ---- Layer rules --------------------------------------------------------
// Node built-ins, with and without the node: prefix.
const NODE_BUILTINS = [...new Set(builtinModules.map((m) => m.replace(/^node:/, '')))];
const nodeBuiltins = {
	group: ['node:*', ...NODE_BUILTINS.flatMap((m) => [m, `${m}/*`])],
	message: 'Node built-ins belong in src/lib/server/ (the core and the pages run in the browser and workers too).'
};
// Packages that only run under Node (native modules, Node builds, file-system tools).
const nodeOnlyPackages = {
	group: ['jieba-wasm', 'jieba-wasm/*', 'better-sqlite3', 'mammoth', 'mammoth/*', 'unpdf', 'unpdf/*', 'esbuild', 'tsx', 'tsx/*'],
	message: 'Node-only packages belong in src/lib/server/ (inject what the core needs, as diffReports takes a Segmenter).'
};
const serverModules = {
	group: ['$lib/server', '$lib/server/*'],
	message: 'Server modules are Node-only: call them from a +page.server.ts / +server.ts, not from here.'
};
const serverRelative = {
	regex: '^\\.{1,2}/(.*/)?server(/|$)',
	message: 'Server modules are Node-only: the core and components may not import them.'
};
const svelteAndApp = {
	group: ['svelte', 'svelte/*', '$app/*', '*.svelte', '@sveltejs/kit', '@sveltejs/kit/*'],
	message: 'The core is framework-free: no Svelte, no $app, no SvelteKit.'
};
const components = {
	group: ['$lib/components', '$lib/components/*'],
	message: 'The core renders nothing: components depend on the core, not the other way.'
};
const componentsRelative = {
	regex: '^\\.{1,2}/(.*/)?(components|routes)(/|$)',
	message: 'The core renders nothing: components and routes depend on the core, not the other way.'
};

const restrict = (...patterns) => ({
	'no-restricted-imports': 'off',
	'@typescript-eslint/no-restricted-imports': ['error', { patterns }]
});

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/', 'static/', 'tmp/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: false, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			// `_` marks an argument or binding kept for its position (callbacks, destructuring).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }
			],
			// Regexes over Chinese text match control and full-width characters on purpose (\u0000-\u001f, \u3000).
			'no-control-regex': 'off',
			'no-irregular-whitespace': ['error', { skipStrings: true, skipComments: true, skipRegExps: true, skipTemplates: true }],
			// Hand-written scanners loop with `while (true)` and break inside.
			'no-constant-condition': ['error', { checkLoops: false }],
			// The code uses comma sequences as statements on purpose (`cuts.add(a), cuts.add(b)`,
			// `ok ? tp++ : (fn++, misses.push(k))`): compact and clear in scanners and scorers.
			'@typescript-eslint/no-unused-expressions': 'off',
			// Flags every local Map/Set/URLSearchParams in a component, though the ones here are built
			// inside a $derived or a function and never mutated after: false positives only.
			'svelte/prefer-svelte-reactivity': 'off',
			// The app links within itself with plain hrefs built by $lib/urls; resolve() adds nothing without a base path.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	// The core: pure domain code that runs in the server, the browser, workers and the CLI.
	{
		files: ['src/lib/core/**/*.{ts,js}'],
		rules: restrict(nodeBuiltins, nodeOnlyPackages, serverModules, serverRelative, svelteAndApp, components, componentsRelative)
	},
	// Components render core data: they never reach the server.
	{
		files: ['src/lib/components/**/*.{ts,js,svelte}'],
		rules: restrict(nodeBuiltins, nodeOnlyPackages, serverModules, serverRelative)
	},
	// Pages render in the browser: no Node, no server module.
	{
		files: ['src/routes/**/*.svelte'],
		rules: restrict(nodeBuiltins, nodeOnlyPackages, serverModules)
	},
	// Server routes are thin: parse the URL ($lib/urls), call one service in $lib/server, return.
	// They reach Node through that service, and take nothing from components/ (issue 14, item 4).
	{
		files: ['src/routes/**/*.ts'],
		rules: restrict(nodeBuiltins, nodeOnlyPackages, {
			group: ['$lib/components', '$lib/components/*'],
			message: 'A server route takes URL helpers from $lib/urls and services from $lib/server, not from components/.'
		})
	}
);
