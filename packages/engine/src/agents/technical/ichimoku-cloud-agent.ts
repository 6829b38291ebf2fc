import { z } from 'zod';
import { vote, type AgentDefinition } from '../agent.js';
import { ichimokuCloudFeature } from '../features/trend-features.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z
  .strictObject({
    conversionPeriod: z.number().int().min(1).default(9),
    basePeriod: z.number().int().min(2).default(26),
    spanBPeriod: z.number().int().min(3).default(52),
  })
  .refine((c) => c.conversionPeriod < c.basePeriod && c.basePeriod < c.spanBPeriod, {
    message: 'periods must satisfy conversionPeriod < basePeriod < spanBPeriod',
    path: ['basePeriod'],
  });

/** Config of {@link ichimokuCloudAgent}. */
export type IchimokuCloudAgentConfig = z.infer<typeof configSchema>;

/**
 * Ichimoku Kinko Hyo (Hosoda; StockCharts "Ichimoku Cloud", 9/26/52): the trend is up when price is
 * above the cloud and the conversion line (Tenkan) is above the base line (Kijun); BUY then, SELL
 * in the mirror case. A Tenkan/Kijun cross on this bar and a cloud ahead of the same colour (span A
 * above span B is a green cloud) strengthen the vote. Price inside the cloud is Hosoda's
 * no-trend zone and is held.
 */
export const ichimokuCloudAgent: AgentDefinition<IchimokuCloudAgentConfig> = {
  id: 'ichimoku',
  name: 'Ichimoku cloud',
  category: 'technical',
  description: 'BUY when price is above the cloud with Tenkan above Kijun; SELL when below the cloud with Tenkan below Kijun; stronger on a fresh TK cross and a matching cloud colour.',
  configSchema,
  create(config) {
    const cloud = ichimokuCloudFeature(config.conversionPeriod, config.basePeriod, config.spanBPeriod);
    const label = `ICHIMOKU(${config.conversionPeriod},${config.basePeriod},${config.spanBPeriod})`;
    const warming = warmingUp(label, barsToWarmUp(cloud, 2));
    return {
      features: [cloud],
      historyNeeded: 1,
      analyze(context) {
        const now = context.features.get(cloud, 0);
        const before = context.features.get(cloud, 1);
        if (now === null || before === null) return warming;
        const close = context.bars.close(0);
        const { conversion, base, leadingSpanA, leadingSpanB } = now;
        const top = now.cloudA > now.cloudB ? now.cloudA : now.cloudB;
        const bottom = now.cloudA > now.cloudB ? now.cloudB : now.cloudA;
        const greenAhead = leadingSpanA > leadingSpanB;
        const indicators = { close, conversion, base, cloudTop: top, cloudBottom: bottom, leadingSpanA, leadingSpanB };
        const lines = (): string =>
          `close ${close.toFixed(2)}, cloud ${bottom.toFixed(2)}-${top.toFixed(2)}, Tenkan ${conversion.toFixed(2)} vs Kijun ${base.toFixed(2)}, cloud ahead ${greenAhead ? 'green' : 'red'}`;
        if (close > top && conversion > base) {
          const crossed = before.conversion <= before.base;
          const confidence = 0.45 + (crossed ? 0.2 : 0) + (greenAhead ? 0.15 : 0);
          return vote('BUY', confidence, () => `Price above the cloud with Tenkan over Kijun${crossed ? ' (fresh TK cross)' : ''}: ${lines()}: BUY.`, indicators);
        }
        if (close < bottom && conversion < base) {
          const crossed = before.conversion >= before.base;
          const confidence = 0.45 + (crossed ? 0.2 : 0) + (greenAhead ? 0 : 0.15);
          return vote('SELL', confidence, () => `Price below the cloud with Tenkan under Kijun${crossed ? ' (fresh TK cross)' : ''}: ${lines()}: SELL.`, indicators);
        }
        if (close >= bottom && close <= top) {
          return vote('HOLD', 0.3, () => `Price inside the cloud, no trend: ${lines()}: HOLD.`, indicators);
        }
        return vote('HOLD', 0.2, () => `Price and the Tenkan/Kijun lines disagree: ${lines()}: HOLD.`, indicators);
      },
    };
  },
};
