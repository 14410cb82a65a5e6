/**
 * Safe by construction: a report whose text contains HTML or a script
 * renders as inert text, and a report id that names anything outside the
 * corpus resolves to nothing without touching the file system.
 */
import * as fs from 'node:fs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { CorpusStore } from '../../src/lib/server/corpus';
import Outline from '../../src/lib/components/report/Outline.svelte';
import ReportHeader from '../../src/lib/components/report/ReportHeader.svelte';
import ReportText from '../../src/lib/components/report/ReportText.svelte';
import ReportCard from '../../src/lib/components/library/ReportCard.svelte';
import { cleanView, removedView } from '../../src/lib/components/report/reading';
import WithLang from './harness/WithLang.svelte';

vi.mock('node:fs', async (importOriginal) => {
	const real = await importOriginal<typeof import('node:fs')>();
	const spy = <F extends (...a: never[]) => unknown>(f: F) => vi.fn(f);
	return {
		...real,
		readFileSync: spy(real.readFileSync),
		existsSync: spy(real.existsSync),
		statSync: spy(real.statSync),
		readdirSync: spy(real.readdirSync),
		openSync: spy(real.openSync),
		createReadStream: spy(real.createReadStream)
	};
});

const fixtureFile = new URL('../fixtures/reports/safety-markup-fixture.txt', import.meta.url);
const input = readFileSync(fixtureFile, 'utf8');
const report = parseReport(input);

/** Render a component server-side and return the fragment as a DOM. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function ssr(component: Component<any>, props: Record<string, unknown>): Document {
	const { body } = render(WithLang, { props: { component, props } });
	return new JSDOM(`<!doctype html><body>${body}</body>`).window.document;
}

const ACTIVE = 'script, img, iframe, svg, style, link, object, embed, i, b, em, u, [onerror], [onload], [onclick], a[href^="javascript"]';

describe('a report containing HTML and scripts renders as inert text', () => {
	it('the fixture really contains markup the parser kept as text', () => {
		expect(report.text).toContain(`<script>window.__duiduInjected = 'script'</script>`);
		expect(report.sections.map((s) => s.heading).join('|')).toContain('<svg onload=');
	});

	for (const [name, blocks] of [
		['clean view', cleanView(report)],
		['removed view', removedView(report, input)]
	] as const) {
		it(`${name}: no element comes from the report, and its markup is shown as written`, () => {
			const doc = ssr(ReportText, { blocks });
			const article = doc.querySelector('article')!;
			expect(article).not.toBeNull();
			expect(article.querySelectorAll(ACTIVE)).toHaveLength(0);
			const shown = article.textContent!;
			expect(shown).toContain(`<script>window.__duiduInjected = 'script'</script>`);
			expect(shown).toContain(`<svg onload="window.__duiduInjected='svg'">第二级标题</svg>`);
			expect(shown).toContain(`<img src="http://198.51.100.7/pixel.png" onerror="window.__duiduInjected='img'">`);
			expect(shown).toContain(`&lt;实体&gt;和&amp;`);
			expect(shown).toContain(`{@html '<b>x</b>'}与{{mustache}}`);
			// The heading carrying markup is still a heading, with its stable id.
			const h = doc.getElementById('s1.1')!;
			expect(h.tagName).toBe('H3');
			expect(h.textContent).toContain('<svg onload=');
		});
	}

	it('metadata (title, speaker, notes) with markup renders as text too', () => {
		const doc = ssr(ReportHeader, { id: 'safety-markup-fixture', meta: report.meta, size: input.length });
		expect(doc.body.querySelectorAll(ACTIVE)).toHaveLength(0);
		expect(doc.querySelector('h1')!.textContent).toBe(report.meta.title);
		expect(doc.body.textContent).toContain(`<img src=x onerror="window.__duiduInjected='speaker'">`);
		const card = ssr(ReportCard, { item: { id: 'safety-markup-fixture', meta: report.meta, size: input.length } });
		expect(card.body.querySelectorAll(ACTIVE)).toHaveLength(0);
		expect(card.body.textContent).toContain(`<script>window.__duiduInjected = 'title'</script>`);
	});

	it('the outline shows headings with markup as text', () => {
		const doc = ssr(Outline, { sections: report.sections });
		expect(doc.body.querySelectorAll(ACTIVE)).toHaveLength(0);
		expect(doc.querySelector('a[href="#s1.1"]')!.textContent).toContain('<svg onload=');
	});
});

describe('CorpusStore.get: only ids from the corpus index resolve', () => {
	let root: string;
	let store: CorpusStore;
	beforeAll(async () => {
		root = mkdtempSync(join(tmpdir(), 'duidu-safety-'));
		mkdirSync(join(root, 'corpus'));
		writeFileSync(
			join(root, 'corpus', 'inside.txt'),
			readFileSync(new URL('../../reports/liaocheng-2024-gwr-excerpt.txt', import.meta.url))
		);
		// A readable report next to the corpus, and a secret file: neither may be reachable.
		writeFileSync(join(root, 'outside.txt'), readFileSync(new URL('../../reports/liaocheng-2024-gwr-excerpt.txt', import.meta.url)));
		writeFileSync(join(root, 'secret.txt'), 'SECRET');
		store = await new CorpusStore({ dirs: [join(root, 'corpus')], cacheDir: null }).load();
	});
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	const hostile = [
		'../outside',
		'..%2Foutside',
		'../secret',
		'../../package',
		'..%2F..%2Fpackage.json',
		'%2Fetc%2Fpasswd',
		'/etc/passwd',
		'....//x',
		'..',
		'.',
		'',
		'%252e%252e%252fpackage.json',
		'%2e%2e%2fsecret',
		'..\\outside',
		'C:\\Windows\\win.ini',
		'inside/../outside',
		'inside\u0000',
		'inside.txt',
		'./inside',
		' inside',
		'INSIDE'
	];

	it('finds the report that is inside', () => {
		expect(store.get('inside')?.id).toBe('inside');
		expect(store.list().map((e) => e.id)).toEqual(['inside']);
	});

	for (const id of hostile) {
		it(`resolves ${JSON.stringify(id)} to nothing, reading no file`, () => {
			const calls = () =>
				[fs.readFileSync, fs.existsSync, fs.statSync, fs.readdirSync, fs.openSync, fs.createReadStream].reduce(
					(n, f) => n + (f as unknown as { mock: { calls: unknown[] } }).mock.calls.length,
					0
				);
			const before = calls();
			expect(store.get(id)).toBeUndefined();
			expect(store.input(id)).toBeUndefined();
			expect(store.parsed(id)).toBeUndefined();
			expect(store.derived(id, 'test', 1, () => 'derived')).toBeUndefined();
			let decoded = id;
			try {
				decoded = decodeURIComponent(decodeURIComponent(id));
			} catch {
				/* not decodable: the raw string was tried above */
			}
			expect(store.get(decoded)).toBeUndefined();
			expect(calls()).toBe(before);
		});
	}

	it('the spies do see file reads (so the check above can fail)', () => {
		const f = fs.readFileSync as unknown as { mock: { calls: unknown[] } };
		const before = f.mock.calls.length;
		fs.readFileSync(join(root, 'secret.txt'));
		expect(f.mock.calls.length).toBe(before + 1);
	});
});
