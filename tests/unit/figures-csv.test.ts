/**
 * Figure CSVs are safe to open in a spreadsheet (no formula injection) and
 * carry each figure's source sentence and topic.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/core/parse';
import { extractFigures } from '../../src/lib/core/figures/extract';
import { csvCell as cell } from '../../src/lib/core/csv';
import { figuresCsv } from '../../src/lib/core/figures/csv';

describe('figures CSV', () => {
	it('neutralises cells a spreadsheet would run as formulas; numbers stay numbers', () => {
		expect(cell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(cell('+1')).toBe("'+1");
		expect(cell('-cmd|')).toBe("'-cmd|");
		expect(cell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(cell('\tx')).toBe("'\tx");
		expect(cell('＝1+1')).toBe("'＝1+1");
		expect(cell(-3.2)).toBe('-3.2');
		expect(cell('城镇新增就业')).toBe('城镇新增就业');
	});

	it('rows carry the topic and the source sentence; an indicator starting with = is neutralised', () => {
		const input = '一、2023年工作回顾\n全市新建5G基站1200个，城镇新增就业4.6万人。\n=SUM(A1)增长5%。\n';
		const csv = figuresCsv('r1', extractFigures(parseReport(input), input));
		const lines = csv
			.replace(/^\ufeff/, '')
			.trim()
			.split('\r\n');
		expect(lines[0]).toBe('report,indicator,value,unit,raw,approx,period,kind,estimate,topic,start,end,section,sentence,recurring');
		const jobs = lines.find((l) => l.includes(',46000,'))!;
		expect(jobs).toMatch(
			/^r1,城镇新增就业,46000,人,4\.6万人,false,2023,actual,false,[\w-]+,\d+,\d+,[^,]*,"?全市新建5G基站1200个，城镇新增就业4\.6万人。/
		);
		// The last column: a name the collection's reports use again and again, or one read from its sentence alone.
		expect(jobs).toMatch(/,true$/);
		const formula = lines.find((l) => l.includes(',5,%,'))!;
		expect(formula).toMatch(/,false$/);
		expect(formula).toContain(",'=SUM(A1)");
		expect(formula).not.toMatch(/,=/);
	});
});
