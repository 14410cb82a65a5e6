/**
 * Every data file users may change (src/lib/core/data/*.json) has a JSON
 * Schema beside it (data/schemas/NAME.schema.json) and matches it; the few
 * facts a schema cannot say (regular expressions compile, a matter's topic is
 * a taxonomy topic, t2s.json is what its script generates) are checked here.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '../..');
const dataDir = path.join(root, 'src/lib/core/data');
const schemaDir = path.join(dataDir, 'schemas');
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

const dataNames = readdirSync(dataDir)
	.filter((f) => f.endsWith('.json'))
	.map((f) => f.slice(0, -'.json'.length))
	.sort();
const schemaNames = readdirSync(schemaDir)
	.filter((f) => f.endsWith('.schema.json'))
	.map((f) => f.slice(0, -'.schema.json'.length))
	.sort();

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = new Map(schemaNames.map((n) => [n, ajv.compile(read(path.join(schemaDir, `${n}.schema.json`)))]));
const data = (name: string) => read(path.join(dataDir, `${name}.json`));

const explain = (errors: ErrorObject[] | null | undefined) =>
	(errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);

describe('data files and their JSON Schemas', () => {
	it('every data file has a schema and every schema a data file', () => {
		expect(dataNames.length).toBeGreaterThan(0);
		expect(
			dataNames.filter((n) => !schemaNames.includes(n)),
			'data files without data/schemas/NAME.schema.json'
		).toEqual([]);
		expect(
			schemaNames.filter((n) => !dataNames.includes(n)),
			'schemas without a data file'
		).toEqual([]);
	});

	for (const name of dataNames) {
		it(`${name}.json matches its schema`, () => {
			const validate = validators.get(name);
			if (!validate) return; // reported by the test above
			const ok = validate(data(name));
			expect(explain(validate.errors), `${name}.json`).toEqual([]);
			expect(ok).toBe(true);
		});
	}

	it('rejects a file that breaks its schema, with the path of the fault', () => {
		const units = structuredClone(data('units'));
		units.units['万元'] = { dim: 'money-cny', factor: '10000' };
		const validate = validators.get('units')!;
		expect(validate(units)).toBe(false);
		expect(explain(validate.errors).join('\n')).toContain('/units/万元/factor must be number');

		const t2s = structuredClone(data('t2s'));
		t2s.map['國'] = '国家';
		expect(validators.get('t2s')!(t2s)).toBe(false);

		const matters = structuredClone(data('matters'));
		delete matters.matters[0].terms;
		expect(validators.get('matters')!(matters)).toBe(false);
	});

	it('regular expressions in the data compile', () => {
		const chrome = data('chrome');
		const layout = data('corpus-layout');
		const sources: string[] = [
			...chrome.lines.map((r: { pattern: string }) => r.pattern),
			...chrome.inline.map((r: { pattern: string }) => r.pattern),
			chrome.pageNumber,
			...layout.collections.map((c: { pattern: string }) => c.pattern)
		];
		for (const src of sources) expect(() => new RegExp(src), src).not.toThrow();
	});

	it('names point at things that exist: topics, unique ids', () => {
		const taxonomy = data('taxonomy');
		const topicIds: string[] = taxonomy.topics.map((t: { id: string }) => t.id);
		expect(new Set(topicIds).size).toBe(topicIds.length);
		expect(topicIds).toContain(taxonomy.fallback);
		const matters: { id: string; topic: string }[] = data('matters').matters;
		expect(new Set(matters.map((m) => m.id)).size).toBe(matters.length);
		expect(matters.filter((m) => !topicIds.includes(m.topic)).map((m) => `${m.id}: ${m.topic}`)).toEqual([]);
		const speakers: [number, number, string][] = data('national-speakers').premiers;
		for (const [from, to] of speakers) expect(from).toBeLessThanOrEqual(to);
	});

	it('t2s.json is what scripts/build-t2s.mjs generates from opencc-js', () => {
		const out = execFileSync(process.execPath, [path.join(root, 'scripts/build-t2s.mjs'), '--check'], { encoding: 'utf8' });
		expect(out).toContain('as generated');
	});
});
