import type { GoldFact } from '../../../src/shared/cardGeneration/testing/goldFact';

export const SOLARWINDS_BACKGROUND_CALL_GOLD: GoldFact[] = [];
