/**
 * `duidu COMMAND …` (the bin; `npm run cli -- COMMAND …` in the repository):
 * a thin shell over the core — the same results as the app. Errors go to
 * stderr with a non-zero exit: 2 for wrong usage (with the usage), 1 for a
 * failure. `duidu COMMAND --help` prints the command's options.
 */
import { helpText, PROGRAM, usageLine, wantsHelp } from './args';
import { commands } from './commands/index';
import { cacheable } from './commands/specs';
import { CliError, processIo, UsageError } from './io';
import { lookupRun } from './result-cache';

async function help(): Promise<string> {
	const all = await Promise.all(Object.values(commands).map((load) => load()));
	const names = Object.keys(commands);
	const rows = all.map((c, i) => `  ${usageLine(names[i], c)}\n      ${c.summary}`);
	return [
		`usage: ${PROGRAM} COMMAND [ARGS]   (in the repository: npm run cli -- COMMAND [ARGS])`,
		'',
		'commands:',
		...rows,
		'',
		`${PROGRAM} COMMAND --help: the options of one command`
	].join('\n');
}

async function main(argv: string[]): Promise<number> {
	const [name, ...args] = argv;
	if (!name || name === 'help' || name === '--help' || name === '-h') {
		processIo.out(await help());
		return name ? 0 : 2;
	}
	const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
	if (!load) {
		processIo.err(`duidu: unknown command "${name}"\n\n${await help()}`);
		return 2;
	}
	// A finished result for the same files, options and code: printed without loading the command (result-cache.ts).
	const spec = Object.hasOwn(cacheable, name) && !wantsHelp(args) ? cacheable[name] : undefined;
	const cached = spec ? lookupRun(name, spec, args, processIo) : null;
	if (cached && 'hit' in cached) {
		process.stdout.write(cached.hit.out);
		return cached.hit.exit;
	}
	const io = cached?.io ?? processIo;
	const command = await load();
	if (wantsHelp(args)) {
		processIo.out(helpText(name, command));
		return 0;
	}
	try {
		const exit = await command.run(args, io);
		cached?.keep(exit);
		return exit;
	} catch (e) {
		if (e instanceof UsageError) {
			processIo.err(
				`${PROGRAM} ${name}: ${e.message}\nusage: ${PROGRAM} ${usageLine(name, command)}\n(${PROGRAM} ${name} --help for more)`
			);
			return 2;
		}
		if (e instanceof CliError) {
			processIo.err(`duidu ${name}: ${e.message}`);
			return e.code;
		}
		processIo.err(`duidu ${name}: ${(e as Error).stack ?? e}`);
		return 1;
	}
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(e) => {
		process.stderr.write(`duidu: ${(e as Error).stack ?? e}\n`);
		process.exitCode = 1;
	}
);
