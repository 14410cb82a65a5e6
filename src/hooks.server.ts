import type { Handle } from '@sveltejs/kit';
import { isLang } from '$lib/i18n';

/** The interface language comes from the `lang` cookie (set by the toggle), else Chinese. */
export const handle: Handle = async ({ event, resolve }) => {
	const cookie = event.cookies.get('lang');
	event.locals.lang = isLang(cookie) ? cookie : 'zh';
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.lang === 'zh' ? 'zh-CN' : 'en')
	});
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'no-referrer');
	return response;
};
