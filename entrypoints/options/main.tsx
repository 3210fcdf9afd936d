import { render } from 'preact';
import { Options } from '../../components/Options';
import { getLanguage } from '../../lib/i18n';

document.documentElement.lang = getLanguage();
const root = document.getElementById('app');
if (root) render(<Options />, root);
