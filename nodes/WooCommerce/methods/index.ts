import { wooCommerceRestApiTest } from './credentialTest';
import { productListSearch, productLoadOptions } from './products';
import { salesListSearch, salesLoadOptions } from './sales';
import { storeListSearch, storeLoadOptions } from './store';

export const credentialTest = { wooCommerceRestApiTest };

export const listSearch = { ...productListSearch, ...salesListSearch, ...storeListSearch };

export const loadOptions = { ...productLoadOptions, ...salesLoadOptions, ...storeLoadOptions };
