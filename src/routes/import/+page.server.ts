import { configuredMaxBytes } from '$lib/server/import/extract';
import { IMPORT_EXTENSIONS } from '$lib/server/import/extract';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	maxMb: Math.round((configuredMaxBytes() / 1024 / 1024) * 10) / 10,
	extensions: IMPORT_EXTENSIONS
});
