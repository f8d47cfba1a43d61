import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { itemLabel, operationError } from '../shared/errors';

export const RESOURCE = 'report';

const PERIODS = ['week', 'month', 'last_month', 'year'];

export const periodProperties: INodeProperties[] = [
	{
		displayName: 'Period',
		name: 'period',
		type: 'options',
		options: [
			{ name: 'Custom Date Range', value: 'custom' },
			{ name: 'Last Month', value: 'last_month' },
			{ name: 'This Month', value: 'month' },
			{ name: 'This Week', value: 'week' },
			{ name: 'This Year', value: 'year' },
		],
		default: 'week',
		description: 'Time span of the report, in the store’s time zone',
	},
	{
		displayName: 'Start Date',
		name: 'date_min',
		type: 'dateTime',
		// Not marked required: with Period set by an expression (or by an AI agent) the editor could not tell
		// whether it is needed; the node checks it when the period is custom.
		default: '',
		description: 'First day of the report (only the date counts); needed for a custom date range',
		displayOptions: { show: { period: ['custom'] } },
	},
	{
		displayName: 'End Date',
		name: 'date_max',
		type: 'dateTime',
		default: '',
		description: 'Last day of the report (only the date counts); empty means today',
		displayOptions: { show: { period: ['custom'] } },
	},
];

function toDay(ctx: IExecuteFunctions, itemIndex: number, raw: unknown, fieldName: string): string | undefined {
	if (raw === undefined || raw === null || raw === '') return undefined;
	let text: string;
	if (raw instanceof Date) {
		text = raw.toISOString();
	} else if (typeof raw === 'object' && typeof (raw as { toISO?: () => string }).toISO === 'function') {
		text = (raw as { toISO: () => string }).toISO(); // a Luxon DateTime from an expression
	} else {
		text = String(raw).trim();
	}
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
	if (match) {
		const [, year, month, day] = match;
		const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
		if (date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)) {
			return `${year}-${month}-${day}`;
		}
	}
	throw operationError(
		ctx,
		itemIndex,
		`The field "${fieldName}" in ${itemLabel(itemIndex)} is not a valid date: "${text.slice(0, 40)}"`,
		'Use a date such as 2026-11-22, or pick one with the date picker.',
	);
}

/** period=week|month|last_month|year, or date_min/date_max (YYYY-MM-DD) for a custom range. */
export function periodQuery(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const period = String(ctx.getNodeParameter('period', itemIndex, 'week') ?? '').trim();
	if (period === 'custom') {
		const dateMin = toDay(ctx, itemIndex, ctx.getNodeParameter('date_min', itemIndex, ''), 'Start Date');
		const dateMax = toDay(ctx, itemIndex, ctx.getNodeParameter('date_max', itemIndex, ''), 'End Date');
		if (!dateMin) {
			throw operationError(
				ctx,
				itemIndex,
				`The field "Start Date" is empty in ${itemLabel(itemIndex)}`,
				'A custom date range needs a start date, e.g. 2026-11-01.',
			);
		}
		if (dateMax && dateMax < dateMin) {
			throw operationError(
				ctx,
				itemIndex,
				`The "End Date" (${dateMax}) is before the "Start Date" (${dateMin}) in ${itemLabel(itemIndex)}`,
				'Swap the dates or correct one of them.',
			);
		}
		return dateMax ? { date_min: dateMin, date_max: dateMax } : { date_min: dateMin };
	}
	if (!PERIODS.includes(period)) {
		throw operationError(
			ctx,
			itemIndex,
			`The field "Period" in ${itemLabel(itemIndex)} has an unknown value: "${period.slice(0, 30)}"`,
			'Use week, month, last_month, year, or custom with a start date.',
		);
	}
	return { period };
}
