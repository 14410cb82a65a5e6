import type { Command } from '../io';
import { align } from './align';
import { lintCommand } from './lint';
import { diff } from './diff';
import { parse } from './parse';
import { figures } from './figures';
import { series } from './series';
import { importCommand } from './import';

/** Every subcommand, by name. A feature adds its command with one line here. */
export const commands: Record<string, Command> = {
	parse,
	align,
	lint: lintCommand,
	figures,
	series,
	import: importCommand,
	diff
};
