import { useEffect } from 'react';

/** The browser tab names the screen: 以其他非法方式获取个人信息案 · 网安. */
export function useTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · 网安` : '网安 · 网络安全行政执法';
  }, [title]);
}
