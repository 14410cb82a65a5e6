import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const cli = (...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('cli parse', () => {
	it('prints exactly the documented JSON shape', () => {
		const out = execFileSync(
			process.execPath,
			['--import', 'tsx', 'src/cli/main.ts', 'parse', 'reports/liaocheng-2020-gwr.txt', '--json'],
			{ cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 }
		);
		const j = JSON.parse(out);
		expect(Object.keys(j).slice(0, 5)).toEqual(['meta', 'text', 'sections', 'paragraphs', 'removed']);
		expect(Object.keys(j.sections[0]).slice(0, 6)).toEqual(['id', 'parent', 'level', 'heading', 'start', 'end']);
		expect(Object.keys(j.paragraphs[0]).slice(0, 3)).toEqual(['start', 'end', 'section']);
		expect(Object.keys(j.removed[0])).toEqual(['start', 'end', 'reason']);
		expect(j.meta.region).toBe('聊城市');
		expect(j.sections.filter((s: { level: number }) => s.level === 1).map((s: { heading: string }) => s.heading.slice(0, 2))).toEqual([
			'一、',
			'二、',
			'三、'
		]);
	});

	it('prints the outline without --json', () => {
		const r = cli('parse', 'reports/dongchangfu-2024-plan.txt');
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('(一)抓经济、稳运行,综合实力稳步提升');
		expect(r.stdout).toMatch(/removed: .*web-chrome ×3/);
	});

	it('reports a missing file on stderr with a non-zero exit', () => {
		const r = cli('parse', 'no/such/report.txt');
		expect(r.status).not.toBe(0);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain('no/such/report.txt: no such file');
	});

	it('refuses unreadable input with a clear message', () => {
		const dir = mkdtempSync(join(tmpdir(), 'duidu-cli-'));
		const f = join(dir, 'bin.txt');
		writeFileSync(f, Buffer.from([0xff, 0xfe, 0xfd, 0x00, 0x81]));
		const r = cli('parse', f);
		expect(r.status).not.toBe(0);
		expect(r.stderr).toMatch(/not valid UTF-8/);
		const d = cli('parse', dir);
		expect(d.status).not.toBe(0);
		expect(d.stderr).toMatch(/not a file/);
	});

	it('rejects wrong usage with exit code 2', () => {
		expect(cli('parse').status).toBe(2);
		expect(cli('nonsense').status).toBe(2);
	});
});
