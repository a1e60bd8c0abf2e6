/**
 * zod's own messages in Chinese (its zh-CN locale), for every schema the server and its settings read: the
 * validation errors an API answer or a start-up refusal carries are read by Chinese officers. Imported for its
 * effect by the error mapper and the configuration reader, before any schema parses.
 */
import { z } from 'zod';

z.config(z.locales.zhCN());
