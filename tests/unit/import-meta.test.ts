import { describe, expect, it } from 'vitest';
import {
	applyCorrections,
	composeReportFile,
	inferImportMeta,
	meetingOf,
	regionOfFileName,
	regionOfMeeting,
	reportIdFor,
	speakerOf
} from '../../src/lib/core/import/meta';
import { parseReport } from '../../src/lib/core/parse';
import { seedBody, seedText } from './import-helpers';

describe('metadata inferred from the seeds’ own text (front matter removed)', () => {
	// What each seed's front matter says, where its text says it too.
	const cases: [string, Record<string, unknown>][] = [
		[
			'liaocheng-2020-gwr',
			{
				region: '聊城市',
				level: 'city',
				year: 2020,
				date: '2020-05-26',
				kind: 'gwr',
				speaker: '李长萍',
				meeting: '聊城市第十七届人民代表大会第四次会议'
			}
		],
		[
			'dongchangfu-2024-plan',
			{
				region: '东昌府区',
				level: 'district',
				year: 2024,
				date: '2024-01-17',
				kind: 'plan',
				meeting: '东昌府区第十八届人民代表大会第三次会议'
			}
		],
		['yuncheng-2024-gwr-excerpt', { region: '运城市', province: '山西省', level: 'city', year: 2024, date: '2024-03-26', kind: 'gwr' }]
	];
	for (const [id, expected] of cases) {
		it(id, () => {
			const meta = inferImportMeta(seedBody(id), { fileName: `${id}.txt` });
			expect(meta).toMatchObject(expected);
		});
	}
});

describe('date lines, meetings, speakers', () => {
	it('reads a date line without the leading dash', () => {
		const line = '2025年1月20日在山东省第十四届人民代表大会第三次会议上山东省省长周乃翔作政府工作报告';
		expect(meetingOf(line)).toBe('山东省第十四届人民代表大会第三次会议');
		expect(regionOfMeeting(meetingOf(line)!)).toBe('山东省');
		expect(speakerOf([line])).toBe('周乃翔');
	});
	it('finds the region after the speaker and the date', () => {
		const line = '——2025年1月14日自治区人民政府主席王莉霞在内蒙古自治区第十四届人民代表大会第三次会议上的讲话';
		expect(regionOfMeeting(meetingOf(line)!)).toBe('内蒙古自治区');
		expect(speakerOf([line])).toBe('王莉霞');
		expect(regionOfMeeting('第十四届全国人民代表大会第二次会议')).toBe('中华人民共和国');
	});
	it('reads speakers in their usual places', () => {
		expect(speakerOf(['——2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告'])).toBe('龚正');
		expect(speakerOf(['自治区主席 艾尔肯·吐尼亚孜'])).toBe('艾尔肯·吐尼亚孜');
		expect(speakerOf(['聊城市代市长  李长萍'])).toBe('李长萍');
	});
	it('reads a region from a file name', () => {
		expect(regionOfFileName('/tmp/宁夏.docx')).toBe('宁夏回族自治区');
		expect(regionOfFileName('山东省.docx')).toBe('山东省');
		expect(regionOfFileName('2024-聊城市政府工作报告.pdf')).toBe('聊城市');
		expect(regionOfFileName('report.pdf')).toBeUndefined();
	});
});

describe('corrections, ids and the saved file', () => {
	it('a corrected region brings its level; a corrected year drops a contradicting date', () => {
		const inferred = inferImportMeta(seedBody('liaocheng-2020-gwr'), { fileName: 'a.txt' });
		const m = applyCorrections(inferred, { region: '山东省', year: 2021 });
		expect(m).toMatchObject({ region: '山东省', level: 'provincial', province: '山东省', year: 2021 });
		expect(m.date).toBeUndefined();
	});
	it('ids are region-year-kind and safe', () => {
		expect(reportIdFor({ region: '山东省', year: 2025, kind: 'gwr' }, 'x.docx')).toBe('山东省-2025-gwr');
		expect(reportIdFor({}, '../../My Report (final).docx')).toBe('My-Report-final');
		expect(reportIdFor({ year: 2024 }, '2024年报告.pdf')).toBe('2024年报告');
	});
	it('the saved file parses back to the same metadata and text', () => {
		const body = seedBody('dongchangfu-2024-plan');
		const meta = inferImportMeta(body, { fileName: 'd.txt' });
		const file = composeReportFile(meta, body);
		const parsed = parseReport(file);
		expect(parsed.meta).toMatchObject(meta);
		expect(parsed.text).toBe(parseReport(seedText('dongchangfu-2024-plan')).text);
	});
});
