/**
 * `npm run cli -- COMMAND …`: a thin shell over the core — the same results
 * as the app. Errors go to stderr with a non-zero exit.
 */
import { commands } from './commands/index';
import { CliError, processIo, UsageError } from './io';

async function help(): Promise<string> {
	const all = await Promise.all(Object.values(commands).map((load) => load()));
	const rows = all.map((c) => `  ${c.usage}\n      ${c.summary}`);
	return ['usage: npm run cli -- COMMAND [ARGS]', '', 'commands:', ...rows].join('\n');
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
	const command = await load();
	try {
		return await command.run(args, processIo);
	} catch (e) {
		if (e instanceof UsageError) {
			processIo.err(`duidu ${name}: ${e.message}\nusage: npm run cli -- ${command.usage}`);
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
