import type { Command } from '../io';
import { parse } from './parse';
import { importCommand } from './import';

/** Every subcommand, by name. A feature adds its command with one line here. */
export const commands: Record<string, Command> = {
	parse,
	import: importCommand
};
