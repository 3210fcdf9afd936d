import 'fake-indexeddb/auto';
import { setLanguage } from '../../lib/i18n';

// Unit tests read Dutch, the default language of the extension.
setLanguage('nl');
