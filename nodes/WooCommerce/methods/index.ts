import { productListSearch, productLoadOptions } from './products';
import { salesListSearch, salesLoadOptions } from './sales';
import { configurationListSearch, configurationLoadOptions } from './configuration';

export const listSearch = { ...productListSearch, ...salesListSearch, ...configurationListSearch };

export const loadOptions = { ...productLoadOptions, ...salesLoadOptions, ...configurationLoadOptions };
