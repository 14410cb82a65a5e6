/**
 * A report's figures page is paged on the server: the search, topic and order
 * apply to the whole report, the pages together are that filtered list cut in
 * order, and a link to a figure (`?figure=START#f-START`) opens the page that
 * holds it. The CSV keeps every figure, or the filtered ones when asked.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCorpus, resetCorpus } from '../../src/lib/server/corpus';
import { figuresOf } from '../../src/lib/server/figures';
import {
	filterReportFigures,
	pageOfFigures,
	REPORT_FIGURES_PAGE,
	reportFiguresCsv,
	reportFiguresPage
} from '../../src/lib/server/pages/report';
import { readReportFiguresQuery, reportFiguresHref } from '../../src/lib/urls/report';
import type { Figure } from '../../src/lib/core/figures/extract';

const reports = new URL('../../reports/', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'duidu-report-figures-'));
const dir = join(tmp, 'reports');
const env = { reports: process.env.DUIDU_REPORTS, db: process.env.DUIDU_DB };
const ID = 'liaocheng-2020-gwr';
let figures: Figure[];

beforeAll(async () => {
	cpSync(reports, dir, { recursive: true });
	process.env.DUIDU_REPORTS = dir;
	process.env.DUIDU_DB = join(tmp, 'index.sqlite');
	resetCorpus();
	const corpus = await getCorpus();
	await corpus.ready();
	figures = figuresOf(corpus, ID)!;
}, 600_000);
afterAll(() => {
	resetCorpus();
	process.env.DUIDU_REPORTS = env.reports;
	process.env.DUIDU_DB = env.db;
	if (env.reports === undefined) delete process.env.DUIDU_REPORTS;
	if (env.db === undefined) delete process.env.DUIDU_DB;
	rmSync(tmp, { recursive: true, force: true });
});

const q = (s: string) => readReportFiguresQuery(new URLSearchParams(s));

describe("a report's figures, paged on the server", () => {
	it('the pages together are the filtered, ordered list, cut in order', () => {
		expect(figures.length).toBeGreaterThan(REPORT_FIGURES_PAGE);
		for (const s of ['', 'sort=name', 'sort=kind', 'q=亿元', 'q=万人&sort=name', `topic=${figures[0].topic ?? ''}`]) {
			const want = filterReportFigures(figures, q(s));
			const first = pageOfFigures(figures, q(s), 7);
			expect(first.total).toBe(want.length);
			expect(first.pages).toBe(Math.max(1, Math.ceil(want.length / 7)));
			const shown = [];
			for (let p = 1; p <= first.pages; p++) {
				const cut = pageOfFigures(figures, q(`${s}&page=${p}`), 7);
				expect(cut.page).toBe(p);
				expect(cut.shown.length).toBeLessThanOrEqual(7);
				shown.push(...cut.shown);
			}
			expect(shown).toEqual(want);
		}
		// The search finds a figure by its indicator or as written; the order by name is by indicator.
		const money = filterReportFigures(figures, q('q=亿元'));
		expect(money.length).toBeGreaterThan(3);
		expect(money.every((f) => f.indicator.includes('亿元') || f.raw.includes('亿元'))).toBe(true);
		const byName = filterReportFigures(figures, q('sort=name')).map((f) => f.indicator);
		expect(byName).toEqual([...byName].sort(new Intl.Collator('zh').compare));
		// A page past the end is the last one.
		const last = pageOfFigures(figures, q('page=999'), 7);
		expect(last.page).toBe(last.pages);
	});

	it('a figure anchor resolves to the page that holds it, under the filter and order asked', () => {
		for (const s of ['', 'sort=name', 'sort=kind']) {
			const all = filterReportFigures(figures, q(s));
			for (const i of [0, 6, 7, 20, all.length - 1]) {
				const f = all[i];
				const cut = pageOfFigures(figures, q(`${s}&figure=${f.start}&page=1`), 7);
				expect(cut.page).toBe(Math.floor(i / 7) + 1);
				expect(cut.figure).toBe(f.start);
				expect(cut.shown.map((x) => x.start)).toContain(f.start);
				expect(cut.dropped).toBe(false);
			}
		}
		// A figure the search hides: the filter is dropped (and said so), the link still lands.
		const hidden = figures.find((f) => !f.indicator.includes('亿元') && !f.raw.includes('亿元'))!;
		const cut = pageOfFigures(figures, q(`q=亿元&figure=${hidden.start}`), 7);
		expect(cut.dropped).toBe(true);
		expect(cut.filter.q).toBe('');
		expect(cut.shown.map((x) => x.start)).toContain(hidden.start);
		// An offset that is no figure: the page asked for, nothing marked.
		const none = pageOfFigures(figures, q('figure=1&page=2'), 7);
		expect([none.page, none.figure, none.dropped]).toEqual([2, null, false]);
	});

	it('the service sends one page, its series only, and the topics of the whole report', async () => {
		const first = await reportFiguresPage(ID, q(''));
		expect(first.figures.length).toBe(REPORT_FIGURES_PAGE);
		expect(first.total).toBe(figures.length);
		expect(first.topics).toEqual([...new Set(figures.map((f) => f.topic ?? ''))].sort());
		const lastFigure = figures[figures.length - 1];
		const href = reportFiguresHref(ID, { figure: lastFigure.start });
		expect(href).toBe(`/reports/${ID}/figures?figure=${lastFigure.start}#f-${lastFigure.start}`);
		const landed = await reportFiguresPage(ID, q(href.split('?')[1].split('#')[0]));
		expect(landed.page).toBe(landed.pages);
		expect(landed.page).toBeGreaterThan(1);
		expect(landed.figures.map((f) => f.start)).toContain(lastFigure.start);
		for (const f of landed.figures) if (f.seriesKey) expect(landed.series[f.seriesKey]).toBeDefined();
		expect(Object.keys(landed.series).every((k) => landed.figures.some((f) => f.seriesKey === k))).toBe(true);
	});

	it('the CSV keeps every figure, or the filtered ones in their order', async () => {
		// One record per figure, each starting with the report's id (a quoted sentence may hold a line break).
		const rows = async (s: string) => (await (await reportFiguresCsv(ID, q(s))).text()).match(new RegExp(`^${ID},`, 'gm'))!.length;
		expect(await rows('')).toBe(figures.length);
		expect(await rows('q=亿元')).toBe(filterReportFigures(figures, q('q=亿元')).length);
	});
});
