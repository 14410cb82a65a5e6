import type { Command } from '../io';

/**
 * Every subcommand, by name, loaded only when it runs: `diff` does not pay for
 * the Word and PDF readers `import` needs. A feature adds its command with one
 * line here.
 */
export const commands: Record<string, () => Promise<Command>> = {
	parse: () => import('./parse').then((m) => m.parse),
	diff: () => import('./diff').then((m) => m.diff),
	align: () => import('./align').then((m) => m.align),
	figures: () => import('./figures').then((m) => m.figures),
	series: () => import('./series').then((m) => m.series),
	lint: () => import('./lint').then((m) => m.lintCommand),
	import: () => import('./import').then((m) => m.importCommand),
	tifa: () => import('./tifa').then((m) => m.tifa),
	sources: () => import('./sources').then((m) => m.sources),
	spread: () => import('./sources').then((m) => m.spread),
	search: () => import('./search').then((m) => m.search)
};
