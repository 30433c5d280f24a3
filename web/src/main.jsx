import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';
import { readConfig } from './config.js';
import { createApi } from './api/rest.js';
import { registerServiceWorker } from './pwa.js';
import './styles.css';

const config = readConfig(window.location.search);
const makeApi = (getToken) => createApi({ getToken });

createRoot(document.getElementById('root')).render(<App config={config} makeApi={makeApi} languages={navigator.languages || [navigator.language]} />);

if (config.view !== 'overlay') registerServiceWorker();
