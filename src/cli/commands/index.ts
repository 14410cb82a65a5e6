import type { Command } from '../io';
import { diff } from './diff';
import { parse } from './parse';

/** Every subcommand, by name. A feature adds its command with one line here. */
export const commands: Record<string, Command> = {
	parse,
	diff
};
