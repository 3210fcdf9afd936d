import 'fake-indexeddb/auto';
import { setLanguage } from '../../lib/i18n/tables';

// Unit tests read Dutch, the default language of the extension.
setLanguage('nl');
