/**
 * `npm run cli -- COMMAND …`: a thin shell over the core — the same results
 * as the app. Errors go to stderr with a non-zero exit.
 */
import { commands } from './commands/index';
import { CliError, processIo, UsageError } from './io';

function help(): string {
	const rows = Object.entries(commands).map(([, c]) => `  ${c.usage}\n      ${c.summary}`);
	return ['usage: npm run cli -- COMMAND [ARGS]', '', 'commands:', ...rows].join('\n');
}

async function main(argv: string[]): Promise<number> {
	const [name, ...args] = argv;
	if (!name || name === 'help' || name === '--help' || name === '-h') {
		processIo.out(help());
		return name ? 0 : 2;
	}
	const command = commands[name];
	if (!command) {
		processIo.err(`duidu: unknown command "${name}"\n\n${help()}`);
		return 2;
	}
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
