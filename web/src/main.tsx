import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App as AntApp, ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale/index.js';
// antd ships no package exports map: the ES build's namespace import types and runs the same in tsc and Vite.
import * as zhCNModule from 'antd/es/locale/zh_CN.js';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import { AuthProvider } from './auth/AuthContext.js';
import { App } from './app/App.js';
import './app/global.css';

dayjs.locale('zh-cn');
// tsc reads the CJS-flavoured typings one default too deep; at run time (ESM) `.default` is the locale.
const zhCN = (zhCNModule as unknown as { default: Locale }).default;

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

createRoot(root).render(
  <StrictMode>
    <ConfigProvider
      locale={zhCN}
      theme={{
        token: { colorPrimary: '#1f4e8c', borderRadius: 6 },
        components: {
          Menu: { itemSelectedBg: '#e8f0fb', itemSelectedColor: '#1f4e8c', darkItemSelectedBg: '#1f4e8c' },
        },
      }}
    >
      <AntApp>
        <BrowserRouter>
          <AuthProvider>
            <App />
          </AuthProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
