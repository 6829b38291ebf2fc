import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/config-error.js';
import { loadConfig } from '../config/load-config.js';

describe('the Telegram bot settings', () => {
  it('default to no bot, polling when there is one', () => {
    const config = loadConfig({ env: {}, file: null });
    expect([config.telegramBotToken, config.telegramPoll, config.telegramApiUrl]).toEqual([null, true, 'https://api.telegram.org']);
  });

  it('take a bot token as @BotFather gives it, and refuse anything else without printing it', () => {
    const token = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
    expect(loadConfig({ env: { TELEGRAM_BOT_TOKEN: ` ${token} `, TELEGRAM_POLL: 'false' }, file: null })).toMatchObject({ telegramBotToken: token, telegramPoll: false });
    const error: unknown = (() => {
      try {
        return loadConfig({ env: { TELEGRAM_BOT_TOKEN: 'my-secret-bot-password' }, file: null });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(String((error as Error).message)).toContain('TELEGRAM_BOT_TOKEN: expected a bot token as @BotFather gives it');
    expect(String((error as Error).message)).not.toContain('my-secret-bot-password');
  });
});
