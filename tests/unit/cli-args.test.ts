import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { helpText, parseOptions, usageLine } from '../../src/cli/args';
import { commands } from '../../src/cli/commands/index';
import { UsageError, type Command, type Io } from '../../src/cli/io';

const root = new URL('../../', import.meta.url).pathname;
const cli = (...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
const silent: Io = { out: () => {}, err: () => {}, color: false };

const loaded: [string, Command][] = await Promise.all(
	Object.entries(commands).map(async ([name, load]) => [name, await load()] as [string, Command])
);

describe('cli options: strict parseArgs for every command', () => {
	it.each(loaded)('%s refuses an unknown flag with a usage error, before touching any file', async (_name, command) => {
		await expect(command.run(['some-report.txt', '--no-such-flag'], silent)).rejects.toThrow(UsageError);
		await expect(command.run(['some-report.txt', '--no-such-flag'], silent)).rejects.toThrow('unknown option --no-such-flag');
		// A short flag nobody declared is unknown too.
		await expect(command.run(['-x', 'some-report.txt'], silent)).rejects.toThrow(UsageError);
	});

	it.each(loaded)('%s: --help lists every declared option, generated from the declaration', (name, command) => {
		const help = helpText(name, command);
		expect(help.startsWith(`usage: duidu ${name}`)).toBe(true);
		expect(help).toContain(command.summary);
		for (const [flag, o] of Object.entries(command.options)) {
			expect(help).toMatch(
				new RegExp(`--${flag}${o.type === 'string' ? ' \\S+' : ''} +${o.help.slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
			);
			expect(usageLine(name, command)).toContain(`--${flag}`);
		}
		expect(help).toContain('-h, --help');
	});

	it.each(loaded)('%s parses each of its declared options (switches and values, --k v and --k=v)', (_name, command) => {
		const argv: string[] = ['first'];
		const expected: Record<string, string | boolean> = {};
		Object.entries(command.options).forEach(([flag, o], i) => {
			if (o.type === 'boolean') {
				argv.push(`--${flag}`);
				expected[flag] = true;
			} else {
				const v = `v${i}`;
				argv.push(...(i % 2 ? [`--${flag}`, v] : [`--${flag}=${v}`]));
				expected[flag] = v;
			}
		});
		const { positional, flags } = parseOptions(argv, command);
		expect(positional).toEqual(['first']);
		for (const [k, v] of Object.entries(expected)) expect(flags[k]).toBe(v);
	});

	it.each(loaded)('%s: a value option without its value, and a switch given a value, are usage errors', (_name, command) => {
		for (const [flag, o] of Object.entries(command.options)) {
			if (o.type === 'string') expect(() => parseOptions(['a', `--${flag}`], command)).toThrow(`--${flag} needs a value`);
			else expect(() => parseOptions(['a', `--${flag}=yes`], command)).toThrow(`--${flag} takes no value`);
		}
	});

	it('takes everything after -- as positionals (a file named like a flag)', () => {
		const [, parse] = loaded.find(([n]) => n === 'parse')!;
		expect(parseOptions(['--json', '--', '--odd-name.txt'], parse)).toEqual({ positional: ['--odd-name.txt'], flags: { json: true } });
	});
});

describe('cli options: the whole process', () => {
	it('an unknown flag exits 2 with the usage on stderr and nothing on stdout', () => {
		const r = cli('diff', 'reports/liaocheng-2020-gwr.txt', 'reports/liaocheng-2023-gwr-part2.txt', '--jsn');
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain('duidu diff: unknown option --jsn');
		expect(r.stderr).toContain('usage: duidu diff A B [--json]');
	});

	it("--help exits 0 with the command's options, and does not run the command", () => {
		const r = cli('figures', 'no/such/file.txt', '--help');
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('usage: duidu figures FILE|ID [options]');
		expect(r.stdout).toContain('--json');
		expect(r.stderr).toBe('');
	});
});
