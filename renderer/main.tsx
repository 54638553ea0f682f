// Must stay the first import: configures zod before any schema is built (see zodConfig.ts).
import './zodConfig';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { currentToken } from './api/httpBridge';
import { App } from './App';
import { applyCspCompat, readNonce } from './csp';
import './app.css';

dayjs.locale('zh-cn');

const nonce = readNonce();
applyCspCompat(nonce);

if (!window.beian) {
  // Browser host: a new token in the address (the host was restarted) means a fresh start.
  let token = currentToken();
  window.addEventListener('hashchange', () => {
    const next = currentToken();
    if (next !== token) {
      token = next;
      window.location.reload();
    }
  });
}

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
createRoot(container).render(
  <StrictMode>
    <App nonce={nonce} />
  </StrictMode>,
);
