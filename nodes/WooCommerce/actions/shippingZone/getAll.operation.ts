import { type OperationLabel } from '../shared/contract';
import { unpaginatedListOperation } from '../shared/factories';
import { RESOURCE } from './fields';
import { zonesPath } from './paths';

// WooCommerce returns every zone in one response, zone 0 ("Locations not covered by your other zones") first.
export const { description, execute } = unpaginatedListOperation({
	resource: RESOURCE,
	operation: 'getAll',
	endpoint: () => zonesPath,
});

export const option: OperationLabel = { name: 'Get Many', description: 'Get every shipping zone', action: 'Get many shipping zones' };
