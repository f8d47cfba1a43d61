import { productListSearch, productLoadOptions } from './products';
import { salesListSearch, salesLoadOptions } from './sales';
import { storeListSearch, storeLoadOptions } from './store';

export const listSearch = { ...productListSearch, ...salesListSearch, ...storeListSearch };

export const loadOptions = { ...productLoadOptions, ...salesLoadOptions, ...storeLoadOptions };
