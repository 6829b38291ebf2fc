import { AverageDirectionalIndex } from '../../indicators/trend/average-directional-index.js';
import { AverageDirectionalIndexRating } from '../../indicators/trend/average-directional-index-rating.js';
import { DirectionalMovement, type DirectionalMovementValue } from '../../indicators/trend/directional-movement.js';
import { DirectionalMovementSystem, type DirectionalMovementSystemValue } from '../../indicators/trend/directional-movement-system.js';
import { DonchianChannel, type DonchianChannelValue } from '../../indicators/trend/donchian-channel.js';
import { IchimokuCloud, type IchimokuCloudValue } from '../../indicators/trend/ichimoku-cloud.js';
import { MinusDirectionalIndicator } from '../../indicators/trend/minus-directional-indicator.js';
import { ParabolicSar } from '../../indicators/trend/parabolic-sar.js';
import { PlusDirectionalIndicator } from '../../indicators/trend/plus-directional-indicator.js';
import { defineFeature, type FeatureRequest } from '../feature-request.js';
import { directionalMovementPlan, donchianChannelPlan, ichimokuCloudPlan, parabolicSarPlan } from './program/trend-plans.js';

/** `DMI(period)`: +DI, -DI and ADX from one directional movement computation (warm with ADX). */
export function directionalMovementFeature(period = 14, history = 2): FeatureRequest<DirectionalMovementSystemValue> {
  return defineFeature(`DMI(${period})`, () => new DirectionalMovementSystem(period), history, directionalMovementPlan(period));
}

/** `DMI_ADXR(period)`: the same lines plus ADXR, warm only once ADXR is (3 x period - 2 bars). */
export function directionalMovementWithRatingFeature(period = 14, history = 2): FeatureRequest<DirectionalMovementValue> {
  return defineFeature(`DMI_ADXR(${period})`, () => new DirectionalMovement(period), history);
}

/** `ADX(period)`. */
export function averageDirectionalIndexFeature(period = 14, history = 2): FeatureRequest<number> {
  return defineFeature(`ADX(${period})`, () => new AverageDirectionalIndex(period), history);
}

/** `ADXR(period)`. */
export function averageDirectionalIndexRatingFeature(period = 14, history = 2): FeatureRequest<number> {
  return defineFeature(`ADXR(${period})`, () => new AverageDirectionalIndexRating(period), history);
}

/** `PLUS_DI(period)`. */
export function plusDirectionalIndicatorFeature(period = 14, history = 2): FeatureRequest<number> {
  return defineFeature(`PLUS_DI(${period})`, () => new PlusDirectionalIndicator(period), history);
}

/** `MINUS_DI(period)`. */
export function minusDirectionalIndicatorFeature(period = 14, history = 2): FeatureRequest<number> {
  return defineFeature(`MINUS_DI(${period})`, () => new MinusDirectionalIndicator(period), history);
}

/** `SAR(acceleration,maximum)`: Wilder's parabolic stop-and-reverse. */
export function parabolicSarFeature(acceleration = 0.02, maximum = 0.2, history = 2): FeatureRequest<number> {
  return defineFeature(`SAR(${acceleration},${maximum})`, () => new ParabolicSar(acceleration, maximum), history, parabolicSarPlan(acceleration, maximum));
}

/** `DONCHIAN(period)`: highest high, lowest low and their midpoint over `period` bars (current bar included). */
export function donchianChannelFeature(period = 20, history = 2): FeatureRequest<DonchianChannelValue> {
  return defineFeature(`DONCHIAN(${period})`, () => new DonchianChannel(period), history, donchianChannelPlan(period));
}

/** `ICHIMOKU(conversion,base,spanB)`, displaced by the base period. */
export function ichimokuCloudFeature(conversion = 9, base = 26, spanB = 52, history = 2): FeatureRequest<IchimokuCloudValue> {
  return defineFeature(`ICHIMOKU(${conversion},${base},${spanB})`, () => new IchimokuCloud(conversion, base, spanB), history, ichimokuCloudPlan(conversion, base, spanB));
}
