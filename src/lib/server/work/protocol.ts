/**
 * What travels between the request thread and the worker threads: a job
 * name, its arguments, and the corpus generation the request saw; back, a
 * result or an error that keeps an import refusal's code and values.
 */
export interface JobMessage {
	id: number;
	job: string;
	args: unknown;
	/** Generation of the request thread's corpus: a worker reloads its own when it differs. */
	generation: number;
}

export interface SerializedError {
	name: string;
	message: string;
	/** An ImportRefusal's code and values. */
	code?: string;
	params?: Record<string, string | number>;
}

export type ResultMessage = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };
