import type { GoldFact } from '../../../src/shared/cardGeneration/testing/goldFact';

export const IBN_AL_HAYTHAM_GOLD: GoldFact[] = [];
