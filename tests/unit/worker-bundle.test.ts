import { isAbsolute, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workerBundle } from '../../src/lib/server/work/bundle';

describe('the worker bundle named in DUIDU_WORKER_BUNDLE', () => {
	const saved = process.env.DUIDU_WORKER_BUNDLE;
	afterEach(() => {
		if (saved === undefined) delete process.env.DUIDU_WORKER_BUNDLE;
		else process.env.DUIDU_WORKER_BUNDLE = saved;
	});
	it('is given to the worker threads as an absolute path, also when named relative to the working directory', async () => {
		// `DUIDU_WORKER_BUNDLE=build/work/worker.js node build/index.js` stopped every worker job
		// (ERR_WORKER_PATH: a Worker takes an absolute path or one starting with ./).
		process.env.DUIDU_WORKER_BUNDLE = 'package.json';
		const path = await workerBundle();
		expect(isAbsolute(path!)).toBe(true);
		expect(path).toBe(resolve('package.json'));
	});
});
