/**
 * Pure half of batch writes: split {create, update, delete} into requests of at most 100 operations
 * (WooCommerce answers 413 above that) and map every result back to the operation that caused it.
 */
import type { IDataObject } from 'n8n-workflow';

export const MAX_BATCH_OPERATIONS = 100;

export type BatchKind = 'create' | 'update' | 'delete';
export const BATCH_KINDS: readonly BatchKind[] = ['create', 'update', 'delete'];

export interface BatchOperations {
	create?: IDataObject[];
	update?: IDataObject[];
	delete?: Array<number | string>;
}

export interface BatchChunk {
	/** The body to POST. Only non-empty keys are present. */
	body: { create?: IDataObject[]; update?: IDataObject[]; delete?: Array<number | string> };
	/** For each kind, the input positions of the entries in `body[kind]`, in the same order. */
	positions: Record<BatchKind, number[]>;
	/** 1-based range of operations in the whole batch (create, then update, then delete). */
	first: number;
	last: number;
}

export interface BatchItemResult {
	ok: boolean;
	/** The object, or `{ id?, error: { code, message, status } }`. */
	json: IDataObject;
}

export interface BatchResults {
	create: BatchItemResult[];
	update: BatchItemResult[];
	delete: BatchItemResult[];
}

export function countOperations(ops: BatchOperations): number {
	return (ops.create?.length ?? 0) + (ops.update?.length ?? 0) + (ops.delete?.length ?? 0);
}

/** Fills chunks in order (all creates, then updates, then deletes), each with at most `max` operations. */
export function chunkBatch(ops: BatchOperations, max: number = MAX_BATCH_OPERATIONS): BatchChunk[] {
	const size = Math.max(1, Math.floor(max));
	const chunks: BatchChunk[] = [];
	let current: BatchChunk | undefined;
	let counter = 0;
	for (const kind of BATCH_KINDS) {
		const list = (ops[kind] ?? []) as unknown[];
		list.forEach((entry, position) => {
			if (!current || current.last - current.first + 1 >= size) {
				current = { body: {}, positions: { create: [], update: [], delete: [] }, first: counter + 1, last: counter };
				chunks.push(current);
			}
			counter++;
			current.last = counter;
			const bucket = (current.body[kind] ??= []) as unknown[];
			bucket.push(entry);
			current.positions[kind].push(position);
		});
	}
	return chunks;
}

function errorOf(entry: IDataObject): IDataObject | undefined {
	const error = entry.error;
	if (!error || typeof error !== 'object') return undefined;
	const e = error as IDataObject;
	const data = e.data;
	let status: unknown;
	if (typeof data === 'number') status = data;
	else if (data && typeof data === 'object') status = (data as IDataObject).status;
	const out: IDataObject = {
		code: (e.code as string) ?? 'unknown_error',
		message: (e.message as string) ?? 'The store reported an error for this item.',
		status: (status as number) ?? null,
	};
	if (data && typeof data === 'object') {
		for (const key of ['resource_id', 'unique_sku'] as const) {
			if ((data as IDataObject)[key] !== undefined) out[key] = (data as IDataObject)[key];
		}
	}
	return out;
}

/** One result entry → BatchItemResult. A result with `error` is a per-item failure, kept in its place. */
export function toItemResult(entry: unknown): BatchItemResult {
	if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
		return {
			ok: false,
			json: { error: { code: 'missing_result', message: 'The store returned no result for this item.', status: null } },
		};
	}
	const object = entry as IDataObject;
	const error = errorOf(object);
	if (error) {
		const json: IDataObject = { error };
		if (object.id !== undefined && object.id !== 0) json.id = object.id;
		return { ok: false, json };
	}
	return { ok: true, json: object };
}

export function emptyResults(ops: BatchOperations): BatchResults {
	const fill = (n: number): BatchItemResult[] => Array.from({ length: n }, () => toItemResult(undefined));
	return { create: fill(ops.create?.length ?? 0), update: fill(ops.update?.length ?? 0), delete: fill(ops.delete?.length ?? 0) };
}

/** Writes one chunk's answer into `results` at the input positions. */
export function mapChunkResults(chunk: BatchChunk, response: unknown, results: BatchResults): void {
	const body = (response && typeof response === 'object' ? response : {}) as IDataObject;
	for (const kind of BATCH_KINDS) {
		const positions = chunk.positions[kind];
		const answers = Array.isArray(body[kind]) ? (body[kind] as unknown[]) : [];
		positions.forEach((position, i) => {
			results[kind][position] = toItemResult(answers[i]);
		});
	}
}
