import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { host: '127.0.0.1', port: 5173 },
	preview: { host: '127.0.0.1' },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
					environment: 'node',
					testTimeout: 30000
				}
			},
			{
				extends: true,
				test: {
					name: 'corpus',
					include: ['tests/corpus/**/*.test.ts'],
					environment: 'node',
					testTimeout: 120000,
					hookTimeout: 120000
				}
			}
		]
	}
});
