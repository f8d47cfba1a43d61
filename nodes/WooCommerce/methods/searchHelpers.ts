import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { wooApiRequest, wooApiRequestAllItems } from '../transport';

const PAGE_SIZE = 50;

/** One page of a list, searched by the store; the pagination token is the next page number. */
export async function searchList(
	ctx: ILoadOptionsFunctions,
	endpoint: string,
	filter: string | undefined,
	paginationToken: string | undefined,
	toResult: (record: IDataObject) => { name: string; value: string | number; url?: string },
	extraQuery: IDataObject = {},
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken ?? 1) || 1;
	const qs: IDataObject = { per_page: PAGE_SIZE, page, ...extraQuery };
	if (filter) qs.search = filter;
	const records = (await wooApiRequest.call(ctx, 'GET', endpoint, { qs })) as IDataObject[];
	return {
		results: records.map(toResult),
		paginationToken: records.length === PAGE_SIZE ? String(page + 1) : undefined,
	};
}

/** Every record of a list as dropdown options, sorted by name. */
export async function optionsFrom(
	ctx: ILoadOptionsFunctions,
	endpoint: string,
	toOption: (record: IDataObject) => INodePropertyOptions,
	qs: IDataObject = {},
): Promise<INodePropertyOptions[]> {
	const records = await wooApiRequestAllItems.call(ctx, endpoint, qs, { returnAll: true });
	return records.map(toOption).sort((a, b) => a.name.localeCompare(b.name));
}
