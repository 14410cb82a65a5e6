/**
 * Topics are n · log n in sections and passages (issue 13): each passage's
 * deepest section and lead were a scan of all sections, each section's
 * passages a scan of all passages. Generous bounds, against hangs only.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { classifyReport } from '../../src/lib/core/topics/index';

describe('topics on large inputs', () => {
	it('20,000 headings with a paragraph each finish within a minute', () => {
		const parts = ['一、经济发展'];
		for (let i = 0; i < 20_000; i++)
			parts.push(`建设现代产业体系${i}`, '推进制造业高质量发展，加快建设现代化产业体系，促进数字经济和实体经济深度融合。');
		const report = parseReport(parts.join('\n\n') + '\n');
		const t = Date.now();
		const topics = classifyReport(report);
		expect(topics.sections.length).toBe(report.sections.length);
		expect(topics.passages.length).toBe(20_000);
		expect(topics.passages[19_999].section).toBe(report.sections[report.sections.length - 1].id);
		expect(Date.now() - t).toBeLessThan(60_000);
	}, 120_000);
});
