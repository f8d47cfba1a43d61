/** Runs async tasks with at most `limit` in flight; results keep the tasks' order. Fails fast on the first error. */
export async function runPool<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
	const results: T[] = new Array<T>(tasks.length);
	const width = Math.max(1, Math.min(Math.floor(limit) || 1, tasks.length));
	let next = 0;
	let failed = false;
	const worker = async (): Promise<void> => {
		while (!failed && next < tasks.length) {
			const index = next++;
			let settled = false;
			try {
				results[index] = await tasks[index]();
				settled = true;
			} finally {
				if (!settled) failed = true;
			}
		}
	};
	await Promise.all(Array.from({ length: width }, async () => await worker()));
	return results;
}
